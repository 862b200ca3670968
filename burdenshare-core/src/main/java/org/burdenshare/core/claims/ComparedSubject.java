package org.burdenshare.core.claims;

import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;

/**
 * Whose a figure is where the sentence gives it to another than its subject: one named after a
 * figure compared with ("… for Germany"), or the possessor of the spending it amounts to ("the
 * alliance's total spending of $1.47 trillion").
 */
final class ComparedSubject {
  private ComparedSubject() {}

  /**
   * The country or group a figure compared with is said of, named after it: "$968 billion, compared
   * with $380 billion for European allies" (the same year, another subject). Null when none is.
   */
  static Entity of(Mentions m, Amount a) {
    if (!m.has("previous", Math.max(0, a.from() - Reach.COMPARED_BEFORE), a.from())
        || !m.has("forWhom", a.to(), Math.min(a.to() + 1, m.tokens().size()))) {
      return null;
    }
    for (Entity e : m.entities()) {
      // "for European allies", "for the European allies": the word for "for", an article
      if (e.from() > a.to() && e.from() <= a.to() + 2) {
        return e;
      }
    }
    return null;
  }

  /**
   * The possessor of a sum said as "the alliance's total defence spending of $1.47 trillion": the
   * one whose spending it is, though another stands before as the sentence's subject. Null when the
   * sum is not so said.
   */
  static Entity possessor(Mentions m, Amount a) {
    for (int[] of : m.cues().getOrDefault("spendingOf", java.util.List.of())) {
      // "spending of $1.47 trillion", "spending of roughly $1.47 trillion"
      if (of[1] > a.from() || a.from() - of[1] > 1) {
        continue;
      }
      for (Entity e : m.entities()) {
        if (e.to() <= of[0]
            && of[0] - e.to() <= Reach.POSSESSED_BEFORE
            && e.possessive(m.tokens())) {
          return e;
        }
      }
    }
    return null;
  }

  /**
   * The whole a share is of, when the sentence gives it as a sum: "66 % of the $1.47 trillion NATO
   * members spent" is the spending of those named after it (the alliance when none is), not of the
   * one whose share it is. Null when the sum is not so said.
   */
  static Entity whole(Mentions m, Amount a) {
    if (a.unit() != Mentions.Unit.MONEY
        || a.from() == 0
        || !m.has("outOf", Math.max(0, a.from() - 2), a.from())) {
      return null;
    }
    boolean shareBefore =
        m.amounts().stream()
            .anyMatch(
                p ->
                    p.unit() == Mentions.Unit.PERCENT
                        && p.to() < a.from()
                        && a.from() - p.to() <= WHOLE_AFTER_SHARE);
    if (!shareBefore) {
      return null;
    }
    for (Entity e : m.entities()) {
      if (e.from() >= a.to() && e.from() <= a.to() + 2) {
        return e;
      }
    }
    return new Entity(a.from(), a.to(), "NATO");
  }

  /** How far after a share of a whole the whole may stand: "66 % of the $1.47 trillion". */
  private static final int WHOLE_AFTER_SHARE = 3;
}
