package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.ClaimValues.add;
import static org.burdenshare.core.claims.ClaimValues.claim;
import static org.burdenshare.core.claims.ClaimValues.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimComposer.Composed;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Mentions.Unit;
import org.burdenshare.core.claims.Mentions.YearMention;

/**
 * A rise or fall over a span without a figure: "Britain's defence spending fell in real terms
 * between 2014 and 2016", "Germany's spending has risen since 2014", "Der Anteil am BIP ist seit
 * 2014 gestiegen". Spending changes in real terms (RULES.md: changes over time are at constant
 * prices, unless the sentence says nominal); a share of GDP is compared year with year.
 */
final class DirectionReadings {
  private DirectionReadings() {}

  static void directions(Mentions m, LocalDate date, List<Composed> out) {
    for (YearMention base : m.years()) {
      if (!base.since() || base.relative()) {
        continue;
      }
      int start = m.clauseStart(base.at());
      int end = m.clauseEnd(base.at());
      Op op = direction(m, start, end);
      if (op == null
          || hasFigure(m, start, end)
          || m.has("members", start, end)
              && m.amounts().stream().anyMatch(a -> inside(a, start, end))) {
        continue;
      }
      Entity subject = Anchors.subjectBefore(m, Math.max(base.at(), verbAt(m, start, end)), false);
      if (subject == null) {
        subject = Anchors.carried(m, base.at());
      }
      if (subject == null) {
        continue;
      }
      int to = date.getYear();
      for (YearMention y : m.years()) {
        if (y != base && !y.relative() && y.at() > base.at() && y.at() < end) {
          to = y.year(); // "between 2014 and 2016": to the second year
        }
      }
      if (to <= base.year() || to > date.getYear()) {
        continue;
      }
      Claim direction;
      if (m.has("gdp", start, end)) {
        direction =
            claim(
                figure("share_of_gdp", subject.group(), to),
                op,
                figure("share_of_gdp", subject.group(), base.year()));
      } else {
        String indicator =
            m.has("nominal", start, end) ? "defence_exp_current_usd" : "defence_exp_constant_usd";
        direction =
            claim(
                new Value.Change(figure(indicator, subject.group(), to), base.year()),
                op,
                ClaimValues.percent(BigDecimal.ZERO));
      }
      add(
          out,
          direction,
          Map.of(),
          (op == Op.GT ? "a rise" : "a fall") + " over a span, without a figure");
      return;
    }
    inOneYear(m, date, out);
  }

  /**
   * A rise or fall in one year without a figure: "Italy's defence spending fell in real terms last
   * year", "2023 stiegen die Ausgaben Polens": NATO's real change of that year, above or below
   * zero; a share of GDP against the year before.
   */
  private static void inOneYear(Mentions m, LocalDate date, List<Composed> out) {
    List<YearMention> years = m.years().stream().filter(y -> !y.since()).toList();
    if (years.size() != 1 || m.years().size() != 1) {
      return; // no span, and no other year it could be compared with
    }
    YearMention only = years.get(0);
    int start = m.clauseStart(only.at());
    int end = m.clauseEnd(only.at());
    Op op = direction(m, start, end);
    // (a figure anywhere in the sentence is the change, read as such: "Spending fell last year,
    // in Portugal by 4 %")
    if (op == null
        || hasFigure(m, 0, m.tokens().size())
        || m.has("members", start, end)
        || m.has(Cue.EVERY_YEAR.key)
        // "fell short of the goal in 2019": short of a guideline, not a fall
        || m.has("below", start, end)
        || m.has("guideline", start, end)) {
      return;
    }
    // the subject before the first verb of change: "Germany and France raised …, with France
    // ahead", not an ally named after it
    int verb = firstVerbAt(m, start, end);
    Entity subject = Anchors.subjectBefore(m, verb, false);
    if (subject == null) {
      subject = Anchors.carried(m, only.at());
    }
    int year = only.relative() ? date.getYear() + only.year() : only.year();
    if (subject == null || year > date.getYear()) {
      return;
    }
    // "Germany, France and Italy all raised their spending in 2023": each of a list
    for (String ally : ListReadings.listAround(m, subject, verb)) {
      Claim direction =
          m.has("gdp", start, end)
              ? claim(
                  figure("share_of_gdp", ally, year), op, figure("share_of_gdp", ally, year - 1))
              : claim(figure("real_change", ally, year), op, ClaimValues.percent(BigDecimal.ZERO));
      add(
          out,
          direction,
          Map.of(),
          (op == Op.GT ? "a rise" : "a fall") + " in one year, without a figure");
    }
  }

  /**
   * Whether tokens [start, end) say spending rose (GT) or fell (LT), plainly: one direction, a word
   * of spending, no plan or demand. Null otherwise.
   */
  private static Op direction(Mentions m, int start, int end) {
    boolean up = m.has("up", start, end);
    boolean down = m.has("down", start, end);
    if (up == down
        || !spending(m, start, end)
        || m.has("plan", start, end)
        || m.has("demand", start, end)) {
      return null;
    }
    return up ? Op.GT : Op.LT;
  }

  /**
   * Whether tokens [start, end) name spending: a word of it other than the word for GDP, which the
   * lexicons count among them ("Il Pil italiano è cresciuto", "Das BIP ist gesunken": the economy
   * grew or shrank, not its defence spending), unless that word names defence too ("Nato-Quote").
   */
  private static boolean spending(Mentions m, int start, int end) {
    for (int[] span : m.cues().getOrDefault("spender", List.of())) {
      if (span[0] >= start
          && span[0] < end
          && (!m.has("gdp", span[0], span[1]) || m.has("defence", span[0], span[1]))) {
        return true;
      }
    }
    return false;
  }

  /** Where the first verb of rising or falling stands in tokens [start, end), or end. */
  private static int firstVerbAt(Mentions m, int start, int end) {
    int at = end;
    for (String cue : List.of("up", "down")) {
      for (int[] span : m.cues().getOrDefault(cue, List.of())) {
        if (span[0] >= start && span[0] < at) {
          at = span[0];
        }
      }
    }
    return at;
  }

  /** Where the verb of rising or falling stands in the clause ("Seit 2014 sind … gestiegen"). */
  private static int verbAt(Mentions m, int start, int end) {
    int at = start;
    for (String cue : List.of("up", "down")) {
      for (int[] span : m.cues().getOrDefault(cue, List.of())) {
        if (span[0] >= start && span[1] <= end) {
          at = Math.max(at, span[0]);
        }
      }
    }
    return at;
  }

  /** Whether a percentage or a sum stands in the clause: then it is the change, read as such. */
  private static boolean hasFigure(Mentions m, int start, int end) {
    for (Amount a : m.amounts()) {
      if (inside(a, start, end) && (a.unit() == Unit.PERCENT || a.unit() == Unit.MONEY)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(Amount a, int start, int end) {
    return a.from() >= start && a.to() <= end;
  }
}
