package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.Anchors.isCountry;
import static org.burdenshare.core.claims.ClaimValues.add;
import static org.burdenshare.core.claims.ClaimValues.claim;
import static org.burdenshare.core.claims.ClaimValues.figure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimComposer.Composed;
import org.burdenshare.core.claims.Mentions.Entity;

/**
 * An ally that came closer to a guideline, or did not: "Deutschland kam dem Zwei-Prozent-Ziel
 * näher", "l'Italie ne s'est pas rapprochée de l'objectif", "Polska zbliżyła się do progu 2 proc."
 * (the language's {@code closer} words, with a guideline in the clause). An ally short of the
 * guideline comes closer when its share of GDP rises: read as the year's share of GDP against the
 * year before's, higher, or, with a negation, not higher.
 */
final class CloserReadings {
  private CloserReadings() {}

  static void closer(Mentions m, LocalDate date, List<Composed> out) {
    for (int[] span : m.cues().getOrDefault(Cue.CLOSER.key, List.of())) {
      int start = m.clauseStart(span[0]);
      int end = m.clauseEnd(span[0]);
      boolean guideline =
          m.has("twoPercent", start, end)
              || m.has("guideline", start, end)
              || m.amounts().stream()
                  .anyMatch(a -> a.from() >= start && a.to() <= end && CountReadings.named(m, a));
      if (!guideline
          || m.has("plan", 0, span[0])
          || m.has("demand", 0, span[0])
          || m.has("conditional", 0, end)) {
        continue; // closer to what? or a closer that is wished, not stated
      }
      List<String> allies = new ArrayList<>();
      for (Entity e : m.entities()) {
        if (e.from() >= start && e.to() <= span[0] && isCountry(e.group())) {
          allies.add(e.group());
        }
      }
      if (allies.isEmpty()) {
        continue;
      }
      int year = Anchors.year(m, span[0], date);
      if (year > date.getYear()) {
        continue;
      }
      boolean not = m.has("negation", start, end);
      for (String ally : allies.stream().distinct().toList()) {
        add(
            out,
            claim(
                figure("share_of_gdp", ally, year),
                not ? Op.LE : Op.GT,
                figure("share_of_gdp", ally, year - 1)),
            Map.of(),
            not ? "no closer to the guideline than the year before" : "closer to the guideline");
      }
      return;
    }
  }
}
