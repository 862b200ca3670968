package org.burdenshare.core.claims;

import java.util.List;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Tokens.Kind;
import org.burdenshare.core.claims.Tokens.Token;

/** The European allies named beside Canada: one group, however the language names either. */
final class CanadaBeside {
  private CanadaBeside() {}

  /**
   * NATO's European members named beside Canada ("European allies and Canada", "les alliés
   * européens et du Canada", "Kanada und die europäischen Verbündeten") are the group NATO prints a
   * row for: one entity, whatever name the language gives either and whatever joins them (at most
   * {@link #CANADA_JOINED} short words: "and", "et du", "e il", "oraz").
   */
  static void join(List<Token> t, List<Entity> entities) {
    for (int k = 0; k + 1 < entities.size(); k++) {
      Entity a = entities.get(k);
      Entity b = entities.get(k + 1);
      boolean pair =
          a.group().equals("NATO_EUROPE") && b.group().equals("CAN")
              || a.group().equals("CAN") && b.group().equals("NATO_EUROPE");
      if (pair && shortlyJoined(t, a.to(), b.from())) {
        entities.set(k, new Entity(a.from(), b.to(), "NATO_EUROPE_CANADA"));
        entities.remove(k + 1);
      }
    }
  }

  /** How many short words may join the European allies and Canada into one group. */
  private static final int CANADA_JOINED = 2;

  /** Whether tokens [from, to) are one to {@link #CANADA_JOINED} words of a few letters. */
  private static boolean shortlyJoined(List<Token> t, int from, int to) {
    if (to <= from || to - from > CANADA_JOINED) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (t.get(i).kind() != Kind.WORD || t.get(i).text().length() > 4) {
        return false;
      }
    }
    return true;
  }
}
