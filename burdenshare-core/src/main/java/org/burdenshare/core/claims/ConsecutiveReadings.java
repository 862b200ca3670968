package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.Anchors.isCountry;
import static org.burdenshare.core.claims.Anchors.subjectBefore;
import static org.burdenshare.core.claims.ClaimValues.add;
import static org.burdenshare.core.claims.ClaimValues.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimComposer.Composed;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Mentions.Ordinal;
import org.burdenshare.core.claims.Mentions.Unit;

/**
 * A rise or fall kept up for years: "European allies and Canada increased defence spending for the
 * tenth consecutive year", "zum zehnten Mal in Folge", "ten years in a row" — a change in real
 * terms (NATO's measure of changes over time) in the same direction in each of those years, up to
 * the year the sentence speaks of.
 */
final class ConsecutiveReadings {
  private ConsecutiveReadings() {}

  /** The longest run read: NATO's tables reach back about a dozen years. */
  private static final int MAX_YEARS = 12;

  /** How far before the words for "in a row" the count of years may stand ("tenth time in"). */
  private static final int COUNT_REACH = 3;

  static void consecutive(Mentions m, LocalDate date, List<Composed> out) {
    for (int[] run : m.cues().getOrDefault("consecutive", List.of())) {
      int at = -1;
      int years = 0;
      for (Ordinal o : m.ordinals()) {
        if (o.end() <= run[0] && o.end() >= run[0] - COUNT_REACH) {
          at = o.at();
          years = o.place();
        }
      }
      for (Amount a : m.amounts()) {
        if (at < 0
            && a.unit() == Unit.BARE
            && a.value().scale() <= 0
            && a.to() <= run[0]
            && a.to() >= run[0] - COUNT_REACH) {
          at = a.from();
          years = a.value().intValue();
        }
      }
      int start = m.clauseStart(run[0]);
      int end = m.clauseEnd(run[0]);
      boolean up = m.has("up", start, end);
      boolean down = m.has("down", start, end);
      // of spending, not of its share of GDP (a ratio that moves with the economy too)
      if (at < 0
          || years < 2
          || years > MAX_YEARS
          || up == down
          || !m.has("spender", start, end)
          || m.has("gdp", start, end)) {
        continue;
      }
      Entity subject = subjectBefore(m, at, false);
      if (subject == null) {
        continue;
      }
      add(out, eachYear(subject, Anchors.year(m, at, date), years, up), Map.of(), why(up, years));
      return;
    }
    everyYearSince(m, date, out);
  }

  /**
   * "has risen every year since 2015", "Jahr für Jahr seit 2015": a rise (or fall) in each year
   * after the one "since" names, up to the year the sentence speaks of.
   */
  private static void everyYearSince(Mentions m, LocalDate date, List<Composed> out) {
    for (int[] every : m.cues().getOrDefault("everyYear", List.of())) {
      int start = m.clauseStart(every[0]);
      int end = m.clauseEnd(every[0]);
      boolean up = m.has("up", start, end);
      boolean down = m.has("down", start, end);
      if (up == down || !m.has("spender", start, end) || m.has("gdp", start, end)) {
        continue;
      }
      for (Mentions.YearMention since : m.years()) {
        int years = date.getYear() - since.year();
        if (!since.since()
            || since.at() < start
            || since.at() >= end
            || years < 2
            || years > MAX_YEARS) {
          continue;
        }
        Entity subject = subjectBefore(m, end, false);
        if (subject != null) {
          add(out, eachYear(subject, date.getYear(), years, up), Map.of(), why(up, years));
          return;
        }
      }
    }
  }

  /** A rise (or fall) in real terms in each of the {@code years} years up to {@code year}. */
  private static List<Claim> eachYear(Entity subject, int year, int years, boolean up) {
    List<Claim> claims = new ArrayList<>();
    for (int y = year; y > year - years; y--) {
      Value change =
          isCountry(subject.group())
              ? figure("real_change", subject.group(), y)
              : new Value.Change(figure("defence_exp_constant_usd", subject.group(), y), y - 1);
      claims.add(
          ClaimValues.claim(change, up ? Op.GT : Op.LT, ClaimValues.percent(BigDecimal.ZERO)));
    }
    return claims;
  }

  private static String why(boolean up, int years) {
    return (up ? "a rise" : "a fall") + " in real terms in each of " + years + " years in a row";
  }
}
