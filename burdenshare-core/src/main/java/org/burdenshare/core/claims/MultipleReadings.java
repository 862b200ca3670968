package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.Anchors.subjectBefore;
import static org.burdenshare.core.claims.ClaimValues.add;
import static org.burdenshare.core.claims.ClaimValues.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimComposer.Composed;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Mentions.YearMention;

/**
 * Spending that doubled, tripled or quadrupled over a span of years: "Germany has doubled its
 * defence spending since 2014", "Polen hat seine Verteidigungsausgaben zwischen 2014 und 2024
 * verdreifacht". A change over time is in real terms (constant prices, RULES.md), from the year
 * counted from to the year the sentence speaks of (the second year written, or, after "since", the
 * claim's year); a share of GDP that doubled is its own change ("Poland's share of GDP spent on
 * defence has doubled since 2014"). The multiple is a whole number, so it holds when the ratio
 * rounds to it — a change within 50 percentage points of +100 % (or +200 %) — and "more than
 * doubled" is a ratio above two.
 */
final class MultipleReadings {
  private MultipleReadings() {}

  /**
   * How far a change may be from the multiple's and still round to it: 50 percentage points (a
   * doubling is +100 %, and a ratio from 1.5 to 2.5 rounds to two).
   */
  private static final Claim.Tolerance ROUNDS_TO_THE_MULTIPLE =
      new Claim.Tolerance(BigDecimal.valueOf(50), false);

  static void multiples(Mentions m, LocalDate date, List<Composed> out) {
    read(m, date, Cue.DOUBLED.key, 2, out);
    read(m, date, Cue.TRIPLED.key, 3, out);
    read(m, date, Cue.QUADRUPLED.key, 4, out);
  }

  private static void read(Mentions m, LocalDate date, String cue, int factor, List<Composed> out) {
    for (int[] run : m.cues().getOrDefault(cue, List.of())) {
      int start = m.clauseStart(run[0]);
      int end = m.clauseEnd(run[0]);
      // of spending in real terms, or of the share of GDP where the clause names it and states
      // no share it rose to ("doubled to 4 % of GDP" is a level, read as one)
      if (!m.has("spender", start, end) && !m.has("gdp", start, end)) {
        continue;
      }
      boolean ofShare = m.has("gdp", start, end);
      if (ofShare && percentIn(m, start, end)) {
        continue;
      }
      String indicator = ofShare ? "share_of_gdp" : "defence_exp_constant_usd";
      Entity subject = subjectBefore(m, run[0], false);
      if (subject == null) {
        continue;
      }
      Integer since = null;
      Integer first = null;
      Integer last = null;
      for (YearMention y : m.years()) {
        if (y.at() < start || y.at() >= end) {
          continue;
        }
        if (y.relative()) {
          // "in den vergangenen zwei Jahren verdoppelt": counted from as many years back
          since = y.since() ? date.getYear() + y.year() : since;
          continue;
        }
        // "seit 2014", and "gegenüber 2014", "par rapport à 2014": the year counted from
        if (y.since() || comparedWith(m, y)) {
          since = y.year();
        }
        first = first == null ? y.year() : Math.min(first, y.year());
        last = last == null ? y.year() : Math.max(last, y.year());
      }
      // counted from the year after "since", or the first of two; to the other, or the claim's year
      int base;
      int to;
      if (since != null) {
        base = since;
        to = last != null && last > since ? last : date.getYear();
      } else if (first != null && last > first) {
        base = first;
        to = last;
      } else {
        continue; // doubled since when? nothing to count from
      }
      if (to <= base) {
        continue;
      }
      boolean more = m.has("more", Math.max(start, run[0] - Reach.MORE_BEFORE_MULTIPLE), run[0]);
      int percent = 100 * (factor - 1);
      // "more than doubled" is a ratio above two; "doubled" one that rounds to two
      add(
          out,
          new Claim(
              new Value.Change(figure(indicator, subject.group(), to), base),
              more ? Op.GT : Op.EQ,
              ClaimValues.percent(BigDecimal.valueOf(percent)),
              more ? null : ROUNDS_TO_THE_MULTIPLE),
          Map.of(),
          (more ? "more than " : "")
              + MULTIPLES.get(factor - 2)
              + (ofShare ? " as a share of GDP from " : " in real terms from ")
              + base
              + " to "
              + to);
      return;
    }
  }

  /** Whether a percentage stands in tokens [from, to). */
  private static boolean percentIn(Mentions m, int from, int to) {
    return m.amounts().stream()
        .anyMatch(a -> a.from() >= from && a.from() < to && a.unit() == Mentions.Unit.PERCENT);
  }

  /** What a multiple is called in the reasons given: by its factor, from two. */
  private static final List<String> MULTIPLES = List.of("doubled", "tripled", "quadrupled");

  /** Whether the words for "compared with" end right before a year ("im Vergleich zu 2014"). */
  private static boolean comparedWith(Mentions m, YearMention y) {
    return CueSpans.endingAt(m.cues(), Cue.PREVIOUS.key, y.at()) != null;
  }
}
