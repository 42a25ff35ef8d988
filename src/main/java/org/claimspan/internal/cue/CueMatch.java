package org.claimspan.internal.cue;

import org.claimspan.model.CueClass;

/**
 * A cue found in the text, as token indexes.
 *
 * @param head the token that heads the cue (the verb, "according", the colon)
 * @param first first token of the cue span
 * @param last last token of the cue span, inclusive
 * @param lemma the lexicon entry matched
 * @param cueClass its class
 * @param form its shape
 */
public record CueMatch(int head, int first, int last, String lemma, CueClass cueClass, CueForm form) {}
