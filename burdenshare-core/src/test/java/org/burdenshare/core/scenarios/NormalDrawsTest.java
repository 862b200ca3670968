package org.burdenshare.core.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The draws the Monte Carlo kernel uses (SplittableRandom.nextGaussian) have the standard normal's
 * moments and tails, as the kernel's bands assume.
 */
class NormalDrawsTest {
  @Test
  void momentsAndTailsOfTwoMillionDraws() {
    SplittableRandom rng = new SplittableRandom(11);
    int n = 2_000_000;
    double sum = 0;
    double sumSq = 0;
    double sum4 = 0;
    int beyond1 = 0;
    int beyond2 = 0;
    int beyond3 = 0;
    int beyond4 = 0;
    for (int i = 0; i < n; i++) {
      double z = rng.nextGaussian();
      sum += z;
      sumSq += z * z;
      sum4 += z * z * z * z;
      double a = Math.abs(z);
      beyond1 += a > 1 ? 1 : 0;
      beyond2 += a > 2 ? 1 : 0;
      beyond3 += a > 3 ? 1 : 0;
      beyond4 += a > 4 ? 1 : 0;
    }
    assertThat(sum / n).isCloseTo(0, within(0.004));
    assertThat(sumSq / n).isCloseTo(1, within(0.005));
    assertThat(sum4 / n).isCloseTo(3, within(0.05));
    // P(|Z| > k) for k = 1..4: 0.317311, 0.0455003, 0.0026998, 0.0000633
    assertThat((double) beyond1 / n).isCloseTo(0.317311, within(0.0015));
    assertThat((double) beyond2 / n).isCloseTo(0.0455003, within(0.0006));
    assertThat((double) beyond3 / n).isCloseTo(0.0026998, within(0.0002));
    assertThat((double) beyond4 / n).isCloseTo(0.0000633, within(0.00003));
  }
}
