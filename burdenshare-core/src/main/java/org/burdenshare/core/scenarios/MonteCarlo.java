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
    return run(
        share0,
        spendMean,
        spendSd,
        gdpMean,
        gdpSd,
        new double[] {damping},
        target,
        years,
        paths,
        seed)[0];
  }

  /**
   * The same simulation under several dampings at once, one result per damping, each the very
   * result of a run with that damping alone: the draws do not depend on the damping, so each is
   * made once and moves every damping's path (a sensitivity table of four dampings costs one set of
   * draws rather than four).
   */
  public static Result[] run(
      double[] share0,
      double[] spendMean,
      double[] spendSd,
      double[] gdpMean,
      double[] gdpSd,
      double[] dampings,
      double target,
      int years,
      int paths,
      long seed) {
    int allies = share0.length;
    int runs = dampings.length;
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] streams = new SplittableRandom[allies];
    for (int a = 0; a < allies; a++) {
      streams[a] = root.split();
    }
    double[][][] p10 = new double[runs][allies][years];
    double[][][] p50 = new double[runs][allies][years];
    double[][][] p90 = new double[runs][allies][years];
    double[][] probability = new double[runs][allies];
    IntStream.range(0, allies)
        .parallel()
        .forEach(
            a -> {
              SplittableRandom rng = streams[a];
              float[][][] shares = new float[runs][years][paths];
              int[] reached = new int[runs];
              double excess = spendMean[a] - gdpMean[a];
              double[][] trend = new double[runs][years];
              for (int r = 0; r < runs; r++) {
                double kept = 1;
                for (int y = 0; y < years; y++) {
                  trend[r][y] = gdpMean[a] + excess * kept;
                  kept *= dampings[r];
                }
              }
              // GDP on its trend (no spread, the default): no draw for it, which halves the draws
              boolean gdpVaries = gdpSd[a] != 0;
              double gdpFactor = 1 / (1 + gdpMean[a]);
              double[] share = new double[runs];
              for (int p = 0; p < paths; p++) {
                java.util.Arrays.fill(share, share0[a]);
                for (int y = 0; y < years; y++) {
                  double spendDraw = spendSd[a] * rng.nextGaussian();
                  double gdpGrowth = gdpVaries ? 1 + gdpMean[a] + gdpSd[a] * rng.nextGaussian() : 0;
                  for (int r = 0; r < runs; r++) {
                    double spendGrowth = trend[r][y] + spendDraw;
                    share[r] =
                        gdpVaries
                            ? share[r] * (1 + spendGrowth) / gdpGrowth
                            : share[r] * (1 + spendGrowth) * gdpFactor;
                    shares[r][y][p] = (float) share[r];
                  }
                }
                for (int r = 0; r < runs; r++) {
                  if (share[r] >= target) {
                    reached[r]++;
                  }
                }
              }
              for (int r = 0; r < runs; r++) {
                probability[r][a] = (double) reached[r] / paths;
                for (int y = 0; y < years; y++) {
                  float[] s = shares[r][y];
                  p10[r][a][y] = select(s, (int) (0.1 * (paths - 1)));
                  p50[r][a][y] = select(s, (int) (0.5 * (paths - 1)));
                  p90[r][a][y] = select(s, (int) (0.9 * (paths - 1)));
                }
              }
            });
    Result[] out = new Result[runs];
    for (int r = 0; r < runs; r++) {
      out[r] = new Result(p10[r], p50[r], p90[r], probability[r]);
    }
    return out;
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
