package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.Anchors.isCountry;

import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Mentions.Unit;

/**
 * What a ranking a sentence speaks of ranks (spending, a share of GDP, per head, a change) and
 * among whom (NATO, or a group it names: "among European allies").
 */
final class RankedMeasure {
  private RankedMeasure() {}

  /**
   * The group a ranking is within: NATO, or a group the sentence names after "among" or the like
   * ("Among European allies, Germany spends the most"); null for a region NATO prints no ranking of
   * ("the biggest spender in Europe").
   */
  static String rankedWithin(Mentions m) {
    for (Entity e : m.entities()) {
      // "among European allies", "one of the European allies", "than any other European ally",
      // "of all European allies": the group a place is counted in
      boolean introduced =
          e.from() > 0
              && (m.has("oneOf", e.from() - 1, e.from())
                  || m.has("preposition", e.from() - 1, e.from())
                  || endsAt(m, "anyOther", e.from())
                  || endsAt(m, "each", e.from()));
      if (!isCountry(e.group()) && !e.group().equals("NATO") && introduced) {
        return e.group();
      }
    }
    return m.has("region") ? null : "NATO";
  }

  /** Whether a cue of the role ends right at a token: "any other" before "European ally". */
  private static boolean endsAt(Mentions m, String role, int at) {
    return CueSpans.endingAt(m.cues(), role, at) != null;
  }

  static String rankIndicator(Mentions m) {
    if (m.has("perCapita")) {
      return "defence_exp_per_capita_usd";
    }
    if (m.has("equipment")) {
      return "equipment_share";
    }
    if (m.has("gdp")) {
      return "share_of_gdp";
    }
    if (m.has("up") && !m.has("gdp")) {
      return "real_change";
    }
    // a place stated beside a percentage that only a share of GDP can be ("mit 3,38 Prozent auf
    // dem vierten Platz") ranks shares of GDP
    for (Amount a : m.amounts()) {
      // (not the guideline the sentence names: "the second-largest spender, hit the 2 % target")
      if (a.unit() == Unit.PERCENT
          && !a.fraction()
          && !CountReadings.named(m, a)
          && a.value().compareTo(FigureReadings.MAX_SHARE_OF_GDP) <= 0) {
        return "share_of_gdp";
      }
    }
    return "defence_exp_current_usd";
  }
}
