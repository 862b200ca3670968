package org.burdenshare.core.scenarios;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The Monte Carlo kernel: for each ally, many paths of its share of GDP when its real spending and
 * its real GDP grow by normally distributed yearly rates, spending's mean rate coming back to GDP's
 * as a damped trend. Deterministic for a seed, whatever the number of threads: each ally draws from
 * its own stream, split from the seed in ally order. The draws are the JDK's
 * (SplittableRandom.nextGaussian, McFarland's 64-bit modified ziggurat), as fast as the
 * hand-written 128-layer one they replace (NormalDrawsBenchmark) and without its sharing of the low
 * bits between layer and value.
 */
public final class MonteCarlo {
  /**
   * The outcome per ally: the share of GDP at the 10th, 50th and 90th percentile for each year, and
   * the fraction of paths at or above the target in the last year.
   */
  public record Result(double[][] p10, double[][] p50, double[][] p90, double[] probability) {}

  private MonteCarlo() {}

  /**
   * @param share0 each ally's share of GDP in the base year, percent
   * @param spendMean mean yearly real growth of defence spending (0.03 = 3 %)
   * @param spendSd its standard deviation
   * @param gdpMean mean yearly real GDP growth
   * @param gdpSd its standard deviation
   * @param damping the fraction of spending's excess over GDP's mean growth kept each further year
   *     (1: undamped)
   * @param years how many years after the base year
   * @param paths how many paths per ally
   */
  public static Result run(
      double[] share0,
      double[] spendMean,
      double[] spendSd,
      double[] gdpMean,
      double[] gdpSd,
      double damping,
      double target,
      int years,
      int paths,
      long seed) {
    int allies = share0.length;
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] streams = new SplittableRandom[allies];
    for (int a = 0; a < allies; a++) {
      streams[a] = root.split();
    }
    double[][] p10 = new double[allies][years];
    double[][] p50 = new double[allies][years];
    double[][] p90 = new double[allies][years];
    double[] probability = new double[allies];
    IntStream.range(0, allies)
        .parallel()
        .forEach(
            a -> {
              SplittableRandom rng = streams[a];
              float[][] shares = new float[years][paths];
              int reached = 0;
              double excess = spendMean[a] - gdpMean[a];
              double[] trend = new double[years];
              double kept = 1;
              for (int y = 0; y < years; y++) {
                trend[y] = gdpMean[a] + excess * kept;
                kept *= damping;
              }
              // GDP on its trend (no spread, the default): no draw for it, which halves the draws
              boolean gdpVaries = gdpSd[a] != 0;
              double gdpFactor = 1 / (1 + gdpMean[a]);
              for (int p = 0; p < paths; p++) {
                double share = share0[a];
                for (int y = 0; y < years; y++) {
                  double spendGrowth = trend[y] + spendSd[a] * rng.nextGaussian();
                  share =
                      gdpVaries
                          ? share
                              * (1 + spendGrowth)
                              / (1 + gdpMean[a] + gdpSd[a] * rng.nextGaussian())
                          : share * (1 + spendGrowth) * gdpFactor;
                  shares[y][p] = (float) share;
                }
                if (share >= target) {
                  reached++;
                }
              }
              probability[a] = (double) reached / paths;
              for (int y = 0; y < years; y++) {
                float[] s = shares[y];
                p10[a][y] = select(s, (int) (0.1 * (paths - 1)));
                p50[a][y] = select(s, (int) (0.5 * (paths - 1)));
                p90[a][y] = select(s, (int) (0.9 * (paths - 1)));
              }
            });
    return new Result(p10, p50, p90, probability);
  }

  /** The k-th smallest value (0-based), by quickselect; reorders the array. */
  static double select(float[] a, int k) {
    int lo = 0;
    int hi = a.length - 1;
    while (lo < hi) {
      float pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          float t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }
}
