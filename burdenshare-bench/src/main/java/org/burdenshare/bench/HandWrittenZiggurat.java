package org.burdenshare.bench;

import java.util.SplittableRandom;

/**
 * The scenario kernel's former normal source, kept here only as what {@link NormalDrawsBenchmark}
 * measures the JDK's against. Standard normal draws by the ziggurat method (Marsaglia and Tsang,
 * "The Ziggurat Method for Generating Random Variables", Journal of Statistical Software 5(8),
 * 2000), 128 layers. Most draws cost one random integer, a table look-up and a multiplication,
 * which is what lets the Monte Carlo kernel draw millions a second; the polar method's logarithm
 * and rejection loop cost four times as much.
 */
final class HandWrittenZiggurat {
  private static final double R = 3.442619855899;
  private static final int[] KN = new int[128];
  private static final double[] WN = new double[128];
  private static final double[] FN = new double[128];

  static {
    double m1 = 2147483648.0;
    double dn = R;
    double tn = dn;
    double vn = 9.91256303526217e-3;
    double q = vn / Math.exp(-0.5 * dn * dn);
    KN[0] = (int) ((dn / q) * m1);
    KN[1] = 0;
    WN[0] = q / m1;
    WN[127] = dn / m1;
    FN[0] = 1.0;
    FN[127] = Math.exp(-0.5 * dn * dn);
    for (int i = 126; i >= 1; i--) {
      dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
      KN[i + 1] = (int) ((dn / tn) * m1);
      tn = dn;
      FN[i] = Math.exp(-0.5 * dn * dn);
      WN[i] = dn / m1;
    }
  }

  private HandWrittenZiggurat() {}

  /** One standard normal draw. */
  static double next(SplittableRandom rng) {
    int hz = rng.nextInt();
    int iz = hz & 127;
    if (Math.abs(hz) < KN[iz]) {
      return hz * WN[iz];
    }
    return fix(rng, hz, iz);
  }

  /** The slow path: the base strip's tail, or the wedge between two layers. */
  private static double fix(SplittableRandom rng, int hz, int iz) {
    while (true) {
      double x = hz * WN[iz];
      if (iz == 0) {
        double y;
        do {
          x = -Math.log(1.0 - rng.nextDouble()) / R;
          y = -Math.log(1.0 - rng.nextDouble());
        } while (y + y < x * x);
        return hz > 0 ? R + x : -R - x;
      }
      if (FN[iz] + rng.nextDouble() * (FN[iz - 1] - FN[iz]) < Math.exp(-0.5 * x * x)) {
        return x;
      }
      hz = rng.nextInt();
      iz = hz & 127;
      if (Math.abs(hz) < KN[iz]) {
        return hz * WN[iz];
      }
    }
  }
}
