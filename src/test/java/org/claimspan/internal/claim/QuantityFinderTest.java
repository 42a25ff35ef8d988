package org.claimspan.internal.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimspan.model.Quantity;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {
  private final QuantityFinder finder = new QuantityFinder();

  private List<Quantity> find(String text) {
    return finder.find(text, TextSpan.of(text, 0, text.length()));
  }

  @Test
  void spelledOutNumberWithScaleAndQualifier() {
    Quantity q = find("detained over one million Muslims").get(0);
    assertThat(q.span().text()).isEqualTo("over one million");
    assertThat(q.value().getAsDouble()).isEqualTo(1_000_000);
    assertThat(q.qualifier()).contains("over");
  }

  @Test
  void digitsCurrencyAndPercent() {
    List<Quantity> found = find("It added 28 firms, spent $4.2 billion and cut 12 percent, or 1,200 jobs.");
    assertThat(found).extracting(q -> q.span().text()).containsExactly("28", "$4.2 billion", "12 percent", "1,200");
    assertThat(found.get(1).value().getAsDouble()).isEqualTo(4.2e9);
    assertThat(found.get(1).unit()).contains("USD");
    assertThat(found.get(2).unit()).contains("percent");
    assertThat(found.get(3).value().getAsDouble()).isEqualTo(1200);
  }

  @Test
  void rangesAndUpperBounds() {
    List<Quantity> found = find("since the 1966-1976 Cultural Revolution, up to one million people");
    assertThat(found).extracting(q -> q.span().text()).containsExactly("1966-1976", "up to one million");
    assertThat(found.get(0).value().getAsDouble()).isEqualTo(1966);
    assertThat(found.get(0).upper().getAsDouble()).isEqualTo(1976);
    assertThat(found.get(1).qualifier()).contains("up to");
  }

  @Test
  void smallSpelledOutNumbersAreNotStatistics() {
    assertThat(find("two of the world's largest makers, three times")).isEmpty();
  }

  @Test
  void numbersInsideWordsAreIgnored() {
    assertThat(find("the F35 and COVID19 programmes")).isEmpty();
  }
}
