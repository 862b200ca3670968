package org.burdenshare.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Numbers in verdicts are written as the formatter wrote them: the same text, to the character. */
class DecimalsTest {
  private static void same(double v) {
    assertThat(Decimals.fixed(v, 2, false))
        .as("%.2f of %s", v)
        .isEqualTo(String.format(Locale.ROOT, "%.2f", v));
    assertThat(Decimals.fixed(v, 1, false)).as("%.1f of %s", v).isEqualTo(fmt("%.1f", v));
    assertThat(Decimals.fixed(v, 0, false)).as("%.0f of %s", v).isEqualTo(fmt("%.0f", v));
    assertThat(Decimals.fixed(v, 0, true)).as("%,.0f of %s", v).isEqualTo(fmt("%,.0f", v));
    assertThat(Decimals.fixed(v, 2, true)).as("%,.2f of %s", v).isEqualTo(fmt("%,.2f", v));
  }

  private static String fmt(String format, double v) {
    return String.format(Locale.ROOT, format, v);
  }

  @Test
  void writtenAsTheFormatterWritesThem() {
    for (double v :
        new double[] {
          0,
          -0.0,
          0.005,
          0.015,
          0.125,
          1.005,
          2.675,
          -0.001,
          -0.004,
          1.385,
          1.375,
          999.995,
          1_234_567.891,
          -1_234_567.5,
          0.5,
          1.5,
          2.5,
          -2.5,
          1e-9,
          123456789012345.67,
          1e20,
          Double.NaN,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY,
          Double.MIN_VALUE,
          4.6,
          70.0,
          2.0,
          1.38,
          52.45,
          0.045
        }) {
      same(v);
    }
  }

  @Test
  void randomFiguresOfEveryMagnitude() {
    Random r = new Random(22);
    for (int i = 0; i < 200_000; i++) {
      double magnitude = Math.pow(10, r.nextInt(16) - 4);
      double v = (r.nextDouble() - 0.2) * magnitude;
      same(v);
      // numbers written with few decimals, as figures are, land on ties of the rounding
      same(Math.round(v * 1000) / 1000.0);
      same(Math.round(v * 200) / 200.0);
    }
  }
}
