package org.burdenshare.core.claims;

import org.burdenshare.core.claims.ClaimComposer.Context;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Mentions.YearMention;

/**
 * What a sentence of an article leaves to the next: the country "it" points to, whether the article
 * speaks of shares of GDP, and the year it wrote.
 */
final class CarriedContext {
  private CarriedContext() {}

  /** The context the next sentence of an article inherits from this one. */
  static Context next(Mentions m) {
    String subject = carriedSubject(m);
    Integer year = null;
    for (YearMention y : m.years()) {
      if (YearRoles.datesFigures(m, y)) {
        year = y.year();
      }
    }
    return new Context(subject, m.context().gdp() || m.has("gdp"), year);
  }

  /**
   * The country the next sentence's "it" points to: the first country the sentence names that no
   * preposition introduces ("Germany, long criticised by Washington, will reach 2.1 %": Germany);
   * the one before, when the sentence speaks of it ("It is followed by Estonia …"); else the last
   * country named, else the one carried so far.
   */
  private static String carriedSubject(Mentions m) {
    String last = m.context().subject();
    for (Entity e : m.entities()) {
      if (!Anchors.isCountry(e.group()) || dateline(m, e)) {
        continue;
      }
      if (m.context().subject() != null && m.has("anaphor", 0, e.from())) {
        return m.context().subject();
      }
      boolean introduced = e.from() > 0 && m.has("preposition", e.from() - 1, e.from());
      if (!introduced) {
        return e.group();
      }
      last = e.group();
    }
    return last;
  }

  /**
   * Whether a place opens a dateline ("WASHINGTON, July 1, 2024 — …", "BERLIN (dpa) -"): where the
   * story was written, not what it is about. A dateline is the place, a date or an agency, then a
   * dash, within its first words.
   */
  private static boolean dateline(Mentions m, Entity e) {
    if (e.from() != 0) {
      return false;
    }
    int end = Math.min(e.to() + DATELINE_WORDS, m.tokens().size());
    for (int i = e.to(); i < end; i++) {
      String text = m.tokens().get(i).text();
      if (text.equals("—") || text.equals("–") || text.equals("-")) {
        return i > e.to();
      }
    }
    return false;
  }

  /** How many tokens may stand between a dateline's place and its dash: ", July 1, 2024". */
  private static final int DATELINE_WORDS = 8;
}
