package org.claimspan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimspan.eval.corpus.LabelledSentence;
import org.claimspan.eval.score.YesScores;
import org.claimspan.internal.claim.CheckworthinessScorer;
import org.claimspan.training.CheckworthyTrainer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code eval --corpus checkworthy}: Yes-class P/R/F1 of the packaged model at its stored threshold. */
final class CheckworthyEval {
  private CheckworthyEval() {}

  static int run(Path tsv, Path report, CommandSpec spec) throws IOException {
    if (!Files.isRegularFile(tsv)) {
      throw new ParameterException(spec.commandLine(), "--corpus checkworthy needs a .tsv file: " + tsv);
    }
    List<LabelledSentence> sentences;
    try {
      sentences = LabelledSentence.read(tsv);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    CheckworthinessScorer scorer = CheckworthinessScorer.fromClasspath();
    YesScores scores = YesScores.at(
        CheckworthyTrainer.scores(scorer, sentences), CheckworthyTrainer.labels(sentences), scorer.threshold());
    long yes = sentences.stream().filter(LabelledSentence::checkworthy).count();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "checkworthy %s: %d sentences, %d Yes%n", tsv, sentences.size(), yes);
    out.printf(Locale.ROOT, "threshold %.3f  precision %.4f  recall %.4f  F1 %.4f%n",
        scores.threshold(), scores.precision(), scores.recall(), scores.f1());
    out.flush();
    if (report != null) {
      Map<String, Object> figures = Map.of("checkworthy", Map.of(
          "precision", scores.precision(), "recall", scores.recall(), "f1", scores.f1(), "threshold", scores.threshold()));
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValue(report.toFile(), figures);
    }
    return 0;
  }
}
