package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.Anchors.isCountry;
import static org.burdenshare.core.claims.Anchors.subjectBefore;
import static org.burdenshare.core.claims.Anchors.year;
import static org.burdenshare.core.claims.ClaimValues.add;
import static org.burdenshare.core.claims.ClaimValues.claim;
import static org.burdenshare.core.claims.ClaimValues.figure;
import static org.burdenshare.core.claims.RankedMeasure.rankIndicator;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.burdenshare.core.claims.ClaimComposer.Composed;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;

/**
 * One ally set against others: "Germany spends more on defence than France and the United Kingdom",
 * "Hungary spends less than Poland, Romania and Bulgaria" — a comparison of the same figure for
 * each pair, in the year the sentence speaks of. Only allies are compared here: a group after
 * "than" ("than all other allies combined") is a total, read elsewhere.
 */
final class ComparisonReadings {
  private ComparisonReadings() {}

  /**
   * How far after "than" the first ally may stand: "than other eastern European members Poland".
   */
  private static final int REACH = 5;

  static void comparisons(Mentions m, LocalDate date, List<Composed> out) {
    for (String dir : List.of("more", "less")) {
      for (int[] cmp : m.cues().getOrDefault(dir, List.of())) {
        int clause = m.clauseOf(cmp[0]);
        int than = -1;
        for (int[] t : m.cues().getOrDefault("than", List.of())) {
          if (t[0] >= cmp[1] && m.clauseOf(t[0]) == clause && than < 0) {
            than = t[1];
          }
        }
        if (than < 0 || m.has("anyOther", than, Math.min(than + 1, m.tokens().size()))) {
          continue; // "than any other ally (except …)": a place, read by PlaceReadings
        }
        Entity subject = subjectBefore(m, cmp[0], true);
        if (subject == null || !isCountry(subject.group())) {
          continue;
        }
        int start = m.clauseStart(cmp[0]);
        int end = m.clauseEnd(cmp[0]);
        // of spending, as a level: not a change ("rose more than"), not a number compared
        // ("more than 2 %", "5 % more than"), not a different quantity ("more troops than")
        if (!m.has("spender", start, end)
            || changeBesides(m, "up", start, end, cmp)
            || changeBesides(m, "down", start, end, cmp)
            || m.has("skip", start, end)
            || amountBetween(m, cmp[0] - Reach.NUMBER_BEFORE_COMPARATIVE, than + 1)) {
          continue;
        }
        String rest = allOthers(m, than, end, subject);
        if (rest != null) {
          // "more than all other allies combined": the ally against the total of the rest
          int year = year(m, cmp[0], date);
          add(
              out,
              claim(
                  new Value.Sum(figure("defence_exp_current_usd", subject.group(), year)),
                  dir.equals("more") ? Op.GT : Op.LT,
                  new Value.Sum(figure("defence_exp_current_usd", rest, year))),
              Map.of(),
              "one ally's spending against the rest of the alliance's together");
          return;
        }
        Set<String> others = new LinkedHashSet<>();
        List<Entity> entities = m.entities();
        for (int i = 0; i < entities.size(); i++) {
          Entity e = entities.get(i);
          if (e.from() < than || e.from() >= end) {
            continue;
          }
          if (!isCountry(e.group())) {
            // "than other European members Poland, Romania …": the group names the allies that
            // follow it; otherwise it is a total ("than the European allies combined")
            boolean namesTheList =
                i + 1 < entities.size()
                    && isCountry(entities.get(i + 1).group())
                    && entities.get(i + 1).from() <= e.to() + 1;
            if (namesTheList) {
              continue;
            }
            others.clear();
            break;
          }
          if (others.isEmpty() && e.from() > than + REACH) {
            break;
          }
          others.add(e.group());
        }
        others.remove(subject.group());
        if (others.isEmpty()) {
          continue;
        }
        String indicator = rankIndicator(m);
        // "more than France in absolute terms, but less as a share of GDP": the measure named in
        // the comparison's own clause, where a share of GDP is named only in another
        int from = m.clauseStart(cmp[0]);
        int to = m.clauseEnd(cmp[0]);
        if (indicator.equals("share_of_gdp")
            && m.has(Cue.BUDGET.key, from, to)
            && !m.has(Cue.GDP.key, from, to)) {
          indicator = "defence_exp_current_usd";
        }
        if (indicator.equals("real_change")) {
          // the comparative itself ("plus", "więcej") is what made it a change: it is a level
          indicator = "defence_exp_current_usd";
        }
        int year = year(m, cmp[0], date);
        Op op = dir.equals("more") ? Op.GT : Op.LT;
        for (String other : others) {
          add(
              out,
              claim(figure(indicator, subject.group(), year), op, figure(indicator, other, year)),
              Map.of(),
              "one ally's figure against another's");
        }
        return;
      }
    }
  }

  /** How far after "than" the words for "all the others" may begin: "than nearly all other". */
  private static final int OTHERS_REACH = 2;

  /** How far after "all other" the allies or the group they belong to are named. */
  private static final int OTHERS_NOUN_REACH = 3;

  /**
   * The rest of a group after "than", as a group expression ("NATO-USA"), when the language's words
   * for "all the others" ({@code allOthers}: "all other", "alle anderen", "tous les autres") stand
   * there followed by a word for allies or the group they belong to ("all other European allies":
   * the European allies but the subject); null otherwise. "All other 28 allies" states a count,
   * which the sentence shapes of the language check.
   */
  private static String allOthers(Mentions m, int than, int end, Entity subject) {
    for (int[] o : m.cues().getOrDefault("allOthers", List.of())) {
      if (o[0] < than || o[0] > than + OTHERS_REACH || o[0] >= end) {
        continue;
      }
      int to = Math.min(end, o[1] + OTHERS_NOUN_REACH);
      if (amountBetween(m, o[1], to)) {
        return null; // "all other 28 allies": a count stated, for the sentence shapes to check
      }
      for (Entity e : m.entities()) {
        if (e.from() >= o[1] && e.from() < to && !isCountry(e.group())) {
          return e.group() + "-" + subject.group();
        }
      }
      if (m.has("members", o[1], to)) {
        return "NATO-" + subject.group();
      }
    }
    return null;
  }

  /**
   * Whether a verb of change stands in [start, end) other than the comparative itself: German
   * "mehr" and French "plus" are also words of a rise.
   */
  private static boolean changeBesides(Mentions m, String cue, int start, int end, int[] cmp) {
    for (int[] sp : m.cues().getOrDefault(cue, List.of())) {
      if (sp[0] >= start && sp[0] < end && !(sp[0] < cmp[1] && sp[1] > cmp[0])) {
        return true;
      }
    }
    return false;
  }

  private static boolean amountBetween(Mentions m, int from, int to) {
    for (Amount a : m.amounts()) {
      // "een kleiner deel", "ein größerer Anteil": the article that is also the word for one
      boolean article = a.word() && a.value().compareTo(java.math.BigDecimal.ONE) == 0;
      if (a.from() >= from && a.from() < to && !article) {
        return true;
      }
    }
    return false;
  }
}
