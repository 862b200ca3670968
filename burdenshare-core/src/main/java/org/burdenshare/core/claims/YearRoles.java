package org.burdenshare.core.claims;

import java.time.LocalDate;
import java.util.List;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.YearMention;
import org.burdenshare.core.claims.Tokens.Token;

/**
 * The parts a year written in a sentence plays besides dating the figure beside it: the year a
 * figure is compared with ("up from 1.9 % in 2014"), the date of an event ("joined in 2004"), the
 * year of another figure's plan ("aims to reach 3.5 % by 2029"), the owner of one figure ("last
 * year's 3.8 %"). {@link Anchors} skips a year in such a part when it looks for a figure's own.
 */
final class YearRoles {
  private YearRoles() {}

  /**
   * Whether a year after a number belongs to what the number is compared with: "4.1 %, up from 1.9
   * % in 2014" speaks of 2014 only for the second figure.
   */
  static boolean comparedWith(Mentions m, int at, YearMention y) {
    if (y.at() > at && m.has("previous", at + 1, y.at())) {
      return true;
    }
    // "has risen to 23 from three in 2014", "stieg von 1,19 Prozent im Jahr 2014 auf 2,12
    // Prozent": the year is the figure's after "from", not the one after "to"
    for (Amount b : m.amounts()) {
      if (b.from() != at
          && b.to() <= y.at()
          && y.at() - b.to() <= Reach.OWN_TIME_AFTER
          && m.has("from", b.from() - 1, b.from())
          && m.has("toLevel", Math.max(0, at - 1), at)) {
        return true;
      }
    }
    return false;
  }

  /** How far before a year a "previous" cue makes it a year compared with ("up from three in"). */
  static final int COMPARED_WINDOW = 6;

  /**
   * Whether a year dates the figures of its sentence, so that the next sentence may speak of it
   * too: not a baseline ("since 2014"), a year compared with ("up from three in 2014"), or the date
   * of an event ("joined in 2004").
   */
  static boolean datesFigures(Mentions m, YearMention y) {
    return !y.relative()
        && !y.since()
        && !joinedIn(m, y)
        && !m.has("previous", Math.max(0, y.at() - COMPARED_WINDOW), y.at());
  }

  /**
   * Whether a year dates an event rather than figures: when an ally joined ("Slovakia, a member
   * since it joined in 2004, spends …") or when a target was agreed ("the 2 % target, set in 2014
   * in Wales").
   */
  static boolean joinedIn(Mentions m, YearMention y) {
    int from = Math.max(0, y.at() - Reach.EVENT_VERB_BESIDE);
    // German and Dutch put the participle after the year: "das 2014 beschlossene Ziel"
    int to = Math.min(m.tokens().size(), y.at() + Reach.EVENT_VERB_BESIDE);
    return m.has("joined", from, y.at())
        || m.has("agreed", from, y.at())
        || m.has("agreedAfter", y.at() + 1, to);
  }

  /**
   * Whether a year after the claim's is the year of another figure, one nearer to it: in "Germany
   * spends 2.1 % of GDP and aims to reach 3.5 % by 2029" the target year is the plan's, not the
   * year of what Germany spends now: a figure of the year's own clause stands between them, or
   * right after the year ("bis 2029 3,5 Prozent"). A year already past is shared by a list of
   * figures ("Poland spent 4.1 % and Estonia 3.4 % in 2024"); a year to come is not a year any
   * figure spent is about.
   */
  static boolean anotherFiguresFuture(Mentions m, int at, int end, YearMention y, LocalDate date) {
    int year = y.relative() ? date.getYear() + y.year() : y.year();
    if (year <= date.getYear() || m.has("plan", m.clauseStart(at), at)) {
      return false; // "aims to spend 5 % next year": the figure is the plan's
    }
    if (m.clauseOf(y.at()) != m.clauseOf(at)
        && m.has("present", m.clauseStart(at), m.clauseEnd(at))) {
      return true; // "…, compared with 4.1 % now": the figure's own clause gives its time
    }
    if (m.amounts().stream().noneMatch(a -> a.from() == at)) {
      return false; // not a figure's year that is asked ("will meet the 2 % target in 2025")
    }
    for (Amount b : m.amounts()) {
      boolean between = at < b.from() && b.to() <= y.at() || y.at() < b.from() && b.to() <= at;
      boolean rightBefore = y.at() < b.from() && b.from() - y.at() <= YEAR_BEFORE_FIGURE;
      if (b.from() != at
          && (b.unit() != Mentions.Unit.BARE || b.value().scale() > 0)
          && m.clauseOf(b.from()) == m.clauseOf(y.at())
          && (between || rightBefore)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The figure a year owns as a possessor ("last year's 3.8 %", "2014's 1.9 %", "this year's $968
   * billion"): that figure's year, and no other figure's. Null when the year is no possessor.
   */
  static Amount figureOwned(Mentions m, YearMention y) {
    List<Token> t = m.tokens();
    if (y.end() >= t.size() || !t.get(y.end()).is(Tokens.POSSESSIVE)) {
      return null;
    }
    for (Amount a : m.amounts()) {
      if (a.from() > y.end() && a.from() <= y.end() + Reach.OWNED_FIGURE) {
        return a;
      }
    }
    return null;
  }

  /** How many tokens before its figure a year may stand and be that figure's: "by 2029, 3.5 %". */
  static final int YEAR_BEFORE_FIGURE = 2;

  /**
   * Whether the words for "compared with" end right before a year ("compared with 2014") or hold it
   * ("im Vergleich zum Vorjahr"): a phrase of them, never a lone preposition ("from", "on", "zum"),
   * which also stands before a figure's own year.
   */
  static boolean comparedBefore(Mentions m, YearMention y) {
    for (String role : List.of("previous", "versus")) {
      for (int[] span : m.cues().getOrDefault(role, List.of())) {
        boolean phrase = role.equals("previous") || span[1] - span[0] > 1;
        if (phrase && span[0] < y.at() && span[1] >= y.at()) {
          return true;
        }
      }
    }
    return false;
  }
}
