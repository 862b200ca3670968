package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.Anchors.isCountry;
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
import org.burdenshare.core.claims.Mentions.Entity;

/**
 * Amounts of money: what a country or group spent in a year, and what is not that: the money an
 * ally is short of a guideline by, and the money added since a year (NATO's "European allies and
 * Canada have added $130 billion since 2016").
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
      // "mancano 12 miliardi per arrivare al 2 % del Pil": a round share of GDP named with it;
      // "fehlen 12 Milliarden, um zwei Prozent zu erreichen": or reached after the money
      for (Amount t : m.amounts()) {
        if (target == null && (shareOfGdpNamed(m, t) || reachedAfter(m, a, t))) {
          target = t.value();
        }
      }
    }
    if (target == null) {
      // short of what? a shortfall needs the guideline it is measured to; one named without its
      // figure ("mancano 11,8 miliardi per raggiungere l'obiettivo", "short of the target") is
      // not read, but the money is no level either
      return m.has("guideline");
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
    Integer base = Anchors.baseline(m, a.from(), date);
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

  /**
   * Whether a percentage after an amount of money short of something is the level to reach: a round
   * share a guideline can be, with the word for reaching or for a guideline right before or after
   * it ("um zwei Prozent zu erreichen", "om 2 procent te halen"), or the word for "to" before it
   * ("brakuje 12 mld dolarów do poziomu 2 proc.").
   */
  private static boolean reachedAfter(Mentions m, Amount money, Amount t) {
    if (money.unit() != Mentions.Unit.MONEY
        || t.unit() != Mentions.Unit.PERCENT
        || t.from() < money.to()
        || t.fraction()
        || t.value().stripTrailingZeros().scale() > CountReadings.GUIDELINE_DECIMALS
        || t.value().compareTo(FigureReadings.MAX_SHARE_OF_GDP) > 0
        || !m.has("shortfall", m.clauseStart(money.from()), t.from())) {
      return false;
    }
    int before = Math.max(0, t.from() - Reach.GOVERNING_BEFORE);
    int after = Math.min(m.tokens().size(), t.to() + Reach.GOVERNING_BEFORE);
    return m.has("meet", before, t.from())
        || m.has("guideline", before, t.from())
        || m.has("toLevel", before, t.from())
        || m.has("meet", t.to(), after)
        || m.has("guideline", t.to(), after);
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
    // ("reaching 2 % would cost Canada $13 billion": a guideline named by its verb, before)
    boolean named = CountReadings.named(m, t);
    // "le faltan 12.000 millones para llegar al 2 %": the guideline a count would count against,
    // without the word for GDP, is the one the gap measures to as well
    boolean guideline =
        shareOfGdpNamed(m, t) || named || t.equals(CountReadings.threshold(m, new HashSet<>()));
    if (!m.has("shortfall") || !guideline) {
      return m.has("shortfall")
          && m.amounts().stream().anyMatch(money -> reachedAfter(m, money, t));
    }
    for (Amount money : m.amounts()) {
      if (money.unit() == Mentions.Unit.MONEY
          && (money.to() <= t.from() || named)
          && m.has("shortfall", m.clauseStart(money.from()), m.clauseEnd(money.from()))) {
        return true;
      }
    }
    return false;
  }

  /** An amount of money spent by a country or group. */
  static void money(Mentions m, Amount a, LocalDate date, List<Composed> out) {
    if (gap(m, a, date, out) || added(m, a, date, out)) {
      return;
    }
    if (m.has("amountChange", Math.max(0, a.from() - Reach.AMOUNT_CHANGE_BEFORE), a.from())) {
      return; // "an increase of $4.6 billion": a difference, not a level
    }
    if (m.has("added", a.to(), Math.min(a.to() + 1, m.tokens().size()))) {
      return; // "$24 billion more than last year", "23 Milliarden Euro mehr": a difference too
    }
    // "rose by $20 billion", "um 20 Milliarden erhöht": also a difference (the claim language
    // states levels and changes in percent, not differences of money), so no level is read
    int clauseStart = m.clauseStart(a.from());
    int clauseEnd = m.clauseEnd(a.from());
    if ((m.has("up", clauseStart, clauseEnd) || m.has("down", clauseStart, clauseEnd))
        && m.has("by", Math.max(clauseStart, a.from() - Reach.BY_BEFORE), a.from())
        && !m.has("toLevel", Math.max(clauseStart, a.from() - Reach.BY_BEFORE), a.from())) {
      return;
    }
    if (m.has("fiscal")) {
      return; // a national budget's fiscal year is not NATO's calendar-year figure
    }
    if (MeasureWords.anotherMeasure(m, a)) {
      return; // "Italy's debt exceeds $3 trillion"
    }
    if (a.scale().isEmpty() && a.value().compareTo(FigureReadings.SMALLEST_BUDGET) < 0) {
      return; // "each Norwegian pays about $2,000 a year": money per person, not a budget
    }
    Anchors.Anchor anchor = Anchors.anchor(m, a, date);
    if (anchor == null) {
      return;
    }
    Entity subject = anchor.subject();
    int year = anchor.year();
    String currency = a.currency().isEmpty() ? "USD" : a.currency();
    String indicator =
        currency.equals("USD") ? "defence_exp_current_usd" : "defence_exp_national_currency";
    if (!currency.equals("USD") && !isCountry(subject.group())) {
      return; // national currencies are never added up
    }
    // "Britain, France and Germany together spent $250 billion": a list's money is its sum
    List<String> list = ListReadings.listAround(m, subject, a.from());
    String group = list.size() > 1 ? String.join("+", list) : subject.group();
    Value.Figure figure = figure(indicator, group, year);
    Value left = isCountry(group) ? figure : new Value.Sum(figure);
    add(out, bounded(left, a), Map.of(), "an amount of money spent");
  }
}
