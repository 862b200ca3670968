package org.burdenshare.core.claims;

import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;

/** Whose a figure compared with is, where the sentence names another after it. */
final class ComparedSubject {
  private ComparedSubject() {}

  /**
   * The country or group a figure compared with is said of, named after it: "$968 billion, compared
   * with $380 billion for European allies" (the same year, another subject). Null when none is.
   */
  static Entity of(Mentions m, Amount a) {
    if (!m.has("previous", Math.max(0, a.from() - 3), a.from())
        || !m.has("forWhom", a.to(), Math.min(a.to() + 1, m.tokens().size()))) {
      return null;
    }
    for (Entity e : m.entities()) {
      // "for European allies", "for the European allies"
      if (e.from() == a.to() + 1 || e.from() == a.to() + 2) {
        return e;
      }
    }
    return null;
  }
}
