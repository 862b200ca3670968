package org.burdenshare.core.claims;

import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Tokens.Token;

/**
 * The words for "more" and "less" that say no rise or fall. Six of the seven languages use the same
 * word for a rise and for a bound or a superlative ("mehr", "plus", "más", "più", "meer",
 * "więcej"): in "Polen gibt mehr als 4 Prozent aus" it bounds the 4 %, in "la cifra più alta" and
 * "le budget le plus élevé" it makes a superlative, and in "gibt mehr aus als jedes andere Land" it
 * compares allies, where "4 Prozent mehr" says a rise.
 */
final class NotAChange {
  private NotAChange() {}

  /**
   * Drops the rise and fall cues that open the hedge of a number (a hedge phrase of the language
   * starts at the cue and ends at the number or one word before it: "mehr als die 2 %") or stand
   * inside a superlative of more than one word ("più alta", "le plus élevé", "más alto"), or that
   * bound the number before them ("oder mehr", "ou plus").
   */
  static void dropChanges(
      List<Token> t,
      HedgeWords hedges,
      List<Amount> amounts,
      List<Entity> entities,
      Map<String, List<int[]>> found) {
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
      // "vier Prozent oder mehr", "2 % ou plus": a bound on the number, no rise
      for (Cue bound : List.of(Cue.OR_MORE, Cue.OR_LESS)) {
        for (int[] b : found.getOrDefault(bound.key, List.of())) {
          spans.removeIf(s -> s[0] >= b[0] && s[0] < b[1]);
        }
      }
      String comparative = role.equals("up") ? "more" : "less";
      List<int[]> words = found.getOrDefault(comparative, List.of());
      spans.removeIf(
          s ->
              words.stream().anyMatch(w -> w[0] <= s[0] && s[1] <= w[1])
                  && comparesAllies(t, entities, found, s[1]));
    }
  }

  /**
   * Whether the word for "than" follows a comparative that ends at {@code from}, in the same
   * stretch of words, right before an ally or group, or before "any other", "all the others": "mehr
   * für Verteidigung aus als Frankreich", "más en defensa que cualquier otro aliado", "więcej niż
   * jakikolwiek inny członek" compare allies' spending, not a year's with the one before.
   */
  private static boolean comparesAllies(
      List<Token> t, List<Entity> entities, Map<String, List<int[]>> found, int from) {
    for (int[] than : found.getOrDefault("than", List.of())) {
      if (than[0] < from || than[0] - from > Reach.THAN_AFTER_COMPARATIVE) {
        continue;
      }
      boolean sameStretch = true;
      for (int i = from; i < than[0]; i++) {
        sameStretch &= t.get(i).kind() != Tokens.Kind.SIGN;
      }
      if (!sameStretch) {
        continue;
      }
      int next = than[1];
      boolean ally = entities.stream().anyMatch(e -> e.from() >= next && e.from() <= next + 1);
      boolean everyOther = false;
      for (String others : List.of("anyOther", "allOthers", Cue.NO_OTHER.key)) {
        everyOther |= found.getOrDefault(others, List.of()).stream().anyMatch(o -> o[0] == next);
      }
      if (ally || everyOther) {
        return true;
      }
    }
    return false;
  }
}
