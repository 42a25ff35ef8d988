package org.claimspan.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a backend found in a text: sentences and tokens with offsets into the original text, and
 * entity mentions. Immutable and thread-safe.
 *
 * @param text the text that was analysed
 * @param sentences sentences in order
 * @param tokens all tokens in order; each sentence's tokens are a contiguous range
 * @param entities named-entity mentions in order
 * @param capabilities the layers actually filled in
 */
public record AnalyzedText(
    String text,
    List<Sentence> sentences,
    List<Token> tokens,
    List<EntityMention> entities,
    Set<Capability> capabilities) {

  public AnalyzedText {
    checkNotNull(text, "text");
    sentences = ImmutableList.copyOf(sentences);
    tokens = ImmutableList.copyOf(tokens);
    entities = ImmutableList.copyOf(entities);
    capabilities = Sets.immutableEnumSet(capabilities);
    for (Token token : tokens) {
      checkArgument(
          token.end() <= text.length() && token.word().equals(text.substring(token.begin(), token.end())),
          "token %s does not match the text at [%s, %s)", token.word(), token.begin(), token.end());
    }
  }

  /** An analysis with no sentences, for empty text. */
  public static AnalyzedText empty(String text) {
    return new AnalyzedText(text, List.of(), List.of(), List.of(), EnumSet.noneOf(Capability.class));
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  public boolean has(Capability capability) {
    return capabilities.contains(capability);
  }
}
