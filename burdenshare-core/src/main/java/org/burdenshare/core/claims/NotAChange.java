package org.burdenshare.core.claims;

import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Tokens.Token;

/**
 * The words for "more" and "less" that say no rise or fall. Six of the seven languages use the same
 * word for a rise and for a bound or a superlative ("mehr", "plus", "más", "più", "meer",
 * "więcej"): in "Polen gibt mehr als 4 Prozent aus" it bounds the 4 %, in "la cifra più alta" and
 * "le budget le plus élevé" it makes a superlative, where "4 Prozent mehr" says a rise.
 */
final class NotAChange {
  private NotAChange() {}

  /**
   * Drops the rise and fall cues that open the hedge of a number (a hedge phrase of the language
   * starts at the cue and ends at the number or one word before it: "mehr als die 2 %") or stand
   * inside a superlative of more than one word ("più alta", "le plus élevé", "más alto").
   */
  static void dropChanges(
      List<Token> t, HedgeWords hedges, List<Amount> amounts, Map<String, List<int[]>> found) {
    for (String role : List.of("up", "down")) {
      List<int[]> spans = found.get(role);
      if (spans == null) {
        continue;
      }
      for (Amount a : amounts) {
        if (a.hedge() != null) {
          spans.removeIf(
              s -> s[0] < a.from() && hedges.at(t, s[0], Math.max(s[0] + 1, a.from() - 1)));
        }
      }
      for (String rank : List.of("rankHigh", "rankLow")) {
        for (int[] r : found.getOrDefault(rank, List.of())) {
          if (r[1] - r[0] > 1) {
            spans.removeIf(s -> s[0] >= r[0] && s[0] < r[1]);
          }
        }
      }
    }
  }
}
