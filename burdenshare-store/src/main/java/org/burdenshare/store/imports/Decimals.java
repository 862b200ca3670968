package org.burdenshare.store.imports;

/**
 * A number as a spreadsheet writes it ("1234.5", "-1.5E-3"), read as {@link Double#parseDouble}
 * reads it, bit for bit, but without its garbage for the usual case: a decimal of at most 15
 * significant digits and a power of ten of at most 22 is read as a whole number times or divided by
 * a power of ten, both exact as doubles, so that the one rounding of the product or quotient is the
 * correctly rounded value (Clinger's fast path). Anything else — more digits, another form,
 * something that is no number — is left to {@link Double#parseDouble}, which also refuses what is
 * no number.
 */
final class Decimals {
  private static final double[] POWERS = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p; // each exact: 10^22 is the largest power of ten a double holds exactly
      p *= 10;
    }
  }

  private Decimals() {}

  static double parse(String s) {
    int n = s.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    long digits = 0;
    int significant = 0;
    int scale = 0; // digits after the point
    boolean any = false;
    boolean point = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        any = true;
        if (digits == 0 && c == '0') {
          if (point) {
            scale++; // a leading zero after the point: not significant, but it scales
          }
          continue;
        }
        if (++significant > 15) {
          return Double.parseDouble(s);
        }
        digits = digits * 10 + (c - '0');
        if (point) {
          scale++;
        }
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (!any) {
      return Double.parseDouble(s);
    }
    int exponent = 0;
    if (i < n) {
      char c = s.charAt(i);
      if ((c != 'E' && c != 'e') || ++i >= n) {
        return Double.parseDouble(s);
      }
      boolean minus = false;
      if (s.charAt(i) == '-' || s.charAt(i) == '+') {
        minus = s.charAt(i) == '-';
        i++;
      }
      int start = i;
      for (; i < n && i - start < 4; i++) {
        c = s.charAt(i);
        if (c < '0' || c > '9') {
          return Double.parseDouble(s);
        }
        exponent = exponent * 10 + (c - '0');
      }
      if (i == start || i < n) {
        return Double.parseDouble(s);
      }
      exponent = minus ? -exponent : exponent;
    }
    int power = exponent - scale;
    double value;
    if (digits == 0) {
      value = 0;
    } else if (power >= 0 && power < POWERS.length) {
      value = digits * POWERS[power];
    } else if (power < 0 && -power < POWERS.length) {
      value = digits / POWERS[-power];
    } else {
      return Double.parseDouble(s);
    }
    return negative ? -value : value;
  }

  /**
   * A fraction as a percentage: the decimal Java prints for it ({@link Double#toString}, the
   * shortest that reads back as the same double) times 100, read as a double — exactly what {@code
   * new BigDecimal(Double.toString(v)).multiply(BigDecimal.valueOf(100)).doubleValue()} gives (both
   * round the same decimal correctly), without its garbage: 0.0123 is 1.23, not 1.2300000000000002.
   */
  static double percent(double fraction) {
    String s = Double.toString(fraction);
    if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
      return new java.math.BigDecimal(s).doubleValue(); // refused, as it was: no decimal
    }
    int e = s.indexOf('E');
    return parse(
        e < 0 ? s + "E2" : s.substring(0, e) + "E" + (Integer.parseInt(s.substring(e + 1)) + 2));
  }
}
