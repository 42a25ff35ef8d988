/** The accurate profile's backend: Stanford CoreNLP (tagger, lemmas, entities, dependencies). */
package org.claimspan.backend.corenlp;
