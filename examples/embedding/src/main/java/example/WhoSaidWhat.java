package example;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.Claim;

/**
 * Prints who said what in one article.
 *
 * <pre>mvn -q exec:java -Dexec.args="../articles/xinjiang-visa.txt"</pre>
 */
public final class WhoSaidWhat {
  public static void main(String[] args) throws Exception {
    Path article = Path.of(args.length > 0 ? args[0] : "../articles/xinjiang-visa.txt");
    // Build once (models load here, a few seconds), then reuse from any number of threads.
    ClaimExtractor extractor = ClaimExtractor.builder().build();
    ExtractionResult result = extractor.extract(Document.of("article", Files.readString(article)));

    for (Attribution a : result.attributions()) {
      String speaker = a.speaker().map(s -> s.name()).orElse("?");
      String cue = a.cue().map(c -> c.span().text()).orElse("-");
      System.out.printf("%s (%s, %s): %s%n", speaker, cue, a.kind(), a.content().text());
    }
    for (Claim c : result.claims()) {
      System.out.printf("claim %.2f: %s%n", c.checkworthiness(), c.statement());
    }
  }
}
