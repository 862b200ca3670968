package org.burdenshare.core.errors;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the known names closest to a misspelt one, so that errors can say "did you mean". */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The known names within a small edit distance of {@code wanted} (case-insensitive), closest
   * first, at most three. Names that start with what was typed count as close.
   */
  public static List<String> closest(String wanted, Collection<String> known) {
    String w = wanted.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, w.length() / 3);
    return known.stream()
        .distinct()
        .map(k -> new Scored(k, score(w, k.toLowerCase(Locale.ROOT))))
        .filter(s -> s.distance <= limit)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(3)
        .map(Scored::name)
        .toList();
  }

  /** Formats a suggestion list as the tail of an error message, or "" when there is none. */
  public static String didYouMean(List<String> names) {
    return names.isEmpty() ? "" : " Did you mean " + String.join(", ", names) + "?";
  }

  private record Scored(String name, int distance) {}

  private static int score(String wanted, String known) {
    if (!wanted.isEmpty() && known.startsWith(wanted)) {
      return 1;
    }
    return levenshtein(wanted, known);
  }

  static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
