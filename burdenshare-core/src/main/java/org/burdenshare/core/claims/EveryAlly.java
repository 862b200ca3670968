package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.ClaimValues.add;
import static org.burdenshare.core.claims.ClaimValues.claim;
import static org.burdenshare.core.claims.ClaimValues.figure;
import static org.burdenshare.core.claims.ClaimValues.number;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.burdenshare.core.claims.ClaimComposer.Composed;
import org.burdenshare.core.claims.Mentions.Amount;

/**
 * The whole alliance at a guideline: "All allies now meet the 2 % guideline" says that none is
 * below it, "Not every ally meets the target" that some are. A count with no number in it, stated
 * of every member ({@code everyAlly}: "every ally", "alle Verbündeten", "tous les alliés").
 */
final class EveryAlly {
  private EveryAlly() {}

  /** How far after "all allies" the verb of meeting (or falling short) may stand. */
  private static final int VERB_REACH = 6;

  /** How far before "all allies" the verb of meeting may stand: "erreichen in diesem Jahr alle". */
  private static final int VERB_BEFORE = 5;

  static void read(
      Mentions m, LocalDate date, Amount threshold, Set<Amount> used, List<Composed> out) {
    for (int[] every : m.cues().getOrDefault("everyAlly", List.of())) {
      int end = Math.min(m.clauseEnd(every[0]), every[1] + VERB_REACH);
      int clauseStart = m.clauseStart(every[0]);
      // "Erstmals erreichen alle Nato-Staaten das Ziel", "Dit jaar halen alle bondgenoten de
      // norm": the verb may stand before the subject, where the sentence opens with something else
      boolean meetBefore =
          m.has("meet", Math.max(clauseStart, every[0] - VERB_BEFORE), every[0])
              && !m.has("below", Math.max(clauseStart, every[0] - VERB_BEFORE), every[0]);
      boolean meet = m.has("meet", every[1], end) || meetBefore;
      boolean below = m.has("below", every[1], end);
      // "all allies must reach 2 %", "all allies pledged to", "Bis 2030 sollen alle Nato-Staaten
      // das Ziel erreichen": a demand or a plan, not a count
      if (meet == below || m.has("plan", clauseStart, end) || m.has("demand", clauseStart, end)) {
        continue;
      }
      if (threshold == null && !m.has("guideline", every[1], m.clauseEnd(every[0]))) {
        continue;
      }
      // "not every ally meets it", "all allies do not meet it": some are below
      boolean negated =
          m.has("negation", clauseStart, every[0]) || m.has("negation", every[1], end);
      int year = Anchors.year(m, every[1], date);
      BigDecimal t = threshold == null ? GuidelineReadings.UNSTATED_GUIDELINE : threshold.value();
      // "all allies fall short of it": none reaches it
      Op otherSide = below ? Op.GE : Op.LT;
      Claim claim =
          claim(
              new Value.Count(figure("share_of_gdp", "NATO", year), otherSide, t),
              negated ? Op.GT : Op.EQ,
              number(0));
      if (threshold != null) {
        used.add(threshold);
      }
      add(out, claim, Map.of(), "every ally at the guideline: none on the other side of it");
      return;
    }
  }
}
