package org.claimspan.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimspan.Profile;
import org.claimspan.backend.Backends;
import org.claimspan.eval.corpus.GoldDocument;
import org.claimspan.eval.corpus.PolnearReader;
import org.claimspan.eval.systems.CachingBackend;
import org.claimspan.internal.ml.MaxentFiles;
import org.claimspan.spi.LinguisticBackend;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options every model trained on a PolNeAR-format split shares (corpus, output, folds,
 * threads, parse cache), with their checks and the reading of the corpus into folds. A picocli
 * mixin; one per command invocation.
 */
public final class PolnearTrainingOptions {
  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "PolNeAR split to train on.")
  public Path corpus;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model file to write.")
  public Path out;

  @Option(names = "--limit", paramLabel = "N", description = "Use only the first N documents.")
  Integer limit;

  @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--threads", defaultValue = "2", description = "Analysis threads (default ${DEFAULT-VALUE}).")
  public int threads;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep each document's parse in DIR and reuse it on the next run (parsing is nearly all the time).")
  Path cache;

  /**
   * The corpus's documents in file-name order, cut into {@link #folds} folds; a usage error
   * ({@link ParameterException}) for a missing folder, an output named {@code .properties} (the
   * threshold's file beside it would be the model's) or impossible counts.
   */
  public List<List<GoldDocument>> folds(CommandSpec spec) throws IOException {
    if (!Files.isDirectory(corpus)) {
      throw new ParameterException(spec.commandLine(), "no such folder: " + corpus);
    }
    try {
      MaxentFiles.propertiesBeside(out); // before hours of work, not after
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (folds < 2 || threads < 1 || limit != null && limit < 2) {
      throw new ParameterException(spec.commandLine(),
          "need --folds >= 2, --threads >= 1, --limit >= 2: " + folds + ", " + threads + ", " + limit);
    }
    List<GoldDocument> documents = new PolnearReader().read(corpus);
    if (limit != null && limit < documents.size()) {
      documents = documents.subList(0, limit);
    }
    if (folds > documents.size()) {
      throw new ParameterException(spec.commandLine(),
          "--folds " + folds + " is more than the " + documents.size() + " documents");
    }
    List<List<GoldDocument>> cut = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      cut.add(documents.subList(f * documents.size() / folds, (f + 1) * documents.size() / folds));
    }
    return cut;
  }

  /** The profile's backend, reading and keeping parses in {@link #cache} when one is given. */
  public LinguisticBackend backend(Profile profile) throws IOException {
    LinguisticBackend analyser = Backends.forProfile(profile);
    return cache == null ? analyser : new CachingBackend(analyser, cache);
  }
}
