package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.Anchors.baseline;
import static org.burdenshare.core.claims.Anchors.isCountry;
import static org.burdenshare.core.claims.ClaimValues.add;
import static org.burdenshare.core.claims.ClaimValues.bounded;
import static org.burdenshare.core.claims.ClaimValues.figure;
import static org.burdenshare.core.claims.ClaimValues.lit;
import static org.burdenshare.core.claims.ClaimValues.op;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimComposer.Composed;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Mentions.YearMention;
import org.burdenshare.core.groups.PublishedAggregates;

/**
 * Figures stated for a country or group: a percentage (of GDP, a change, a share of the alliance's
 * total, an equipment share, an average) and an amount of money.
 */
final class FigureReadings {
  private FigureReadings() {}

  /**
   * The largest share of GDP read without the word for GDP after it: no ally has spent a tenth of
   * its GDP on defence in NATO's figures.
   */
  static final BigDecimal MAX_SHARE_OF_GDP = new BigDecimal("10");

  /**
   * The least and the most a percentage may be to be read as a share of GDP where no word for GDP
   * stands in the sentence (only a word of spending, a ranking, a guideline or an average): the
   * range of the allies' shares in NATO's figures, with room; a smaller or larger percentage there
   * is of something else.
   */
  static final BigDecimal LEAST_SHARE_OF_GDP = new BigDecimal("0.3");

  static final BigDecimal MOST_SHARE_OF_GDP_UNNAMED = new BigDecimal("6");

  /**
   * The least a country's defence spending written out in full can be: NATO's smallest budgets are
   * tens of millions of dollars, so a sum below a million is money per person or per unit.
   */
  static final BigDecimal SMALLEST_BUDGET = new BigDecimal("1000000");

  /** A percentage: of GDP, a change, or a share of the alliance's total. */
  static void percent(Mentions m, Amount a, LocalDate date, List<Composed> out) {
    int clauseStart = m.clauseStart(a.from());
    int before = Math.max(clauseStart, a.from() - Reach.CHANGE_VERB_BEFORE);
    if (a.from() > 0 && m.has("reference", a.from() - 1, a.from()) && a.hedge() == null) {
      return; // "the 5 percent demanded by …": a standard named, not a figure stated
    }
    if (MeasureWords.anotherMeasure(m, a)) {
      return; // "Italy's public debt stands at 137 % of GDP"
    }
    if (MoneyReadings.shortfallTarget(m, a)) {
      return; // "12 billion short of 2 % of GDP": the guideline measured to, not a level
    }
    Anchors.Anchor anchor = Anchors.anchor(m, a, date);
    if (anchor == null) {
      return;
    }
    Entity subject = anchor.subject();
    if (Demands.askedOf(m, a)) {
      return; // "exige que les alliés consacrent 5 %": a figure demanded, not stated
    }
    int year = anchor.year();
    Op op = op(a);
    Claim.Tolerance tol = Hedge.of(a.hedge()).tolerance();
    boolean gdpAfter = m.has("gdp", a.to(), Math.min(a.to() + Reach.GDP_AFTER, m.tokens().size()));
    // "la part du PIB …": a share of GDP, whatever word for share stands before it
    boolean gdpBefore = m.has("gdp", clauseStart, a.from());
    boolean total =
        !gdpAfter
            && !(gdpBefore && m.has("totalBefore", clauseStart, a.from()))
            && (m.has("total", a.to(), Math.min(a.to() + Reach.TOTAL_AFTER, m.tokens().size()))
                || m.has("totalBefore", clauseStart, a.from())
                    && !superlativeShare(m, clauseStart, a.from()));
    // "equipment accounts for 30 percent of Poland's defence budget": the equipment share (not
    // "prices of equipment rose by 30 percent")
    boolean changedBy =
        (m.has("up", clauseStart, a.from()) || m.has("down", clauseStart, a.from()))
            && m.has("by", Math.max(clauseStart, a.from() - Reach.BY_BEFORE), a.from());
    if (!gdpAfter
        && !changedBy
        && m.has(
            "equipment",
            clauseStart,
            Math.min(a.to() + Reach.EQUIPMENT_AFTER, m.clauseEnd(a.to())))) {
      if (isCountry(subject.group()) && !a.fraction()) {
        add(
            out,
            bounded(figure("equipment_share", subject.group(), year), a),
            Map.of(),
            "the share of spending on major equipment");
      }
      return;
    }
    if (total) {
      // "Germany, France and the UK account for 17 %": the share of the allies listed together
      String part = subject.group();
      if (isCountry(part)) {
        List<String> listed = ListReadings.listAround(m, subject, a.from());
        part = listed.size() > 1 ? String.join("+", listed) : part;
      }
      add(
          out,
          new Claim(
              new Value.Share(
                  figure("defence_exp_current_usd", part, year),
                  figure("defence_exp_current_usd", "NATO", year)),
              op,
              lit(a),
              tol),
          Map.of(),
          "a share of the alliance's total");
      return;
    }
    // "from 1.2 % to 2 %": two levels, not a change; French "de" also says "by" ("augmenté de
    // 5 %"), so "from" counts only where a second figure follows
    boolean fromTo =
        a.from() > 0
                && m.has("from", a.from() - 1, a.from())
                && m.amounts().stream()
                    .anyMatch(
                        b ->
                            b.unit() == a.unit()
                                && b.from() >= a.to()
                                && b.from() <= a.to() + Reach.SECOND_FIGURE_AFTER)
            // "up from 1.9 %", "compared with 1.9 %": the level compared with
            || m.has("previous", Math.max(0, a.from() - Reach.GOVERNING_BEFORE), a.from());
    int near = Math.min(a.to() + Reach.CHANGE_NOUN_AFTER, m.tokens().size());
    boolean verbBefore =
        (m.has("up", before, a.from()) || m.has("down", before, a.from()))
            && m.has("by", Math.max(before, a.from() - Reach.BY_BEFORE), a.from());
    // "96 % more than in 2014", "compared with 2014, 96 % more": a comparative over time
    Integer comparedWith = ComparedYears.yearComparedWith(m, a, date);
    int overTime = comparedWith == null ? 0 : ComparedYears.comparative(m, a);
    boolean nounAfter = m.has("up", a.to(), near) || m.has("down", a.to(), near) || overTime != 0;
    // "an extra 12 percent", "a cut of 30 %": the change word right before the number
    // ("ein Plus von real 29,5 Prozent": the word for "real" before the number widens it)
    int marker =
        Math.max(
            0,
            a.from()
                - Reach.CHANGE_MARKER_BEFORE
                - (a.from() > 0 && m.has("real", a.from() - 1, a.from()) ? 1 : 0));
    boolean markerBefore = m.has("up", marker, a.from()) || m.has("down", marker, a.from());
    verbBefore =
        verbBefore
            || markerBefore
            || (m.has("up", clauseStart, a.from()) || m.has("down", clauseStart, a.from()))
                && a.from() > 0
                && (m.has("by", a.from() - 1, a.from()) || byBeforeHedge(m, a));
    if (a.fraction() && !(verbBefore || nounAfter)) {
      // "half of the allies", "two thirds of Germans": not a figure of spending ("rose by almost
      // half" is a change)
      return;
    }
    if (!fromTo && !gdpAfter && !reached(m, a) && (verbBefore || nounAfter)) {
      if (!MeasureWords.speaksOfSpending(m) && isCountry(subject.group())) {
        // "the French economy grew by 1.1 %", "le PIB allemand a reculé de 0,3 %"; the allies as a
        // group are spenders by what they are ("European allies saw a 15 % real rise")
        return;
      }
      boolean down =
          overTime < 0
              || overTime == 0 && m.has("down", before, near) && !m.has("up", before, near);
      // (an amount is never negative: the reader takes no sign for one)
      Value.Literal number = ClaimValues.percent(down ? a.value().negate() : a.value());
      // A change the sentence does not call real is read in current prices; the judge says
      // when it holds only in real terms (misleading)
      // Changes over time are measured at constant prices, NATO's own way (and the development
      // set's rule); only a sentence that says "nominal" or "in current prices" asks otherwise,
      // and the judge then says when the change holds only at current prices
      boolean real = !m.has("nominal");
      String money = real ? "defence_exp_constant_usd" : "defence_exp_current_usd";
      String kind = real ? "a change in real terms" : "a change";
      if (comparedWith != null && comparedWith == year) {
        // "up 18 % on last year", "compared with 2014, 60 % higher": the change is to the year
        // the sentence speaks of otherwise
        year = Anchors.yearBesides(m, a, date, comparedWith);
      }
      Integer base = baseline(m, a.from(), date);
      if (base == null && comparedWith != null && comparedWith < year - 1) {
        base = comparedWith; // over the years, as after "since"
      }
      if (base != null && base < year) {
        // "up 60 % since 2014": the change over the years
        add(
            out,
            new Claim(
                new Value.Change(figure(money, subject.group(), year), base), op, number, tol),
            Map.of(),
            kind + " since " + base);
        return;
      }
      // NATO publishes each ally's real change; a group's is worked out from its total
      Value changed =
          isCountry(subject.group())
              ? figure("real_change", subject.group(), year)
              : new Value.Change(figure(money, subject.group(), year), year - 1);
      add(
          out,
          new Claim(changed, op, number, tol),
          Map.of(),
          isCountry(subject.group()) ? "a change in real terms" : kind);
      return;
    }
    // Without a word for GDP, a country's percentage in a sentence about spending is read as its
    // share of GDP when it is one that a share of GDP can be (0.3–6 %).
    // An average of allies' percentages is of their shares of GDP, the ratio NATO averages ("the
    // average for Europe and Canada is 2 percent"), and so is an ally's percentage in a sentence
    // that speaks of the guideline ("Mit 2,12 Prozent erfüllt Deutschland das Ziel")
    boolean plausibleShare =
        a.value().compareTo(LEAST_SHARE_OF_GDP) >= 0
            && a.value().compareTo(MOST_SHARE_OF_GDP_UNNAMED) <= 0
            && (m.has("spender")
                || m.has("rankHigh")
                || m.has("rankLow")
                || m.has("guideline")
                || m.has("average", m.clauseStart(a.from()), a.from())
                // "mit 2,12 Prozent auf Rang 15": a place beside it ranks shares of GDP
                || m.has("placeNumber"));
    // a share of GDP stated away from the word for GDP is one that a defence share can be: "55
    // percent of Germans" in a sentence about GDP is not one
    boolean ofGdp =
        (m.has("gdp") || m.guidelineShare() || m.context().gdp())
                && (gdpAfter || a.value().compareTo(MAX_SHARE_OF_GDP) <= 0)
            || plausibleShare;
    // "the average of Europe and Canada is 2 %": the word for average may open the clause; it is
    // said of the first figure after it, not of the later ones ("… averaged 1.58 %, peaking at
    // 1.86 % in 2020")
    boolean average = averaged(m, clauseStart, a);
    // ... or stated of a group whose ratio NATO prints, with the word for GDP after it ("European
    // allies and Canada spent 2.02 % of GDP"), as the sentence shapes of English and French read
    // it;
    // not what it asks of its members ("NATO asks its members for 2 % of GDP")
    if (ofGdp
        && (average || gdpAfter && !m.has("demand", clauseStart, a.from()))
        && !isCountry(subject.group())
        && PublishedAggregates.codeOf(subject.group()).isPresent()) {
      // "allies spent an average of 2.6 % of GDP": the alliance's ratio as NATO prints it
      add(
          out,
          bounded(figure("share_of_gdp", subject.group(), year), a),
          Map.of(),
          "the share of GDP of the allies together");
      return;
    }
    // "the Baltic states spend over 3 % of GDP": a bound said of a few allies named as one is said
    // of each (the judge asks it of every member); a level is no one's figure
    boolean fewAllies = !subject.group().startsWith("NATO") && op != Op.EQ;
    if (ofGdp && (isCountry(subject.group()) || fewAllies) && !average) {
      Integer versus = comparedYear(m, a, date);
      for (String country : distributed(m, a, subject)) {
        add(out, bounded(figure("share_of_gdp", country, year), a), Map.of(), "a share of GDP");
        if (versus != null && versus != year && isCountry(country)) {
          boolean down = m.has("down", a.to(), m.clauseEnd(a.from()));
          add(
              out,
              ClaimValues.claim(
                  figure("share_of_gdp", country, year),
                  down ? Op.LT : Op.GT,
                  figure("share_of_gdp", country, versus)),
              Map.of(),
              (down ? "a share of GDP lower than in " : "a share of GDP higher than in ") + versus);
        }
      }
    }
  }

  /**
   * Whether "by" stands right before the hedge of a number: "real um fast 30 Prozent", "by nearly
   * 30 percent".
   */
  private static boolean byBeforeHedge(Mentions m, Amount a) {
    if (a.hedge() == null) {
      return false;
    }
    for (int back = 2; back <= Reach.LONGEST_HEDGE + 1 && a.from() - back >= 0; back++) {
      if (m.has("by", a.from() - back, a.from() - back + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word for a share in [from, to) follows a superlative: "Den höchsten Anteil hat
   * Polen mit 4,12 Prozent" ranks the allies' shares of GDP, it is no share of the alliance's
   * total.
   */
  private static boolean superlativeShare(Mentions m, int from, int to) {
    for (int[] share : m.cues().getOrDefault("totalBefore", List.of())) {
      if (share[0] >= from
          && share[0] < to
          && (m.has("rankHigh", Math.max(0, share[0] - 1), share[0])
              || m.has("rankLow", Math.max(0, share[0] - 1), share[0]))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word for average stands in [start, a) with no other figure between it and a. */
  private static boolean averaged(Mentions m, int start, Amount a) {
    int last = -1;
    for (int[] span : m.cues().getOrDefault("average", List.of())) {
      if (span[0] >= start && span[0] < a.to()) {
        last = span[1];
      }
    }
    if (last < 0) {
      return false;
    }
    for (Amount b : m.amounts()) {
      if (b.from() >= last && b.from() < a.from()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a number is the level a change reached, not the change: "increased to 1.48 percent",
   * "stiegen auf 2 Prozent", "aumentó hasta el 2 %" (the language's {@code toLevel} word right
   * before it, or before an article that stands before it).
   */
  static boolean reached(Mentions m, Amount a) {
    int at = a.from();
    return at > 0 && m.has("toLevel", at - 1, at)
        || at > 1 && m.has("definite", at - 1, at) && m.has("toLevel", at - 2, at - 1);
  }

  /**
   * The year a figure is said to be up or down from, when the sentence names a year and no figure
   * for it: "1.79 % in 2016, slightly down from 2015". Null otherwise ("up from 1.9 % in 2014"
   * states a figure of its own, read as such).
   */
  static Integer comparedYear(Mentions m, Amount a, LocalDate date) {
    int end = m.clauseEnd(a.from());
    for (YearMention y : m.years()) {
      if (y.at() < a.to() || y.at() >= end || !m.has("previous", a.to(), y.at())) {
        continue;
      }
      boolean direction = m.has("up", a.to(), y.at()) != m.has("down", a.to(), y.at());
      boolean figureBetween =
          m.amounts().stream().anyMatch(b -> b.from() >= a.to() && b.from() < y.at());
      if (direction && !figureBetween) {
        return y.relative() ? date.getYear() + y.year() : y.year();
      }
    }
    return null;
  }

  /**
   * The countries a share of GDP is said of: its subject; every ally of a list the subject ends,
   * opening its clause ("Belgium, Canada and Spain are below 1.5 % of GDP": a ratio is not added
   * up, so a list's is each one's); or, where the sentence says "each" (the language's {@code each}
   * cue), every country named before it in its clause.
   */
  static List<String> distributed(Mentions m, Amount a, Entity subject) {
    int start = m.clauseStart(a.from());
    if (!m.has("each", start, a.from())) {
      return ListReadings.respectively(m, ListReadings.listOpeningClause(m, subject, a.from()), a);
    }
    List<String> all = new ArrayList<>();
    for (Entity e : m.entities()) {
      if (e.from() >= start && e.to() <= a.from() && isCountry(e.group())) {
        all.add(e.group());
      }
    }
    return all.isEmpty() ? List.of(subject.group()) : all;
  }
}
