package org.claimspan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimspan.Profile;
import org.claimspan.eval.corpus.GoldDocument;
import org.claimspan.internal.attribution.bounds.BoundaryModels;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.training.AttributionTrainingData;
import org.claimspan.training.BoundaryTrainer;
import org.claimspan.training.BoundaryTrainingData;
import org.claimspan.training.PolnearTrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimspan train content-bounds}, {@code train cue-bounds} and {@code train source-bounds}:
 * the models that move a kept attribution's content, cue or source bounds to where PolNeAR draws
 * them, from a PolNeAR-format split parsed by the accurate profile. The documents (in file-name
 * order) are cut into folds; probe models trained without each fold judge it, the margin is picked
 * on these out-of-fold judgements, and the model written is trained on every document. The cue
 * model learns from the bounds the packaged content model places, the source model from those the
 * packaged content and cue models place: train them in that order, rebuilding in between. {@code
 * --profile fast} trains the models of text without a parse on the part-of-speech patterns'
 * candidates.
 */
abstract class BoundsTrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PolnearTrainingOptions options;

  @Option(names = "--epochs", description = "Training passes over the data (default: the packaged model's).")
  Integer epochs;

  @Option(names = "--cutoff", description = "Minimum feature count (default: the packaged model's).")
  Integer cutoff;

  @Option(names = "--l2", description = "L2 regularisation cost (default: the packaged model's).")
  Double l2;

  @Option(names = "--profile", defaultValue = "accurate", converter = ProfileConverter.class,
      description = "Profile whose candidates to learn: accurate (parsed text; the packaged *-bounds-en.tsv) or"
          + " fast (part-of-speech patterns; *-bounds-patterns-en.tsv); default ${DEFAULT-VALUE}.")
  Profile profile;

  private final BoundaryModels.Role role;
  private final String what;

  /**
   * @param role the span whose bounds the model moves
   * @param what that span, plural, for messages ("contents")
   */
  BoundsTrainCommand(BoundaryModels.Role role, String what) {
    this.role = role;
    this.what = what;
  }

  /** {@code train content-bounds}. */
  @Command(
      name = "content-bounds",
      mixinStandardHelpOptions = true,
      description = {
        "Train the content boundary model on a PolNeAR-format split (text/ and attributions/).",
        "For every candidate of the attribution rules that matches an annotated attribution, each place its"
            + " content could end or start is labelled by the annotation. The margin a choice must beat the rules'"
            + " bound by is picked on out-of-fold judgements (stored beside the model, .properties); the model"
            + " written is trained on every document."
      })
  static final class Content extends BoundsTrainCommand {
    Content() {
      super(BoundaryModels.Role.CONTENT, "contents");
    }
  }

  /** {@code train cue-bounds}. */
  @Command(
      name = "cue-bounds",
      mixinStandardHelpOptions = true,
      description = {
        "Train the cue boundary model on a PolNeAR-format split (text/ and attributions/).",
        "For every candidate of the attribution rules that matches an annotated attribution, each place its cue"
            + " could end or start is labelled by the annotation. The margin a choice must beat the rules' bound"
            + " by is picked on out-of-fold judgements (stored beside the model, .properties); the model written"
            + " is trained on every document."
      })
  static final class Cue extends BoundsTrainCommand {
    Cue() {
      super(BoundaryModels.Role.CUE, "cues");
    }
  }

  /** {@code train source-bounds}. */
  @Command(
      name = "source-bounds",
      mixinStandardHelpOptions = true,
      description = {
        "Train the source boundary model on a PolNeAR-format split (text/ and attributions/).",
        "For every candidate of the attribution rules with a source that matches an annotated attribution, each"
            + " place its source could end or start is labelled by the annotation. The margin a choice must beat the"
            + " rules' bound by is picked on out-of-fold judgements (stored beside the model, .properties); the"
            + " model written is trained on every document."
      })
  static final class Source extends BoundsTrainCommand {
    Source() {
      super(BoundaryModels.Role.SOURCE, "sources");
    }
  }

  @Override
  public Integer call() throws IOException {
    BoundaryTrainer.Settings defaults = BoundaryTrainer.Settings.defaults();
    BoundaryTrainer.Settings settings = new BoundaryTrainer.Settings(
        epochs == null ? defaults.epochs() : epochs,
        cutoff == null ? defaults.cutoff() : cutoff,
        l2 == null ? defaults.l2() : l2);
    List<List<GoldDocument>> folds = options.folds(spec);
    long start = System.nanoTime();
    BoundaryTrainingData data = new BoundaryTrainingData(
        new AttributionTrainingData(options.backend(profile), Lexicons.loadDefault()), role,
        profile == Profile.FAST ? BoundaryModels.packagedForPatterns() : BoundaryModels.packaged());
    List<List<BoundaryTrainer.Example>> foldExamples = new ArrayList<>();
    for (List<GoldDocument> fold : folds) {
      foldExamples.add(data.examples(fold, options.threads));
    }
    int documents = folds.stream().mapToInt(List::size).sum();
    long analysed = System.nanoTime();
    BoundaryTrainer.Result result = new BoundaryTrainer().train(foldExamples, settings);
    String description = String.format(Locale.ROOT,
        "%s, %d documents (margin picked on the out-of-fold judgements of %d folds in file-name order)",
        options.corpus.getFileName(), documents, folds.size());
    Path properties = BoundaryTrainer.write(result, settings, what, description, options.out);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(Locale.ROOT,
        "trained on %d decisions of %d matched %s from %d documents in %.1f s (%.1f s of it analysing);"
            + " wrote %s (%d bytes) and %s%n",
        result.groups(), result.spans(), what, documents, (System.nanoTime() - start) / 1e9, (analysed - start) / 1e9,
        options.out, Files.size(options.out), properties);
    stdout.printf(Locale.ROOT,
        "out of fold (%d folds) at margin %.1f: both bounds right %d -> %d, ends %d -> %d, starts %d -> %d,"
            + " still matching the annotation %d -> %d (rules -> model)%n",
        folds.size(), result.margin(), result.rulesExact(), result.modelExact(), result.rulesEnds(),
        result.modelEnds(), result.rulesStarts(), result.modelStarts(), result.rulesMatching(),
        result.modelMatching());
    stdout.flush();
    return 0;
  }
}
