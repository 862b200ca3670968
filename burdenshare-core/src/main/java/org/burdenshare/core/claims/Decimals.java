package org.burdenshare.core.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers written with a fixed count of decimals, exactly as {@code String.format(Locale.ROOT,
 * "%.2f", v)} (or {@code "%,.0f"} with grouping) writes them, without the format string parsed and
 * the formatter built anew for every figure: a verdict writes several numbers, and an article holds
 * dozens of verdicts. Both round half up from the shortest decimal that names the double; {@code
 * DecimalsTest} holds them to the same output.
 */
final class Decimals {
  private Decimals() {}

  /**
   * @param places decimals after the point
   * @param grouping commas between thousands, as the {@code ,} flag
   */
  static String fixed(double v, int places, boolean grouping) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "Infinity" : "-Infinity";
    }
    // the formatter's sign: any negative value, -0.0 and those that round to zero included
    String sign = Double.compare(v, 0.0) < 0 ? "-" : "";
    String plain =
        new BigDecimal(Double.toString(Math.abs(v)))
            .setScale(places, RoundingMode.HALF_UP)
            .toPlainString();
    if (!grouping) {
      return sign + plain;
    }
    int point = plain.indexOf('.');
    int whole = point < 0 ? plain.length() : point;
    StringBuilder b = new StringBuilder(plain.length() + whole / 3 + 1).append(sign);
    for (int i = 0; i < whole; i++) {
      if (i > 0 && (whole - i) % 3 == 0) {
        b.append(',');
      }
      b.append(plain.charAt(i));
    }
    return b.append(plain, whole, plain.length()).toString();
  }
}
