package org.claimspan.backend.opennlp;

/**
 * The stem of a regularly inflected English verb form by rule, for the forms the lemmatizer model
 * leaves unchanged: "-ing", "-ed" and "-s" stripped, a doubled final consonant undoubled
 * ("admitted"), "-ied"/"-ies" back to "-y", and an "e" restored after a single consonant that
 * follows a vowel ("alleging" to "allege", "noted" to "note"), never after a consonant cluster
 * ("condemned" to "condemn"). A heuristic: it is right for most verbs, wrong for some ("visited").
 * Stateless and thread-safe.
 */
final class RegularVerbs {
  private RegularVerbs() {}

  /** The stem of a lower-case verb form; the form itself if it has no regular suffix. */
  static String stem(String form) {
    if (form.endsWith("ies") || form.endsWith("ied")) {
      return form.substring(0, form.length() - 3) + "y";
    }
    String stem;
    if (form.endsWith("ing") && form.length() > 5) {
      stem = form.substring(0, form.length() - 3);
    } else if (form.endsWith("ed") && form.length() > 4) {
      stem = form.substring(0, form.length() - 2);
    } else if (form.endsWith("es") && form.length() > 4 && endsWithSibilant(form.substring(0, form.length() - 2))) {
      return form.substring(0, form.length() - 2);
    } else if (form.endsWith("s") && form.length() > 3 && !form.endsWith("ss")) {
      return form.substring(0, form.length() - 1);
    } else {
      return form;
    }
    int n = stem.length();
    char last = stem.charAt(n - 1);
    char before = stem.charAt(n - 2);
    if (last == before && !isVowel(last) && last != 'l' && last != 's' && last != 'z' && last != 'f') {
      return stem.substring(0, n - 1); // "admitted", "stopping"
    }
    boolean singleConsonantAfterVowel = !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(before)
        && n >= 3 && !isVowel(stem.charAt(n - 3));
    return singleConsonantAfterVowel || last == 'v' || last == 'u' ? stem + "e" : stem;
  }

  private static boolean endsWithSibilant(String stem) {
    return stem.endsWith("sh") || stem.endsWith("ch") || stem.endsWith("x") || stem.endsWith("ss") || stem.endsWith("z");
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
