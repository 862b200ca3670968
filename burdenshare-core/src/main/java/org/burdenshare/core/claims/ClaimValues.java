package org.burdenshare.core.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimComposer.Composed;
import org.burdenshare.core.claims.Mentions.Amount;

/**
 * Claims built as values from what the reader found (a figure with the number and hedge a sentence
 * states, a place in a ranking), and collected with why, each once. A claim the claim language
 * cannot write ({@link ClaimParser#canWrite}) is no claim: the reader says only what a user could
 * also ask with {@code check --claim}.
 */
final class ClaimValues {
  private ClaimValues() {}

  /** An indicator for a country or group in a year. */
  static Value.Figure figure(String indicator, String group, int year) {
    // (the claim language reads a group without the spaces around it)
    return new Value.Figure(indicator, group.strip(), year);
  }

  /** A whole number: a count of allies, a place. */
  static Value.Literal number(int n) {
    return new Value.Literal(BigDecimal.valueOf(n), "", "");
  }

  /** A percentage. */
  static Value.Literal percent(BigDecimal n) {
    return new Value.Literal(n, "", "%");
  }

  /** Two values compared, with no allowance but the precision the number is written with. */
  static Claim claim(Value left, Op op, Value right) {
    return new Claim(left, op, right, null);
  }

  /** "rank(share_of_gdp(NATO, 2024), ESP, lowest) = 1": a country's place among the allies. */
  static Claim rank(String indicator, int year, String country, boolean lowest, int place) {
    return rank(indicator, year, "NATO", country, lowest, Op.EQ, place);
  }

  /**
   * A country's place within a group ("NATO", "NATO_EUROPE") compared with {@code op}: "= 4",
   * "&lt;= 3" (among the first three).
   */
  static Claim rank(
      String indicator, int year, String group, String country, boolean lowest, Op op, int place) {
    return claim(
        new Value.Rank(figure(indicator, group, year), country, lowest), op, number(place));
  }

  /** How the figure compares with a stated number, by the number's hedge ("more than" → &gt;). */
  static Op op(Amount a) {
    return Hedge.of(a.hedge()).op();
  }

  /** The number as the sentence states it, in its unit (money without a currency is dollars). */
  static Value.Literal lit(Amount a) {
    return lit(a, a.value());
  }

  /** Another number in the unit of a stated one. */
  private static Value.Literal lit(Amount a, BigDecimal value) {
    return switch (a.unit()) {
      case PERCENT -> percent(value);
      case MONEY ->
          new Value.Literal(value, a.scale(), a.currency().isEmpty() ? "USD" : a.currency());
      default -> new Value.Literal(value, "", "");
    };
  }

  /**
   * A figure stated with its hedge: "about 2 %" is 2 % within 5 %; "just over X" says more than X
   * but not by much, at most 5 % more (and "just under" at most 5 % less), two claims.
   */
  static List<Claim> bounded(Value left, Amount a) {
    Hedge hedge = Hedge.of(a.hedge());
    Claim stated = new Claim(left, hedge.op(), lit(a), hedge.tolerance());
    BigDecimal limit = hedge.justLimit(a.value());
    if (limit == null) {
      return List.of(stated);
    }
    return List.of(stated, claim(left, hedge.op() == Op.GT ? Op.LE : Op.GE, lit(a, limit)));
  }

  /** Adds claims read together ("just over X", a run of years), each as {@link #add} does. */
  static void add(List<Composed> out, List<Claim> claims, Map<String, Integer> stated, String why) {
    for (Claim c : claims) {
      add(out, c, stated, why);
    }
  }

  /** Adds a claim with why it was read, unless it was read already or cannot be written. */
  static void add(List<Composed> out, Claim claim, Map<String, Integer> stated, String why) {
    if (!ClaimParser.canWrite(claim)) {
      return; // a composition the claim language cannot say is no claim
    }
    for (Composed x : out) {
      if (x.claim().equals(claim)) {
        return;
      }
    }
    out.add(new Composed(claim, stated, why));
  }
}
