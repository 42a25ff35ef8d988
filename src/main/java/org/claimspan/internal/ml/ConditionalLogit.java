package org.claimspan.internal.ml;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A conditional logit ranker: a weight per feature, a choice's score the sum of its features'
 * weights, and the probability of each choice of a group the softmax of their scores. Trained to
 * put the probability on a group's right choices, it learns what makes one choice better than the
 * others of its group, which a classifier of choices one by one does not (it learns how often a
 * choice of that kind is right anywhere). Immutable after training; thread-safe.
 */
public final class ConditionalLogit {
  /** First line of a model file: the format and its version. */
  private static final String HEADER = "# claimspan conditional logit 1";

  /** Weights this close to zero are left out: features every choice of a group shares end there. */
  private static final double NEGLIGIBLE = 1e-9;
  /** Gradients this small are round-off, as on a feature every choice of a group shares. */
  private static final double NEGLIGIBLE_GRADIENT = 1e-12;

  private final Map<String, Double> weights;

  private ConditionalLogit(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /**
   * A group of choices, one or more of them right.
   *
   * @param choices each choice's features
   * @param right whether each choice is right; at least one is
   */
  public record Group(List<List<String>> choices, List<Boolean> right) {
    public Group {
      choices = choices.stream().map(List::copyOf).toList();
      right = List.copyOf(right);
      checkArgument(choices.size() == right.size(), "%s choices but %s labels", choices.size(), right.size());
      checkArgument(right.contains(true), "a group needs a right choice");
    }
  }

  /**
   * Training settings.
   *
   * @param epochs passes over the groups
   * @param cutoff fewest occurrences (over all choices of all groups) a feature needs to get a weight
   * @param l2 L2 penalty on the log-likelihood summed over the groups, spread over the steps: each
   *     step decays the weights it touches by {@code l2 / groups} (0 for none)
   * @param learningRate AdaGrad's base step
   * @param seed the seed of the order the groups are visited in, so a run is reproducible
   */
  public record Settings(int epochs, int cutoff, double l2, double learningRate, long seed) {
    public Settings {
      checkArgument(epochs > 0 && cutoff > 0 && l2 >= 0 && learningRate > 0,
          "epochs and cutoff must be positive, l2 not negative, the rate positive: %s %s %s %s",
          epochs, cutoff, l2, learningRate);
    }
  }

  /**
   * Trains by AdaGrad on the groups' log-likelihood, visiting them in an order drawn from the
   * settings' seed: the same groups and settings give the same weights. Never loops without end:
   * it makes {@code epochs} passes.
   *
   * @throws IllegalArgumentException when there are no groups
   */
  public static ConditionalLogit train(List<Group> groups, Settings settings) {
    checkArgument(!groups.isEmpty(), "no groups to train on");
    Map<String, Integer> counts = new HashMap<>();
    for (Group group : groups) {
      for (List<String> choice : group.choices()) {
        for (String feature : choice) {
          counts.merge(feature, 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> index = new HashMap<>();
    new TreeMap<>(counts).forEach((feature, count) -> {
      if (count >= settings.cutoff()) {
        index.put(feature, index.size());
      }
    });
    List<int[][]> encoded = new ArrayList<>();
    for (Group group : groups) {
      int[][] choices = new int[group.choices().size()][];
      for (int c = 0; c < choices.length; c++) {
        choices[c] = group.choices().get(c).stream().filter(index::containsKey).mapToInt(index::get).toArray();
      }
      encoded.add(choices);
    }
    double[] w = new double[index.size()];
    double[] squares = new double[index.size()];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      order.add(i);
    }
    Random random = new Random(settings.seed());
    double decay = settings.l2() / groups.size();
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      Collections.shuffle(order, random);
      for (int g : order) {
        step(encoded.get(g), groups.get(g).right(), w, squares, settings.learningRate(), decay);
      }
    }
    Map<String, Double> weights = new HashMap<>();
    index.forEach((feature, i) -> {
      if (Math.abs(w[i]) > NEGLIGIBLE) {
        weights.put(feature, w[i]);
      }
    });
    return new ConditionalLogit(weights);
  }

  /** One AdaGrad step on one group's log-likelihood, with L2 decay on the weights it touches. */
  private static void step(int[][] choices, List<Boolean> right, double[] w, double[] squares, double rate,
      double decay) {
    double[] p = softmax(choices, w);
    double rightMass = 0;
    for (int c = 0; c < choices.length; c++) {
      rightMass += right.get(c) ? p[c] : 0;
    }
    if (!(rightMass > 0)) {
      return; // the right choices' probability underflowed: no usable gradient from this group
    }
    Map<Integer, Double> gradient = new HashMap<>();
    for (int c = 0; c < choices.length; c++) {
      // d(-log sum of right p)/d score_c = p_c - (right_c ? p_c / rightMass : 0)
      double g = p[c] - (right.get(c) ? p[c] / rightMass : 0);
      if (g != 0) {
        for (int f : choices[c]) {
          gradient.merge(f, g, Double::sum);
        }
      }
    }
    gradient.forEach((f, g) -> {
      if (Math.abs(g) < NEGLIGIBLE_GRADIENT) {
        return; // round-off on a feature every choice shares: AdaGrad would blow it up to a full step
      }
      double total = g + decay * w[f];
      squares[f] += total * total;
      if (squares[f] > 0) {
        w[f] -= rate * total / Math.sqrt(squares[f]);
      }
    });
  }

  private static double[] softmax(int[][] choices, double[] w) {
    double[] s = new double[choices.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < choices.length; c++) {
      for (int f : choices[c]) {
        s[c] += w[f];
      }
      max = Math.max(max, s[c]);
    }
    double sum = 0;
    for (int c = 0; c < s.length; c++) {
      s[c] = Math.exp(s[c] - max);
      sum += s[c];
    }
    for (int c = 0; c < s.length; c++) {
      s[c] /= sum;
    }
    return s;
  }

  /** A choice's score: the sum of its known features' weights (unknown ones weigh nothing). */
  public double score(List<String> features) {
    double score = 0;
    for (String feature : features) {
      score += weights.getOrDefault(feature, 0.0);
    }
    return score;
  }

  /** How many features have a weight. */
  public int size() {
    return weights.size();
  }

  /**
   * Writes the weights as text, one {@code weight<TAB>feature} line each in feature order.
   *
   * @throws IllegalStateException when a feature holds a line break, which the format cannot hold
   */
  public void write(Path file) throws IOException {
    weights.keySet().stream().filter(feature -> feature.indexOf('\n') >= 0 || feature.indexOf('\r') >= 0)
        .findFirst().ifPresent(feature -> {
          throw new IllegalStateException("a feature holds a line break: " + feature.replace("\n", "\\n"));
        });
    Files.createDirectories(file.toAbsolutePath().getParent());
    StringBuilder body = new StringBuilder(HEADER).append('\n');
    new TreeMap<>(weights).forEach((feature, weight) ->
        body.append(String.format(Locale.ROOT, "%.6g", weight)).append('\t').append(feature).append('\n'));
    Files.writeString(file, body, StandardCharsets.UTF_8);
  }

  /** Reads a model {@link #write} wrote; does not close {@code in}. */
  public static ConditionalLogit read(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (!HEADER.equals(header)) {
      throw new IOException("not a conditional logit model (first line: " + header + ")");
    }
    Map<String, Double> weights = new HashMap<>();
    int number = 1;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IOException("line " + number + " has no tab: " + line);
      }
      try {
        weights.put(line.substring(tab + 1), Double.parseDouble(line.substring(0, tab)));
      } catch (NumberFormatException e) {
        throw new IOException("line " + number + " has no weight: " + line, e);
      }
    }
    return new ConditionalLogit(weights);
  }
}
