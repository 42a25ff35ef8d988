/** The fast profile's backend: Apache OpenNLP sentences, tokens, tags and lemmas, no parse. */
package org.claimspan.backend.opennlp;
