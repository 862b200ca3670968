package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.ClaimValues.add;
import static org.burdenshare.core.claims.ClaimValues.bounded;
import static org.burdenshare.core.claims.ClaimValues.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimComposer.Composed;
import org.burdenshare.core.claims.Mentions.Amount;

/**
 * Amounts of money that are not what was spent in a year: the money an ally is short of a guideline
 * by, and the money added since a year (NATO's "European allies and Canada have added $130 billion
 * since 2016").
 */
final class MoneyReadings {
  private MoneyReadings() {}

  /**
   * An amount of money by which an ally falls short of a guideline: "Germany was $20 billion short
   * of the 2 % target", "Deutschland fehlten 20 Milliarden Dollar zum Zwei-Prozent-Ziel" (the
   * language's {@code shortfall} words in the amount's clause, and a guideline's percentage in the
   * sentence). Read as the gap to the guideline, never as what was spent.
   *
   * @return whether the amount is a shortfall (read or not: a shortfall is no level either)
   */
  static boolean gap(Mentions m, Amount a, LocalDate date, List<Composed> out) {
    if (!m.has("shortfall", m.clauseStart(a.from()), m.clauseEnd(a.from()))) {
      return false;
    }
    BigDecimal target = null;
    Amount guideline = CountReadings.threshold(m, new HashSet<>());
    if (guideline != null) {
      target = guideline.value();
    } else if (m.has("twoPercent")) {
      target = GuidelineReadings.UNSTATED_GUIDELINE;
    } else {
      // "mancano 12 miliardi per arrivare al 2 % del Pil": a round share of GDP named with it
      for (Amount t : m.amounts()) {
        if (target == null && shareOfGdpNamed(m, t)) {
          target = t.value();
        }
      }
    }
    if (target == null) {
      return false; // short of what? a shortfall needs the guideline it is measured to
    }
    Anchors.Anchor anchor = Anchors.anchor(m, a, date);
    String currency = a.currency().isEmpty() ? "USD" : a.currency();
    if (anchor != null && currency.equals("USD")) {
      add(
          out,
          bounded(
              new Value.Gap(
                  figure("defence_exp_current_usd", anchor.subject().group(), anchor.year()),
                  target),
              a),
          Map.of(),
          "the money short of the guideline");
    }
    return true;
  }

  /**
   * Money added since a year: "have added $130 billion to their defence budgets since 2016",
   * "zusätzlich 130 Milliarden Dollar seit 2016" (a baseline year, "since", in the amount's clause,
   * and one of the language's {@code added} words next to the amount). Read, as NATO states it, as
   * the sum over the years after the baseline of what was spent above the baseline year's level, at
   * constant prices; never as one year's spending.
   *
   * @return whether the amount is money added (read or not: it is no level either)
   */
  /** How far from its amount the word for "added" may stand: "an additional", "added a further". */
  static final int ADDED_REACH = 3;

  static boolean added(Mentions m, Amount a, LocalDate date, List<Composed> out) {
    Integer base = Anchors.baseline(m, a.from());
    // the word for "added" next to the amount ("added $130 billion", "an additional $644 billion",
    // "$130 billion more"); a level reached ("has risen to $97.7 billion since 2014") is no sum
    int before = Math.max(m.clauseStart(a.from()), a.from() - ADDED_REACH);
    int after = Math.min(m.clauseEnd(a.from()), a.to() + ADDED_REACH);
    if (base == null
        || !(m.has("added", before, a.from()) || m.has("added", a.to(), after))
        || FigureReadings.reached(m, a)) {
      return false;
    }
    Anchors.Anchor anchor = Anchors.anchor(m, a, date);
    String currency = a.currency().isEmpty() ? "USD" : a.currency();
    if (anchor != null && currency.equals("USD") && base < anchor.year()) {
      add(
          out,
          bounded(
              new Value.Added(
                  figure("defence_exp_constant_usd", anchor.subject().group(), anchor.year()),
                  base),
              a),
          Map.of(),
          "money added since " + base);
    }
    return true;
  }

  /** A round share of GDP, the word for GDP right after it: one a guideline can be. */
  private static boolean shareOfGdpNamed(Mentions m, Amount t) {
    return t.unit() == Mentions.Unit.PERCENT
        && t.value().stripTrailingZeros().scale() <= CountReadings.GUIDELINE_DECIMALS
        && t.value().compareTo(FigureReadings.MAX_SHARE_OF_GDP) <= 0
        && m.has("gdp", t.to(), Math.min(t.to() + Reach.GDP_RIGHT_AFTER, m.tokens().size()));
  }

  /**
   * Whether a percentage is the guideline a shortfall in money is measured to ("12 billion short of
   * 2 % of GDP"), which states no one's level.
   */
  static boolean shortfallTarget(Mentions m, Amount t) {
    if (!m.has("shortfall") || !shareOfGdpNamed(m, t)) {
      return false;
    }
    for (Amount money : m.amounts()) {
      if (money.unit() == Mentions.Unit.MONEY
          && money.to() <= t.from()
          && m.has("shortfall", m.clauseStart(money.from()), m.clauseEnd(money.from()))) {
        return true;
      }
    }
    return false;
  }
}
