/** Attribution cues: verbs, phrases and nouns that report speech or belief, from lexicon and parse. */
package org.claimspan.internal.cue;
