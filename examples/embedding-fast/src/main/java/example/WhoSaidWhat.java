package example;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.Profile;
import org.claimspan.model.Attribution;
import org.claimspan.model.Claim;
import org.claimspan.model.Speaker;

/** Prints who said what in one article: {@code WhoSaidWhat ARTICLE.txt [fast|accurate]}. */
public final class WhoSaidWhat {
  public static void main(String[] args) throws Exception {
    Path article = Path.of(args[0]);
    Profile profile = args.length > 1 ? Profile.fromId(args[1]) : Profile.FAST;

    // Build once (the models load here: about a second for fast, ten or more for accurate),
    // then share it: extract may be called from any number of threads.
    ClaimExtractor extractor = ClaimExtractor.builder().profile(profile).build();
    ExtractionResult result = extractor.extract(Document.of("article", Files.readString(article)));

    for (Attribution a : result.attributions()) {
      String speaker = a.speaker().map(Speaker::name).orElse("?");
      String cue = a.cue().map(c -> c.span().text()).orElse("-");
      System.out.printf("%s (%s, %s): %s%n", speaker, cue, a.kind(), a.content().text());
    }
    for (Claim c : result.claims()) {
      System.out.printf("claim %.2f: %s%n", c.checkworthiness(), c.statement());
    }
  }
}
