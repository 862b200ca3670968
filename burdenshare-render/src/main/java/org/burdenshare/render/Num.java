package org.burdenshare.render;

/**
 * A number in a table cell: shown rounded for people, written unrounded for machines.
 *
 * @param decimals decimals to show in text, or -1 to choose by size
 * @param estimate whether the publisher marks the figure as an estimate (shown with a trailing e)
 */
public record Num(double value, int decimals, boolean estimate) {
  public static Num of(double value) {
    return new Num(value, -1, false);
  }

  public static Num of(double value, boolean estimate) {
    return new Num(value, -1, estimate);
  }

  /** A figure shown as its unit suggests: percentages always with two decimals, as NATO prints. */
  public static Num of(double value, String unit, boolean estimate) {
    return new Num(value, "percent".equals(unit) ? 2 : -1, estimate);
  }

  /** For people: grouped thousands, a sensible number of decimals, "e" for estimates. */
  public String text() {
    int d = decimals >= 0 ? decimals : Math.abs(value) >= 1000 ? 0 : Math.abs(value) >= 1 ? 2 : 3;
    return String.format(java.util.Locale.ROOT, "%,." + d + "f", value) + (estimate ? " e" : "");
  }

  /** For machines: the value as published, no grouping, no rounding. */
  public String raw() {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return java.math.BigDecimal.valueOf(value).toPlainString();
  }
}
