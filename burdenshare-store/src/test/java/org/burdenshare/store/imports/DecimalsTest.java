package org.burdenshare.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Decimals#parse} gives {@link Double#parseDouble}'s double, bit for bit, or its refusal.
 */
class DecimalsTest {
  private static void same(String s) {
    Object expected;
    try {
      expected = Double.doubleToRawLongBits(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      expected = "refused";
    }
    Object actual;
    try {
      actual = Double.doubleToRawLongBits(Decimals.parse(s));
    } catch (NumberFormatException e) {
      actual = "refused";
    }
    assertThat(actual).as(s).isEqualTo(expected);
  }

  @Test
  void theFormsASpreadsheetWritesAndOthers() {
    for (String s :
        List.of(
            "0",
            "-0",
            "+0",
            "0.000",
            "-0.0",
            "1",
            "1.",
            ".5",
            "-.5",
            "1949",
            "0.05",
            "1.05",
            "0.018234567890123",
            "3.5714285714285716E-2",
            "-1.5E-3",
            "1E5",
            "1e+22",
            "1e22",
            "1e23",
            "123456789012345E22",
            "1234567890123456",
            "9007199254740993",
            "0.1",
            "0.3",
            "2.675",
            "1e-22",
            "1e-23",
            "4.9E-324",
            "1.7976931348623157E308",
            "",
            ".",
            "-",
            "+",
            "e5",
            "1e",
            "1E+",
            "1E-",
            "1e12345",
            " 1",
            "1 ",
            "1d",
            "1f",
            "Infinity",
            "NaN",
            "0x1p3",
            "1..2",
            "1.2.3",
            "--1",
            "1e5.5",
            "12abc",
            "...",
            "xxx")) {
      same(s);
    }
  }

  @Test
  void randomDecimalsAreReadBitForBit() {
    Random random = new Random(25);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder s = new StringBuilder();
      if (random.nextInt(4) == 0) {
        s.append('-');
      }
      int before = random.nextInt(10);
      for (int d = 0; d < before; d++) {
        s.append((char) ('0' + random.nextInt(10)));
      }
      if (random.nextBoolean()) {
        s.append('.');
        int after = random.nextInt(19);
        for (int d = 0; d < after; d++) {
          s.append((char) ('0' + random.nextInt(10)));
        }
      }
      if (random.nextInt(3) == 0) {
        s.append(random.nextBoolean() ? 'E' : 'e').append(random.nextInt(60) - 30);
      }
      same(s.toString());
    }
  }

  @Test
  void noNumberIsRefusedAsParseDoubleRefusesIt() {
    assertThatThrownBy(() -> Decimals.parse("1,5")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void aPercentageIsWhatBigDecimalMadeOfTheFraction() {
    Random random = new Random(26);
    for (int i = 0; i < 200_000; i++) {
      double fraction =
          switch (i % 4) {
            case 0 -> random.nextDouble();
            case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            case 2 -> Double.longBitsToDouble(random.nextLong());
            default -> Decimals.parse("0." + (random.nextInt(1_000_000)));
          };
      if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
        continue;
      }
      double expected =
          new java.math.BigDecimal(Double.toString(fraction))
              .multiply(java.math.BigDecimal.valueOf(100))
              .doubleValue();
      assertThat(Decimals.percent(fraction)).as("%s", fraction).isEqualTo(expected);
    }
    assertThat(Decimals.percent(0.0123)).isEqualTo(1.23);
    assertThatThrownBy(() -> Decimals.percent(Double.NaN))
        .isInstanceOf(NumberFormatException.class);
  }
}
