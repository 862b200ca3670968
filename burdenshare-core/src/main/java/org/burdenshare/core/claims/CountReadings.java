package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.Anchors.baseline;
import static org.burdenshare.core.claims.Anchors.year;
import static org.burdenshare.core.claims.ClaimValues.add;
import static org.burdenshare.core.claims.ClaimValues.claim;
import static org.burdenshare.core.claims.ClaimValues.figure;
import static org.burdenshare.core.claims.ClaimValues.number;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimComposer.Composed;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Unit;
import org.burdenshare.core.claims.Mentions.YearMention;

/**
 * Counts of allies: at a guideline ("only seven allies met the 2 % target", "five allies spent more
 * than 3 percent"), of the year compared with ("up from three in 2014"), and of allies whose
 * spending rose or fell.
 */
final class CountReadings {
  private CountReadings() {}

  /** A guideline is a round percentage, of at most one decimal: 2 %, 3.5 %, never 2.37 %. */
  static final int GUIDELINE_DECIMALS = 1;

  /** How far from a percentage the word for a guideline may stand: "the 2 % NATO target". */
  static final int GUIDELINE_BESIDE = 3;

  /**
   * How far after a count the word for allies, or the membership, may stand: "nine NATO member
   * states", "24 out of NATO's 32".
   */
  static final int MEMBERS_AFTER = 4;

  /**
   * How far after a number the word for allies may stand where it must name what is counted (or the
   * membership): "11 of the allies", "31 NATO members".
   */
  static final int MEMBER_WORD_AFTER = 3;

  /** How far after a count "other than" may stand: "nine allies other than the United States". */
  static final int OTHER_THAN_REACH = 8;

  /** How far after the count of an earlier year that year may stand: "up from three in 2014". */
  static final int EARLIER_YEAR_AFTER = 2;

  /** The guideline a sentence counts against: "the 2 % target", "at least 2 percent of GDP". */
  static Amount threshold(Mentions m, java.util.Set<Amount> used) {
    for (Amount a : m.amounts()) {
      // ("twice the 2 % target" is a level of 4 %, not the guideline)
      if (a.unit() != Unit.PERCENT || a.fraction() || TimesTheFigure.isMultiple(m, a)) {
        continue;
      }
      boolean guideline =
          named(m, a)
              // "siguen por debajo del 2 %", "remain below 2 %": a bound said of members
              || m.has("below", Math.max(0, a.from() - Reach.GOVERNING_BEFORE), a.from())
                  && m.has("members")
              || belowTheGuideline(m, a)
              // "allies that spent more than 3 %", "less than 1.5 %": a bound said of members
              || a.hedge() != null && a.hedge().matches("[<>]=?") && m.has("members")
              // "one of the nine allies that spend 2 % of their GDP": a count of allies, then
              // the share of GDP they spend
              || countedBefore(m, a)
                  && m.has("gdp", a.to(), Math.min(a.to() + Reach.GDP_AFTER, m.tokens().size()));
      boolean round = a.value().stripTrailingZeros().scale() <= GUIDELINE_DECIMALS;
      if (guideline && round) {
        used.add(a);
        return a;
      }
    }
    return null;
  }

  /**
   * Whether a percentage is the 2 % guideline by the words of falling short before it: "Spain and
   * Belgium remain below 2 %", "fell short of 2 %". Any other figure after them may be a level.
   */
  static boolean belowTheGuideline(Mentions m, Amount a) {
    return a.unit() == Unit.PERCENT
        && a.value().compareTo(GuidelineReadings.UNSTATED_GUIDELINE) == 0
        && m.has("below", Math.max(0, a.from() - Reach.GOVERNING_BEFORE), a.from());
  }

  /** Whether a percentage is named as a guideline: "the 2 % target", "meet 2 %". */
  static boolean named(Mentions m, Amount a) {
    return calledGuideline(m, a)
        || m.has("meet", Math.max(0, a.from() - Reach.GOVERNING_BEFORE), a.from());
  }

  /** Whether a word for a guideline stands beside a percentage: "the 2 % target". */
  static boolean calledGuideline(Mentions m, Amount a) {
    return m.has("guideline", a.to(), Math.min(a.to() + GUIDELINE_BESIDE, m.tokens().size()))
        || m.has("guideline", Math.max(0, a.from() - GUIDELINE_BESIDE), a.from());
  }

  /** "only seven allies met the 2 % target", "24 out of NATO's 32 members have reached it". */
  static void counts(
      Mentions m,
      LocalDate date,
      Amount threshold,
      java.util.Set<Amount> used,
      List<Composed> out) {
    boolean guideline = threshold != null || m.has("guideline") || m.has("gdp");
    if (!guideline || !(m.has("meet") || m.has("below") || threshold != null)) {
      changeCounts(m, date, used, out);
      return;
    }
    for (Amount a : m.amounts()) {
      if (!countable(m, a, used)) {
        continue;
      }
      int n = a.value().intValue();
      int end = Math.min(a.to() + MEMBERS_AFTER, m.tokens().size());
      boolean numberOf = numberOfMembersBefore(m, a);
      boolean members = m.has("members", a.to(), end) || numberOf;
      // "24 out of NATO's 32": the first number counts, the second is the membership
      Amount of = Membership.ofTheMembers(m, a);
      if (!members && of == null) {
        continue;
      }
      if (of != null) {
        used.add(of);
      }
      used.add(a);
      int year = year(m, a, date);
      String group = "NATO";
      if (m.has("otherThan", a.to(), Math.min(a.to() + OTHER_THAN_REACH, m.tokens().size()))) {
        group = "NATO-USA";
      }
      int clauseStart = m.clauseStart(a.from());
      int clauseEnd = m.clauseEnd(a.from());
      // "Italy is not among the 23 allies that meet it": the ally is not counted, the count is
      // of those that meet it
      int[] among = amongTheCounted(m, a);
      boolean outside = among != null && m.has("negation", clauseStart, among[0]);
      // "halen er 9 de norm niet": a verb of meeting negated at the clause's end is a shortfall
      boolean below =
          m.has("below", clauseStart, clauseEnd)
              || m.has("meet", clauseStart, clauseEnd)
                  && m.has("negation", clauseStart, clauseEnd)
                  && !outside;
      BigDecimal t = threshold == null ? GuidelineReadings.UNSTATED_GUIDELINE : threshold.value();
      // "more than 3 percent" counts those above it; meeting a guideline is reaching it
      Op at =
          below
              ? Op.LT
              : threshold != null
                      && threshold.hedge() != null
                      && threshold.hedge().matches("[<>]=?")
                  ? Hedge.of(threshold.hedge()).op()
                  : Op.GE;
      // "all but eight allies meet it": the eight are the others ("but" also opens a clause)
      if (m.has("allBut", Math.max(0, a.from() - Reach.GOVERNING_BEFORE), a.from())
          && (at == Op.GE || at == Op.LT)) {
        at = at == Op.GE ? Op.LT : Op.GE;
      }
      // "20 percent of their defence budgets on major equipment": the equipment guideline
      String indicator = m.has("equipment") ? "equipment_share" : "share_of_gdp";
      // (an allowance is not applied to a count)
      Hedge hedge = Hedge.of(a.hedge());
      Op op = hedge.op();
      Map<String, Integer> stated = new LinkedHashMap<>();
      if (of != null) {
        stated.put(group, of.value().intValue());
      }
      // "just over ten allies" bounds a count, which the claim language cannot say: no claim
      boolean sayable = !hedge.just();
      if (sayable && below && of != null && at == Op.LT) {
        // "23 of the 30 allies do not meet it": the membership stated less those that meet it
        add(
            out,
            claim(
                new Value.Count(figure(indicator, group, year), Op.GE, t),
                flipped(op),
                number(of.value().intValue() - n)),
            stated,
            "a count of allies at the guideline (those stated less those below it)");
      } else if (sayable) {
        add(
            out,
            claim(new Value.Count(figure(indicator, group, year), at, t), op, number(n)),
            stated,
            "a count of allies at the guideline");
      }
      // "Germany is one of the 23 allies that meet it": the ally is on the side counted
      Mentions.Entity one = among == null ? null : Anchors.subjectBefore(m, among[0], true);
      if (sayable && one != null && Anchors.isCountry(one.group())) {
        Op side = outside ? (at == Op.GE ? Op.LT : at == Op.LT ? Op.GE : null) : at;
        if (side != null) {
          add(
              out,
              claim(figure(indicator, one.group(), year), side, ClaimValues.percent(t)),
              Map.of(),
              outside ? "an ally outside those counted" : "an ally among those counted");
        }
      }
      // "…, up from three in 2014": the count of the year compared with
      for (Amount b : m.amounts()) {
        if (b.from() <= a.to()
            || b.unit() != Unit.BARE
            || b.value().scale() > 0
            || b.value().intValue() > Membership.MAX_MEMBERS
            || !m.has("previous", Math.max(0, b.from() - Reach.GOVERNING_BEFORE), b.from())
                // "the number … has risen to 23 from three in 2014"
                && !(numberOf && m.has("from", b.from() - 1, b.from()))) {
          continue;
        }
        Integer then = null;
        for (YearMention y : m.years()) {
          if (y.at() >= b.to() && y.at() <= b.to() + EARLIER_YEAR_AFTER) {
            // "… to 23 this year": a relative year counts from the date
            then = y.relative() ? date.getYear() + y.year() : y.year();
          }
        }
        if (then != null && then != year) {
          used.add(b);
          add(
              out,
              claim(
                  new Value.Count(figure(indicator, group, then), at, t),
                  Op.EQ,
                  number(b.value().intValue())),
              Map.of(),
              "a count of allies at the guideline in " + then);
        }
        break;
      }
      return; // one count per sentence: later numbers are other years' counts or lists
    }
  }

  /**
   * The words "one of" or "among" right before a count ("one of the 23 allies", "among the nine
   * that"), or null: the ally before them is one of those counted.
   */
  private static int[] amongTheCounted(Mentions m, Amount a) {
    for (int[] span : m.cues().getOrDefault(Cue.ONE_OF.key, List.of())) {
      if (span[1] <= a.from() && a.from() - span[1] <= 1 && span[0] >= m.clauseStart(a.from())) {
        return span;
      }
    }
    return null;
  }

  /** How far before a share of GDP a count of allies that spend it may stand. */
  static final int COUNT_REACH = 8;

  /**
   * Whether a count of allies stands shortly before a percentage in its clause: "nine allies that
   * spend 2 %", "neun Staaten, die 2 Prozent … ausgeben".
   */
  private static boolean countedBefore(Mentions m, Amount a) {
    int start = Math.max(m.clauseStart(a.from()), a.from() - COUNT_REACH);
    for (Amount c : m.amounts()) {
      if (c.from() >= start
          && c.to() <= a.from()
          && c.unit() == Unit.BARE
          && c.value().scale() <= 0
          && c.value().intValue() >= 1
          && c.value().intValue() <= Membership.MAX_MEMBERS
          && m.has("members", c.to(), Math.min(c.to() + MEMBER_WORD_AFTER, a.from()))) {
        return true;
      }
    }
    return false;
  }

  /** How far after "the number of allies" the number it is may stand: "… has risen to 23". */
  static final int NUMBER_OF_REACH = 12;

  /**
   * Whether a number is what "the number of allies" before it in its clause amounts to: "the number
   * of allies meeting the target has risen to 23", "die Zahl der Staaten, die das Ziel erreichen,
   * liegt bei 23".
   */
  static boolean numberOfMembersBefore(Mentions m, Amount a) {
    int start = m.clauseStart(a.from());
    for (int[] span : m.cues().getOrDefault("numberOf", List.of())) {
      if (span[0] >= start
          && span[1] <= a.from()
          && a.from() - span[1] <= NUMBER_OF_REACH
          && m.has("members", span[1], Math.min(span[1] + MEMBER_WORD_AFTER, a.from()))) {
        return true;
      }
    }
    return false;
  }

  /** The operator of a count turned into the operator of its complement. */
  private static Op flipped(Op op) {
    return switch (op) {
      case GT -> Op.LT;
      case GE -> Op.LE;
      case LT -> Op.GT;
      case LE -> Op.GE;
      default -> op;
    };
  }

  /**
   * A whole number that can count allies (1–40), not yet read, and not the alliance's size. In "one
   * of the nine allies that meet …" the "one" is the subject, and nine is the count.
   */
  /** How many words may stand between a leading "one" and the count: "un total de 23". */
  private static final int ONE_BEFORE = 2;

  private static boolean countable(Mentions m, Amount a, java.util.Set<Amount> used) {
    if (a.unit() != Unit.BARE || a.value().scale() > 0 || used.contains(a)) {
      return false;
    }
    for (int[] span : m.cues().getOrDefault("oneOf", List.of())) {
      if (span[0] <= a.from() && span[1] > a.from()) {
        return false; // "one of", "l'un des", "uno de los": one ally picked from those counted
      }
    }
    for (int[] span : m.cues().getOrDefault(Cue.TWO_PERCENT.key, List.of())) {
      if (span[0] <= a.from() && span[1] > a.from()) {
        return false; // "das 2-Prozent-Ziel": the guideline's name, written with its digit
      }
    }
    // "un total de 23 aliados": the word for one opens the phrase, the count is the number after
    // it (not "eines von 32 Ländern", where the one is counted out of the others)
    boolean opensPhrase =
        a.word()
            && a.value().intValue() == 1
            && !m.has("outOf", a.to(), Math.min(a.to() + 1, m.tokens().size()))
            && m.amounts().stream()
                .anyMatch(b -> !b.word() && b.from() > a.to() && b.from() <= a.to() + ONE_BEFORE);
    int n = a.value().intValue();
    return !opensPhrase
        && n >= 1
        && n <= Membership.MAX_MEMBERS
        && (!Membership.isMembership(m, a) || RankReadings.oneOfBefore(m, a.from()));
  }

  /** "16 of the 28 members increased their spending in 2015": allies whose real change was up. */
  static void changeCounts(
      Mentions m, LocalDate date, java.util.Set<Amount> used, List<Composed> out) {
    for (Amount a : m.amounts()) {
      if (!countable(m, a, used)) {
        continue;
      }
      int n = a.value().intValue();
      Amount of = Membership.ofTheMembers(m, a);
      boolean members =
          m.has("members", a.to(), Math.min(a.to() + MEMBERS_AFTER, m.tokens().size()));
      int end = m.clauseEnd(a.from());
      boolean up = m.has("up", a.to(), end);
      boolean down = m.has("down", a.to(), end);
      // a change of the share of GDP is not a change of spending: not counted here
      if (!members && of == null
          || up == down
          || !m.has("spender", a.to(), end)
          || m.has("gdp", a.to(), end)
          || baseline(m, a.from(), date) != null) {
        continue; // a count of changes over several years ("since 2014") is not one year's
      }
      int year = year(m, a, date);
      Map<String, Integer> stated = new LinkedHashMap<>();
      if (of != null) {
        stated.put("NATO", of.value().intValue());
      }
      add(
          out,
          claim(
              new Value.Count(
                  figure("real_change", "NATO", year), up ? Op.GT : Op.LT, BigDecimal.ZERO),
              Op.EQ,
              number(n)),
          stated,
          "a count of allies whose spending " + (up ? "rose" : "fell"));
      return;
    }
  }
}
