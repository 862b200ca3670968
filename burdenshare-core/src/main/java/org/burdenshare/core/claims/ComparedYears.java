package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.YearRoles.comparedBefore;

import java.time.LocalDate;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.YearMention;

/**
 * The year a change is compared with, where the sentence names it beside the figure rather than
 * after "since": "up 18 % on last year", "compared with 2014, 60 % higher", "96 % more than in
 * 2014".
 */
final class ComparedYears {
  private ComparedYears() {}

  /**
   * The comparative right after a figure: 1 for "more", "higher" ("96 % more"), -1 for "less",
   * "lower", 0 when none stands there.
   */
  static int comparative(Mentions m, Amount a) {
    int next = Math.min(a.to() + 1, m.tokens().size());
    return m.has(Cue.MORE.key, a.to(), next) ? 1 : m.has(Cue.LESS.key, a.to(), next) ? -1 : 0;
  }

  /** Whether a year ends a span a baseline opens: the 2024 of "from 2014 to 2024". */
  private static boolean closesSpan(Mentions m, YearMention y) {
    return m.years().stream()
        .anyMatch(b -> b.since() && b.at() < y.at() && y.at() - b.at() <= Reach.YEAR_SPAN);
  }

  /** How far after a change the year it is compared with may stand: "up 18 % on last year". */
  static final int COMPARED_YEAR_REACH = 5;

  /**
   * The year a change is compared with, named after a word of comparison right after it: "up 18 %
   * on last year", "um 12 Prozent gegenüber dem Vorjahr", "del 12 % rispetto al 2023". Null when
   * there is none.
   */
  static Integer yearComparedWith(Mentions m, Amount a, LocalDate date) {
    int end = Math.min(m.clauseEnd(a.from()), a.to() + COMPARED_YEAR_REACH);
    for (YearMention y : m.years()) {
      if (y.at() >= a.to()
          && y.at() < end
          && !y.since()
          && !closesSpan(m, y)
          && m.has("versus", Math.max(a.to(), y.at() - Reach.GOVERNING_BEFORE), y.at())) {
        return Anchors.valueOf(y, date);
      }
    }
    // "96 % more than in 2014", "29 % more than it did last year": a comparative right after the
    // figure, and the year after "than" in its clause
    if (comparative(m, a) != 0) {
      for (YearMention y : m.years()) {
        if (y.at() >= a.to()
            && m.clauseOf(y.at()) == m.clauseOf(a.from())
            && m.has(Cue.THAN.key, a.to(), y.at())) {
          return Anchors.valueOf(y, date);
        }
      }
    }
    // "Compared with 2014, …", "Im Vergleich zu 2014 …": the year right after the words for
    // "compared with" before the figure, with no figure between
    for (YearMention y : m.years()) {
      if (y.at() < a.from() && !y.since() && comparedBefore(m, y)) {
        boolean figureBetween =
            m.amounts().stream().anyMatch(b -> b.from() > y.at() && b.from() < a.from());
        if (!figureBetween) {
          return Anchors.valueOf(y, date);
        }
      }
    }
    return null;
  }
}
