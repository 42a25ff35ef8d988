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
import org.claimspan.backend.Backends;
import org.claimspan.eval.corpus.GoldDocument;
import org.claimspan.eval.corpus.LabelledSentence;
import org.claimspan.eval.corpus.PolnearReader;
import org.claimspan.eval.score.YesScores;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.spi.LinguisticBackend;
import org.claimspan.training.AttributionFilterTrainer;
import org.claimspan.training.AttributionTrainingData;
import org.claimspan.training.CheckworthyTrainer;
import org.claimspan.training.PolnearTrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimspan train}: trains the project's own models. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train Claimspan's own models.",
    subcommands = {TrainCommand.Checkworthy.class, TrainCommand.Attribution.class,
        BoundsTrainCommand.Content.class, BoundsTrainCommand.Cue.class, BoundsTrainCommand.Source.class})
final class TrainCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a model to train: checkworthy, attribution, content-bounds, cue-bounds, source-bounds");
  }

  /** {@code claimspan train checkworthy}: the check-worthiness model and its threshold. */
  @Command(
      name = "checkworthy",
      mixinStandardHelpOptions = true,
      description = {
        "Train the check-worthiness model on a CheckThat!-format TSV (Sentence_id, Text, class_label Yes/No).",
        "The threshold, stored beside it (same name, .properties), is the best Yes-F1 of a probe model on the",
        "newest --holdout share of the training sentences by id; --dev is scored at it as a check."
      })
  static final class Checkworthy implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--train", required = true, paramLabel = "TSV", description = "Training sentences.")
    Path train;

    @Option(names = "--dev", required = true, paramLabel = "TSV", description = "Sentences to report figures on.")
    Path dev;

    @Option(names = "--out", required = true, paramLabel = "FILE.bin", description = "Model file to write.")
    Path out;

    @Option(names = "--iterations", defaultValue = "200", description = "Optimiser iterations (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "2", description = "Minimum feature count (default ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--l2", defaultValue = "3.0", description = "L2 regularisation cost (default ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--holdout", defaultValue = "0.1", description = "Share of the newest training sentences the threshold is picked on (default ${DEFAULT-VALUE}).")
    double holdout;

    @Override
    public Integer call() throws IOException {
      for (Path path : List.of(train, dev)) {
        if (!Files.isRegularFile(path)) {
          throw new ParameterException(spec.commandLine(), "no such file: " + path);
        }
      }
      CheckworthyTrainer.Settings settings;
      try {
        settings = new CheckworthyTrainer.Settings(iterations, cutoff, l2, holdout);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      List<LabelledSentence> trainSet;
      List<LabelledSentence> devSet;
      try {
        trainSet = LabelledSentence.read(train);
        devSet = LabelledSentence.read(dev);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      long start = System.nanoTime();
      CheckworthyTrainer.Result result = new CheckworthyTrainer().train(trainSet, devSet, settings);
      Path properties = CheckworthyTrainer.write(result, settings, out);
      PrintWriter stdout = spec.commandLine().getOut();
      YesScores held = result.holdout();
      YesScores scores = result.dev();
      stdout.printf(Locale.ROOT, "trained on %d sentences in %.1f s; wrote %s (%d bytes) and %s%n",
          trainSet.size(), (System.nanoTime() - start) / 1e9, out, Files.size(out), properties);
      stdout.printf(Locale.ROOT, "threshold %.3f, picked on the newest %d training sentences: Yes precision %.4f recall %.4f F1 %.4f%n",
          held.threshold(), result.holdoutSentences(), held.precision(), held.recall(), held.f1());
      stdout.printf(Locale.ROOT, "dev (%d sentences) at that threshold: Yes precision %.4f recall %.4f F1 %.4f%n",
          devSet.size(), scores.precision(), scores.recall(), scores.f1());
      stdout.flush();
      return 0;
    }
  }

  /**
   * {@code claimspan train attribution}: the model that judges the attribution rules' candidates,
   * from a PolNeAR-format split. The documents (in file-name order) are cut into folds; probe models
   * trained without each fold score it, and the threshold is picked on these out-of-fold scores;
   * the final model is trained on every document.
   */
  @Command(
      name = "attribution",
      mixinStandardHelpOptions = true,
      description = {
        "Train the attribution filter on a PolNeAR-format split (text/ and attributions/).",
        "The documents are cut into --folds folds in file-name order; a probe model trained without each fold"
            + " scores it, and the threshold is picked on these out-of-fold scores of every document (stored"
            + " beside the model, .properties); the model written is then trained on every document."
      })
  static final class Attribution implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin PolnearTrainingOptions options;

    @Option(names = "--profile", defaultValue = "accurate", converter = ProfileConverter.class,
        description = "Profile whose candidates to learn: accurate (parsed text; the packaged"
            + " attribution-filter-en.bin) or fast (part-of-speech patterns; attribution-filter-patterns-en.bin);"
            + " default ${DEFAULT-VALUE}.")
    Profile profile;

    @Option(names = "--iterations", description = "Optimiser iterations (default: the packaged model's).")
    Integer iterations;

    @Option(names = "--cutoff", description = "Minimum feature count (default: the packaged model's).")
    Integer cutoff;

    @Option(names = "--l2", description = "L2 regularisation cost (default: the packaged model's).")
    Double l2;

    @Option(names = "--candidates-report", paramLabel = "FILE",
        description = "Write each candidate (document, label, out-of-fold probe score, content, features) as TSV, for error analysis.")
    Path report;

    @Override
    public Integer call() throws IOException {
      AttributionFilterTrainer.Settings defaults = AttributionFilterTrainer.Settings.defaults();
      AttributionFilterTrainer.Settings settings = new AttributionFilterTrainer.Settings(
          iterations == null ? defaults.iterations() : iterations,
          cutoff == null ? defaults.cutoff() : cutoff,
          l2 == null ? defaults.l2() : l2);
      List<List<GoldDocument>> folds = options.folds(spec);
      long start = System.nanoTime();
      AttributionTrainingData data = new AttributionTrainingData(options.backend(profile), Lexicons.loadDefault());
      List<AttributionFilterTrainer.Examples> foldExamples = new ArrayList<>();
      List<String> where = new ArrayList<>();
      for (List<GoldDocument> fold : folds) {
        AttributionTrainingData.Labelled labelled = data.examples(fold, options.threads);
        foldExamples.add(labelled.examples());
        where.addAll(labelled.where());
      }
      int documents = folds.stream().mapToInt(List::size).sum();
      long analysed = System.nanoTime();
      AttributionFilterTrainer.Result result = new AttributionFilterTrainer().train(foldExamples, settings);
      String description = String.format(Locale.ROOT,
          "%s, %d documents (threshold picked on the out-of-fold scores of %d folds in file-name order)",
          options.corpus.getFileName(), documents, folds.size());
      Path properties = AttributionFilterTrainer.write(result, settings, description, options.out);
      if (report != null) {
        writeReport(foldExamples, where, result.outOfFoldScores());
      }
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.printf(Locale.ROOT,
          "trained on %d candidates from %d documents in %.1f s (%.1f s of it analysing); wrote %s (%d bytes) and %s%n",
          result.trainExamples(), documents, (System.nanoTime() - start) / 1e9, (analysed - start) / 1e9, options.out,
          Files.size(options.out), properties);
      stdout.printf(Locale.ROOT,
          "out of fold (%d folds) at threshold %.2f: precision %.4f recall %.4f F1 %.4f (all kept: F1 %.4f)%n",
          folds.size(), result.threshold(), result.precision(), result.recall(), result.f1(), result.unfilteredF1());
      stdout.flush();
      return 0;
    }

    private void writeReport(List<AttributionFilterTrainer.Examples> folds, List<String> where, double[] scores)
        throws IOException {
      StringBuilder body = new StringBuilder("document\tlabel\tscore\tcontent\tfeatures\n");
      List<AttributionFilterTrainer.Example> examples = new ArrayList<>();
      folds.forEach(fold -> examples.addAll(fold.examples()));
      for (int i = 0; i < examples.size(); i++) {
        String[] place = where.get(i).split("\t", 2);
        body.append(place[0]).append('\t').append(examples.get(i).attribution() ? 1 : 0).append('\t')
            .append(String.format(Locale.ROOT, "%.4f", scores[i])).append('\t').append(place[1]).append('\t')
            .append(String.join(" ", examples.get(i).features())).append('\n');
      }
      Files.writeString(report, body);
    }
  }
}
