package org.burdenshare.core.claims;

import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Mentions.Unit;

/**
 * Numbers that the words beside them make something other than a figure: a place ("Platz 15", "en
 * el puesto 3"), a span of years counted back from the claim's date ("over the past ten years", "in
 * den vergangenen zehn Jahren"), or part of a group's name ("the three Baltic states"). A part of
 * {@link MentionFinder}.
 */
final class NumberRoles {
  private NumberRoles() {}

  /** The most years a span counted back from the claim's date ("the past ten years") may have. */
  private static final int MOST_YEARS_BACK = 30;

  /**
   * Whether the language's {@code lastYears} words end right before a token ("over the past", "in
   * den vergangenen", "au cours des"): a number there may count years back.
   */
  static boolean opensLastYears(Map<String, List<int[]>> found, int at) {
    return CueSpans.endingAt(found, Cue.LAST_YEARS.key, at) != null;
  }

  /**
   * Where a span of years counted back from the claim's date ends, when the number after the {@code
   * lastYears} words is one and the language's {@code yearsWord} follows it ("years", "Jahren",
   * "dernières années"); else -1.
   */
  static int lastYearsEnd(Map<String, List<int[]>> found, Amount n) {
    if (n.unit() != Unit.BARE
        || n.value().scale() > 0
        || n.value().intValue() < 1
        || n.value().intValue() > MOST_YEARS_BACK) {
      return -1;
    }
    for (int[] span : found.getOrDefault("yearsWord", List.of())) {
      if (span[0] == n.to()) {
        return span[1];
      }
    }
    return -1;
  }

  /** The years in a decade: "over the past decade" counts from ten years before the claim's. */
  static final int DECADE = 10;

  /**
   * Where the language's {@code lastDecade} words that begin at a token end ("over the past
   * decade", "im vergangenen Jahrzehnt"), or -1.
   */
  static int lastDecadeEnd(Map<String, List<int[]>> found, int at) {
    int[] span = CueSpans.startingAt(found, Cue.LAST_DECADE.key, at);
    return span == null ? -1 : span[1];
  }

  /** The highest place a number after the word for a place can state: the alliance's size. */
  private static final int MAX_PLACE = 40;

  /** Whether a whole number stands right after the language's word for a place ("Platz 15"). */
  static boolean placeNumbered(Map<String, List<int[]>> found, int at, Amount a) {
    if (a.unit() != Unit.BARE
        || a.value().scale() > 0
        || a.value().intValue() < 1
        || a.value().intValue() > MAX_PLACE) {
      return false;
    }
    return CueSpans.endingAt(found, Cue.PLACE_NUMBER.key, at) != null;
  }

  /**
   * Whether a bare number is part of a name: "the three Baltic states", "die drei baltischen
   * Staaten" name a group; the number counts no allies.
   */
  static boolean named(List<Entity> entities, Amount a) {
    if (a.unit() != Unit.BARE) {
      return false;
    }
    for (Entity e : entities) {
      if (e.from() <= a.from() && a.from() < e.to()) {
        return true;
      }
    }
    return false;
  }
}
