package org.claimspan.backend.opennlp;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags a sentence with OpenNLP's part-of-speech model one token at a time, taking the most likely
 * tag the model's tag dictionary allows. {@code POSTaggerME} does the same through a beam search
 * that copies and sorts every token's scores even with a beam of one; the English UD model's
 * features do not look at earlier tags, so greedy decoding gives the beam's tags (checked on
 * PolNeAR train in the backend's test) in less time. Not thread-safe (the context generator keeps a
 * cache): one per thread.
 */
final class GreedyTagger {
  private final MaxentModel model;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;
  private final double[] scores;

  GreedyTagger(POSModel posModel) {
    this.model = (MaxentModel) posModel.getArtifact(OpenNlpModels.POS_MODEL_ENTRY);
    this.contexts = posModel.getFactory().getPOSContextGenerator(0);
    this.validator = posModel.getFactory().getSequenceValidator();
    this.scores = new double[model.getNumOutcomes()];
  }

  /** The model's UD tags for the words of one sentence. */
  String[] tag(String[] words) {
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      model.eval(contexts.getContext(i, words, tags, null), scores);
      tags[i] = best(i, words, tags);
    }
    return tags;
  }

  /** The highest-scoring outcome the validator accepts, or the highest of all if it accepts none. */
  private String best(int i, String[] words, String[] tags) {
    int best = -1;
    int bestAny = 0;
    for (int o = 0; o < scores.length; o++) {
      if (scores[o] > scores[bestAny]) {
        bestAny = o;
      }
      if ((best < 0 || scores[o] > scores[best]) && validator.validSequence(i, words, tags, model.getOutcome(o))) {
        best = o;
      }
    }
    return model.getOutcome(best >= 0 ? best : bestAny);
  }
}
