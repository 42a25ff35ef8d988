package org.claimspan.internal.ml;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Training, writing and reading the project's own OpenNLP maxent models (check-worthiness, the
 * attribution filter) and the {@code threshold=} properties stored beside them. Stateless and
 * thread-safe.
 */
public final class MaxentFiles {
  private MaxentFiles() {}

  /**
   * L2-regularised logistic regression with OpenNLP's quasi-Newton trainer on one thread, so the
   * same events give the same model byte for byte.
   */
  public static MaxentModel trainLogistic(List<Event> events, int iterations, int cutoff, double l2)
      throws IOException {
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    parameters.put(TrainingParameters.THREADS_PARAM, 1);
    parameters.put(QNTrainer.L1COST_PARAM, 0.0);
    parameters.put(QNTrainer.L2COST_PARAM, l2);
    EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
    return trainer.train(ObjectStreamUtils.createObjectStream(events));
  }

  /** Writes {@code model} to {@code file}, creating its folder. */
  public static void writeModel(MaxentModel model, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file);
        DataOutputStream data = new DataOutputStream(out)) {
      new GenericModelWriter((AbstractModel) model, data).persist();
    }
  }

  /**
   * The properties file that holds a model file's threshold: beside it, with its name and the
   * extension {@code .properties} in place of its own ({@code filter.bin} -> {@code filter.properties});
   * {@link IllegalArgumentException} for a model file that is itself named {@code .properties}.
   */
  public static Path propertiesBeside(Path modelFile) {
    Path parent = modelFile.toAbsolutePath().getParent();
    String base = modelFile.getFileName().toString().replaceFirst("\\.[A-Za-z]+$", "");
    Path properties = parent.resolve(base + ".properties");
    if (properties.equals(modelFile.toAbsolutePath())) {
      throw new IllegalArgumentException("a model file cannot end in .properties: " + modelFile);
    }
    return properties;
  }

  /** Reads a model written by {@link #writeModel}; does not close {@code in}. */
  public static MaxentModel readModel(InputStream in) throws IOException {
    return new GenericModelReader(new BinaryFileDataReader(in)).getModel();
  }

  /** Reads {@code threshold} from a properties stream; does not close {@code in}. */
  public static double readThreshold(InputStream in) throws IOException {
    Properties properties = new Properties();
    properties.load(in);
    String value = properties.getProperty("threshold");
    if (value == null) {
      throw new IOException("no 'threshold' property");
    }
    return Double.parseDouble(value.strip());
  }

  /**
   * A classpath resource, or {@link IllegalStateException} naming {@code what} when it is missing
   * (a build without its {@code models/} folder).
   */
  public static InputStream resource(String path, String what) {
    InputStream in = MaxentFiles.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException(what + " missing from the classpath: " + path);
    }
    return in;
  }
}
