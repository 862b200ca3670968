package org.burdenshare.core.claims;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a sentence shape's slot must not hold, though its regular expression matches: a subject the
 * words before it set apart ("the rest of the alliance", "allies excluding the US"), a sum of money
 * that is a percentage ("spends 96 % more"). A part of {@link ClaimReader}.
 */
final class ShapeSlots {
  private ShapeSlots() {}

  /** A percent sign or word right after a number: the number is a percentage. */
  private static final Pattern PERCENT_AFTER = Pattern.compile("\\s?(?:%|percent|per cent)");

  /** Whether a percent sign or word follows a number that ends at a place in the text. */
  static boolean percentAfter(String text, int at) {
    return PERCENT_AFTER.matcher(text).region(at, text.length()).lookingAt();
  }

  /**
   * Whether the words for "the others" or "other than" end right before a subject ("the rest of the
   * alliance", "allies excluding the US"): the subject is what the others are counted out of, or
   * the ally set apart.
   */
  static boolean othersBefore(Language language, String text, int at) {
    String before = text.substring(0, at).stripTrailing();
    // ("excluding the US": the article may be left out of the subject the shape matched)
    for (String article : language.lexicon().cue(Cue.DEFINITE.key)) {
      String word = " " + WordPatterns.normalise(article);
      if (before.endsWith(word)) {
        before = before.substring(0, before.length() - word.length()).stripTrailing();
        break;
      }
    }
    for (Cue cue : List.of(Cue.ALL_OTHERS, Cue.OTHER_THAN)) {
      for (String others : language.lexicon().cue(cue.key)) {
        String words = WordPatterns.normalise(others);
        if (before.endsWith(words)
            && (before.length() == words.length()
                || !Character.isLetterOrDigit(
                    before.charAt(before.length() - words.length() - 1)))) {
          return true;
        }
      }
    }
    return false;
  }
}
