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

  @Test
  void decimalScalesAndWrittenNumbers() {
    List<Quantity> found = find("About 1.2 million voters and two thousand workers, nearly five hundred in all.");
    assertThat(found).extracting(q -> q.span().text())
        .containsExactly("About 1.2 million", "two thousand", "nearly five hundred");
    assertThat(found.get(0).value().getAsDouble()).isEqualTo(1.2e6);
    assertThat(found.get(0).qualifier()).contains("about");
    assertThat(found.get(1).value().getAsDouble()).isEqualTo(2000);
    assertThat(found.get(2).value().getAsDouble()).isEqualTo(500);
    assertThat(found.get(2).qualifier()).contains("nearly");
  }

  @Test
  void percentagePointsAndOtherCurrencies() {
    List<Quantity> found = find("Rates rose 2.5 percentage points, costing \u20AC3 million and \u00A340, at least 7%.");
    assertThat(found).extracting(q -> q.unit().orElse("-")).containsExactly("percentage points", "EUR", "GBP", "percent");
    assertThat(found.get(3).qualifier()).contains("at least");
    assertThat(found.get(3).value().getAsDouble()).isEqualTo(7);
  }

  @Test
  void peopleAndYearsFromTheNounAfterTheNumber() {
    List<Quantity> found = find("over one million Muslims, up to one million ethnic Uighurs, 28 Chinese organisations, 10 years");
    assertThat(found).extracting(q -> q.unit().orElse("-")).containsExactly("people", "people", "-", "years");
  }

  @Test
  void spansPointIntoTheGivenRegionOnly() {
    String text = "Ignore 99 here. Count 42 people here.";
    TextSpan second = TextSpan.of(text, 16, text.length());
    List<Quantity> found = finder.find(text, second);
    assertThat(found).singleElement().satisfies(q -> {
      assertThat(q.span().text()).isEqualTo("42");
      assertThat(text.substring(q.span().begin(), q.span().end())).isEqualTo("42");
      assertThat(q.unit()).contains("people");
    });
  }
}
