package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.CountReadings.MEMBERS_AFTER;
import static org.burdenshare.core.claims.CountReadings.MEMBER_WORD_AFTER;

import java.util.List;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Unit;
import org.burdenshare.core.claims.Tokens.Kind;
import org.burdenshare.core.claims.Tokens.Token;

/**
 * The size of the alliance a sentence states beside a count ("24 out of NATO's 32", "the 32-strong
 * club"): a number that is the membership, not a count of allies, and is checked as one.
 */
final class Membership {
  private Membership() {}

  /** How far before a count the words announcing it may begin: "a total of". */
  private static final int TOTAL_OF_BEFORE = 3;

  /** How far before a count the membership may be stated: "of the 31 allies, only 11 …". */
  static final int MEMBERSHIP_BEFORE = 8;

  /**
   * Whether a number is the size of the alliance rather than a count of allies: "of the 31 allies",
   * "out of NATO's 29 members", "the 32-strong club".
   */
  static boolean isMembership(Mentions m, Amount a) {
    // "a total of 23 allies": the "of" closes the words that announce a count, not "out of"
    if (m.has(Cue.TOTAL_OF.key, Math.max(0, a.from() - TOTAL_OF_BEFORE), a.from())) {
      return false;
    }
    for (int back = 1; back <= Reach.GOVERNING_BEFORE && a.from() - back >= 0; back++) {
      Token t = m.tokens().get(a.from() - back);
      if (m.has("outOf", a.from() - back, a.from() - back + 1)) {
        return true;
      }
      if (t.kind() != Kind.WORD) {
        break;
      }
    }
    // "the 32-strong club", "the 32-member alliance": the language's sizeOf words after a hyphen
    return a.to() + 1 < m.tokens().size()
        && m.tokens().get(a.to()).is("-")
        && m.has("sizeOf", a.to() + 1, a.to() + 2);
  }

  /** The membership in "N of (NATO's | the) M members" or "N out of M", if the sentence says it. */
  static Amount ofTheMembers(Mentions m, Amount a) {
    // the amounts are in the order of the sentence: only those near the count are looked at
    List<Amount> amounts = m.amounts();
    int at = m.indexOf(a);
    for (int k = at + 1;
        k < amounts.size() && amounts.get(k).from() <= a.to() + MEMBERS_AFTER;
        k++) {
      Amount b = amounts.get(k);
      // not "from three in 2014 to 23": a count of another year, the one the first rose to
      boolean laterCount =
          m.has("toLevel", a.to(), b.from())
              && m.years().stream().anyMatch(y -> y.at() >= a.to() && y.at() < b.from());
      if (b.from() > a.to() && b.unit() == Unit.BARE && membership(b) && !laterCount) {
        return b;
      }
    }
    // "of the 31 allies, only 11 …": the membership first, at most eight tokens before
    for (int k = at - 1; k >= 0 && a.from() - amounts.get(k).to() <= MEMBERSHIP_BEFORE; k--) {
      Amount b = amounts.get(k);
      if (b.to() <= a.from()
          && b.unit() == Unit.BARE
          && membership(b)
          && m.has("members", b.to(), Math.min(b.to() + MEMBER_WORD_AFTER, m.tokens().size()))) {
        return b;
      }
    }
    return null;
  }

  /** The alliance's size at its founding (1949): no membership stated is smaller. */
  static final int FOUNDERS = 12;

  /** A bound on the alliance's size that a count of allies never reaches (32 in 2024). */
  static final int MAX_MEMBERS = 40;

  /** Whether a whole number could be the alliance's size: 12 founders to 40. */
  static boolean membership(Amount b) {
    int v = b.value().intValue();
    return v >= FOUNDERS && v <= MAX_MEMBERS && b.value().scale() <= 0;
  }
}
