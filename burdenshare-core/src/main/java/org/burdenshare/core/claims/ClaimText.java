package org.burdenshare.core.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimComposer.Composed;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.errors.InvalidQueryException;

/** Claims written in the claim language from a number and its hedge, and collected with why. */
final class ClaimText {
  private ClaimText() {}

  /** "rank(share_of_gdp(NATO, 2024), ESP, lowest) = 1": a country's place among the allies. */
  static String rankClaim(String indicator, int year, String country, boolean lowest, int place) {
    return rankClaim(indicator, year, country, lowest, "=", place);
  }

  /**
   * A place in NATO's ranking compared with {@code op}: "= 4", "&lt;= 3" (among the first three).
   */
  static String rankClaim(
      String indicator, int year, String country, boolean lowest, String op, int place) {
    return rankClaim(indicator, year, "NATO", country, lowest, op, place);
  }

  /** A country's place within a group ("NATO_EUROPE"), compared with {@code op}. */
  static String rankClaim(
      String indicator,
      int year,
      String group,
      String country,
      boolean lowest,
      String op,
      int place) {
    return "rank("
        + indicator
        + "("
        + group
        + ", "
        + year
        + "), "
        + country
        + (lowest ? ", lowest" : "")
        + ") "
        + op
        + " "
        + place;
  }

  static String op(Amount a) {
    if (a.hedge() == null || a.hedge().startsWith("within")) {
      return "=";
    }
    return a.hedge().startsWith("just") ? a.hedge().substring(4) : a.hedge();
  }

  /**
   * A figure stated with its hedge, in the claim language. "Just over X" ({@code just>}) says more
   * than X but not by much, at most 5 % more (and {@code just<} at most 5 % less): two claims, the
   * second added by {@link #add} from the text after ";".
   */
  static String bounded(String left, Amount a, String literal) {
    String claim = left + " " + op(a) + " " + literal + tolerance(a);
    if (a.hedge() != null && a.hedge().startsWith("just")) {
      boolean over = a.hedge().endsWith(">");
      BigDecimal limit = a.value().multiply(over ? JUST_OVER : JUST_UNDER).stripTrailingZeros();
      claim += ";" + left + (over ? " <= " : " >= ") + lit(a, limit);
    }
    return claim;
  }

  static String tolerance(Amount a) {
    return a.hedge() != null && a.hedge().startsWith("within") ? " " + a.hedge() : "";
  }

  /** "Just over X": more than X, and at most 5 % more (the development set's rule 2). */
  private static final BigDecimal JUST_OVER = new BigDecimal("1.05");

  /** "Just under X": less than X, and at most 5 % less. */
  private static final BigDecimal JUST_UNDER = new BigDecimal("0.95");

  static String lit(Amount a) {
    return lit(a, a.value());
  }

  /** Another number in the unit of a stated one. */
  private static String lit(Amount a, BigDecimal value) {
    String n = value.toPlainString();
    return switch (a.unit()) {
      case PERCENT -> n + "%";
      case MONEY ->
          n
              + (a.scale().isEmpty() ? "" : " " + a.scale())
              + " "
              + (a.currency().isEmpty() ? "USD" : a.currency());
      default -> n;
    };
  }

  static void add(List<Composed> out, String claim, Map<String, Integer> stated, String why) {
    if (claim.contains(";")) {
      for (String part : claim.split(";")) {
        add(out, part, stated, why);
      }
      return;
    }
    Claim c;
    try {
      c = ClaimParser.parse(claim);
    } catch (InvalidQueryException e) {
      return; // a composition the claim language cannot say is no claim
    }
    for (Composed x : out) {
      if (x.claim().equals(c)) {
        return;
      }
    }
    out.add(new Composed(c, stated, why));
  }
}
