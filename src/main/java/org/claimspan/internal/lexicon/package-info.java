/** The word lists the stages share (cue verbs and phrases, titles, hedges, boilerplate). */
package org.claimspan.internal.lexicon;
