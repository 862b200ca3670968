package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.Anchors.isCountry;
import static org.burdenshare.core.claims.Anchors.subjectBefore;
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

/**
 * One ally at a guideline: "Germany meets the 2 % target this year", "Spanien verfehlt das
 * Zwei-Prozent-Ziel", "l'Italie n'atteint pas l'objectif de 2 %" — its share of GDP at or above the
 * guideline, or below it. The guideline is a percentage the sentence names as one, or a word that
 * names the 2 % guideline by itself (the language's {@code twoPercent}: "Zwei-Prozent-Ziel"). A
 * target for a later year, or one the sentence speaks of as a plan, is not judged.
 */
final class GuidelineReadings {
  private GuidelineReadings() {}

  /**
   * The guideline a sentence means when it names one without its figure ("the target", "the
   * two-percent goal"): 2 % of GDP, Wales 2014 (the judge counts with the engine's own check).
   */
  static final BigDecimal UNSTATED_GUIDELINE = BigDecimal.valueOf(2);

  /**
   * How far from the verb ("meets", "verfehlt") the guideline may stand in its clause: time words
   * may come between ("haalt dit jaar voor het eerst de NAVO-norm van 2 procent").
   */
  private static final int REACH = 12;

  static void met(Mentions m, LocalDate date, Amount threshold, List<Composed> out) {
    for (String cue : List.of("below", "meet")) {
      for (int[] verb : m.cues().getOrDefault(cue, List.of())) {
        if (cue.equals("meet")
            && (m.has("below", Math.max(0, verb[0] - Reach.SHORT_BEFORE_VERB), verb[1])
                || m.has("shortfall", m.clauseStart(verb[0]), verb[0]))) {
          // "do not meet", "yet to reach", "$12 billion short of reaching": a shortfall's verb
          continue;
        }
        int start = m.clauseStart(verb[0]);
        int end = Math.min(m.clauseEnd(verb[0]), verb[1] + REACH);
        Value.Literal level = guideline(m, threshold, start, end);
        if (level == null) {
          continue;
        }
        Entity subject = subjectBefore(m, verb[0], true);
        if (subject == null) {
          // German and Dutch put the subject after the verb: "Damit erreicht Deutschland …"
          for (Entity e : m.entities()) {
            if (e.from() >= verb[1] && e.from() < end && isCountry(e.group())) {
              subject = e;
              break;
            }
          }
        }
        // "if Spain met …", "Trump urged Germany to meet …": supposed or demanded, not stated
        // "the Baltic states meet the target": each of them (the judge asks it of each member);
        // "meeting 2 % would cost Spain $17 billion": the money short of it, read as a gap
        if (subject == null
            || cue.equals("meet") && shortOfItInMoney(m)
            || !(isCountry(subject.group()) || Anchors.namedFew(subject.group()))
            || m.has("conditional", 0, end)
            || m.has("demand", 0, verb[1])) {
          continue;
        }
        int year = Anchors.year(m, verb[0], verb[1], date);
        if (year > date.getYear() || year >= date.getYear() && planned(m, end)) {
          continue; // "will meet the target by 2030", "pledged to reach 2 %"
        }
        // "n'atteint pas", "haalt de norm niet", "erreicht das Ziel nicht": the negation may stand
        // after the guideline, at the end of the clause
        boolean below = cue.equals("below") || m.has("negation", start, m.clauseEnd(verb[0]));
        // "Italien, Spanien und Belgien liegen unter der Zwei-Prozent-Marke": each of a list
        for (String ally : ListReadings.listAround(m, subject, verb[0])) {
          add(
              out,
              claim(figure("share_of_gdp", ally, year), below ? Op.LT : Op.GE, level),
              Map.of(),
              below ? "a share of GDP below the guideline" : "a share of GDP at the guideline");
        }
        return;
      }
    }
  }

  /** Whether the sentence states a sum of money short of a guideline ("would cost $13 billion"). */
  private static boolean shortOfItInMoney(Mentions m) {
    return m.amounts().stream()
        .anyMatch(
            a ->
                a.unit() == Mentions.Unit.MONEY
                    && m.has(Cue.SHORTFALL.key, m.clauseStart(a.from()), m.clauseEnd(a.from())));
  }

  /**
   * Whether the words before a token speak of a plan or a demand ("pledged to", "urged … to"),
   * other than the words that name the guideline itself ("the target of 2 %", "l'objectif de").
   */
  private static boolean planned(Mentions m, int end) {
    for (int[] p : m.cues().getOrDefault("plan", List.of())) {
      if (p[0] >= end) {
        break;
      }
      if (!m.has("guideline", p[0], p[1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The guideline named in tokens [start, end), as a percentage: the sentence's guideline amount,
   * or 2 for a word that names the 2 % guideline; null when none stands there.
   */
  private static Value.Literal guideline(Mentions m, Amount threshold, int start, int end) {
    // a percentage after a verb of spending ("destinan más del 3 %") is a level, not a guideline:
    // the clause must call it one
    if (threshold != null
        && threshold.from() >= start
        && threshold.from() < end
        && (m.has("guideline", start, end) || CountReadings.belowTheGuideline(m, threshold))) {
      return ClaimValues.percent(threshold.value());
    }
    return m.has("twoPercent", start, end) ? ClaimValues.percent(UNSTATED_GUIDELINE) : null;
  }
}
