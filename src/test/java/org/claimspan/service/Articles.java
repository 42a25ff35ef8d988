package org.claimspan.service;

import java.util.StringJoiner;

/** Short news-like texts made up for the service tests. Test code only. */
final class Articles {
  private Articles() {}

  /** A short article with a direct quote, an indirect report and a number. */
  static String shortArticle(int variant) {
    return "The city council met on Tuesday to vote on the transit plan number " + variant + ". "
        + "\u201cWe cannot wait another year,\u201d said Maria Lopez, who chairs the council. "
        + "Officials said the plan would cost about 40 million dollars over five years.\n\n"
        + "Residents who spoke at the meeting said buses were often late. "
        + "The mayor told reporters that the vote was a good first step.";
  }

  /** A long article of {@code paragraphs} paragraphs, to keep a worker busy. */
  static String longArticle(int paragraphs) {
    StringJoiner text = new StringJoiner("\n\n");
    for (int i = 0; i < paragraphs; i++) {
      text.add("Officials said on Monday that road repairs in district " + i + " would take two more months. "
          + "\u201cThe crews are working as fast as they can,\u201d the district manager said. "
          + "According to the transport office, about " + (i + 3) + " thousand drivers use the road each day.");
    }
    return text.toString();
  }
}
