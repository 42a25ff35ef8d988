import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks models/lexicon/boilerplate.txt with Java's own regex engine (as the library uses it:
 * find() on the stripped line): every pattern against every line of PolNeAR train text, and
 * against lines that must / must not match.
 *
 * <p>usage: java models/tools/BoilerplateCheck.java [PATTERNS] [TRAIN_DIR]
 * (defaults models/lexicon/boilerplate.txt and PolNeAR's train split in the evaluation data folder,
 * ../shared/eval/polnear/train beside the repository). Reads only.
 * Exit status 1 when a must-match line is missed or a must-not-match line is hit.
 */
public class BoilerplateCheck {

  static final String[] MUST_MATCH = {
    "Also Read", "Also read:", "ALSO READ | Xinjiang visa row deepens", "Also Read: China hits back",
    "Read more", "Read More:", "Read more: Council approves budget", "READ MORE Election results",
    "RELATED:", "RELATED: Trump wins Nevada", "Related Articles", "Related stories:", "\"Related:\"",
    "Click here to subscribe to our newsletter", "Click here for the full report",
    "Disclaimer: The views expressed are the author's own.", "Advertisement", "ADVERTISEMENT",
    "Subscribe", "Subscribe to our daily newsletter", "Sign up for our Morning Briefing newsletter",
    "Follow us on Twitter", "Follow Jane Doe on Twitter @janedoe", "Share this article",
    "Share on Facebook", "Share | Tweet | Email", "TWITTER.", "By Jane Doe", "By JANE DOE, Associated Press",
    "By Jane Doe and John Roe, Reuters", "By Jane Doe | Reuters",
    "(Reporting by Jane Doe; Editing by John Roe)", "(Additional reporting by Li Wei)",
    "Reporting by Jane Doe; Editing by John Roe", "Copyright 2026 The Associated Press.",
    "© 2026 Reuters", "All rights reserved.", "Copyright © 2016 Example Media. All rights reserved.",
    "Photo: Getty Images", "Photo by Jane Doe/Reuters", "Image caption Protesters outside the court",
    "Image copyright Getty Images", "Image source, Reuters", "Getty Images", "Getty.",
    "John Doe/Getty Images", "Updated: Nov 27, 2026 10:03 IST", "Updated Nov. 27, 2026, 10:03 a.m. ET",
    "Published on 27 November 2026", "Last updated: 2026-11-27",
    "This story has been updated to include comment from the ministry.",
    "This article was corrected on Friday.", "9:05 p.m.", "Friday, November 27, 2026",
    "November 27, 2026", "2026-11-27T10:03:00Z", "Watch: Senator speaks to reporters",
    "Story continues below advertisement", "Continue reading the main story", "CORRECTION APPENDED.",
  };

  static final String[] MUST_NOT_MATCH = {
    "By the end of the year, officials said, the program would be closed.",
    "By Friday, officials said the vote had been delayed.",
    "By contrast, Jane Doe said the plan was sound.",
    "By Monday night, the city council had approved the budget.",
    "Read the full statement, the spokesperson said.",
    "Related reports suggest the figure is higher.",
    "Reporting by The Washington Post found that the agency had ignored warnings.",
    "Click, the company's new app, launched on Monday.",
    "Advertisement spending rose 12 percent, according to the report.",
    "Subscribers to the service said prices had doubled.",
    "Sign up for the draft was low, officials said.",
    "Follow the money, he said.",
    "Share prices fell 3 percent on Tuesday.",
    "Photographers were barred from the hearing, she said.",
    "Getty Images, the photo agency, said it would appeal.",
    "Updated figures released Monday show a 4 percent rise.",
    "Published on Monday, the study found that most patients recovered.",
    "Posted in May, the video drew two million views.",
    "Copyright law is not the issue here, she said.",
    "All rights advocates agree the bill goes too far.",
    "This story is not over, the mayor said.",
    "Image is everything in politics, the strategist said.",
    "Watch what happens next, he warned.",
    "Comments by the minister drew criticism.",
    "Tweet by tweet, the senator made his case.",
    "Email records show the aide was informed.",
    "AP reported that the vote was delayed.",
    "May 5 is the deadline, officials said.",
    "The ministry's message was clear: visas would be denied.",
  };

  public static void main(String[] args) throws IOException {
    Path patternsFile = Path.of(args.length > 0 ? args[0] : "models/lexicon/boilerplate.txt");
    Path train = Path.of(args.length > 1 ? args[1] : "../shared/eval/polnear/train");
    if (train.toString().contains("polnear/dev")) {
      throw new IllegalArgumentException("refusing to use the dev split: " + train);
    }
    List<String> sources = new ArrayList<>();
    List<Pattern> patterns = new ArrayList<>();
    for (String line : Files.readAllLines(patternsFile, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        sources.add(t);
        patterns.add(Pattern.compile(t));
      }
    }
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(train.resolve("text"))) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          String t = line.strip();
          if (!t.isEmpty()) {
            lines.add(t);
          }
        }
      }
    }
    System.out.printf("%d patterns, %d non-blank PolNeAR train lines%n", patterns.size(), lines.size());
    int total = 0;
    for (int i = 0; i < patterns.size(); i++) {
      int hits = 0;
      List<String> samples = new ArrayList<>();
      for (String l : lines) {
        if (patterns.get(i).matcher(l).find()) {
          hits++;
          if (samples.size() < 4 && !samples.contains(l)) {
            samples.add(l.length() > 70 ? l.substring(0, 70) + "..." : l);
          }
        }
      }
      total += hits;
      System.out.printf("%5d  p%-2d %s%n", hits, i + 1, sources.get(i));
      for (String s : samples) {
        System.out.println("         | " + s);
      }
    }
    System.out.println("total line hits: " + total);
    boolean ok = true;
    for (String s : MUST_MATCH) {
      if (patterns.stream().noneMatch(p -> p.matcher(s).find())) {
        System.out.println("MISSED (must match): " + s);
        ok = false;
      }
    }
    for (String s : MUST_NOT_MATCH) {
      for (int i = 0; i < patterns.size(); i++) {
        if (patterns.get(i).matcher(s).find()) {
          System.out.println("WRONG HIT p" + (i + 1) + " (must not match): " + s);
          ok = false;
        }
      }
    }
    System.out.println(ok ? "must-match / must-not-match: all good" : "must-match / must-not-match: FAILURES");
    if (!ok) {
      System.exit(1);
    }
  }
}
