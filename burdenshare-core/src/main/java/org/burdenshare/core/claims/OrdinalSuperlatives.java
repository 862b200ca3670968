package org.burdenshare.core.claims;

import java.util.List;
import org.burdenshare.core.claims.Mentions.Ordinal;

/**
 * An ordinal and its superlative with the noun between them, as the Romance languages put them: "el
 * segundo gasto militar más alto", "le deuxième budget le plus élevé", "la seconda cifra più alta".
 * The ordinal states the place; the superlative says which end it is counted from.
 */
final class OrdinalSuperlatives {
  private OrdinalSuperlatives() {}

  /**
   * How many words may stand between an ordinal and its superlative where the noun comes between
   * them, as in the Romance languages: "el segundo gasto militar más alto".
   */
  static final int NOUN_BEFORE_SUPERLATIVE = 4;

  /**
   * The superlative of more than one word ("más alto", "le plus élevé") that follows an ordinal
   * after its noun, with no figure, country or comma between; null when none does.
   */
  static int[] after(Mentions m, Ordinal o) {
    for (String dir : List.of("rankHigh", "rankLow")) {
      for (int[] span : m.cues().getOrDefault(dir, List.of())) {
        boolean near =
            span[0] > o.end()
                && span[0] <= o.end() + NOUN_BEFORE_SUPERLATIVE
                && span[1] - span[0] > 1
                && m.clauseOf(span[0]) == m.clauseOf(o.at());
        boolean between =
            m.amounts().stream().anyMatch(b -> b.from() >= o.end() && b.from() < span[0])
                || m.entities().stream().anyMatch(e -> e.from() >= o.end() && e.from() < span[0]);
        if (near && !between) {
          return span;
        }
      }
    }
    return null;
  }

  /** Whether two spans of tokens share one ("le plus élevé" and "plus élevé"). */
  static boolean overlaps(int[] a, int[] b) {
    return a != null && a[0] < b[1] && b[0] < a[1];
  }
}
