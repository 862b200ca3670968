package org.burdenshare.bench;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.burdenshare.core.scenarios.MonteCarlo;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scenario Monte Carlo kernel: 10,000 paths × 32 allies × 10 years (3.2 million ally-years),
 * with the 10/50/90 percentile bands and the probability of reaching the target. Baseline in the
 * same run: the plain way — one thread, java.util.Random's nextGaussian, percentiles by sorting.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class MonteCarloBenchmark {
  static final int ALLIES = 32;
  static final int PATHS = 10_000;
  static final int YEARS = 10;

  double[] share0 = new double[ALLIES];
  double[] spendMean = new double[ALLIES];
  double[] spendSd = new double[ALLIES];
  double[] gdpMean = new double[ALLIES];
  double[] gdpSd = new double[ALLIES];

  @Setup(Level.Trial)
  public void setUp() {
    Random r = new Random(1);
    for (int i = 0; i < ALLIES; i++) {
      share0[i] = 1.5 + 2 * r.nextDouble();
      spendMean[i] = 0.02 + 0.1 * r.nextDouble();
      spendSd[i] = 0.02 + 0.08 * r.nextDouble();
      gdpMean[i] = 0.01 + 0.03 * r.nextDouble();
      gdpSd[i] = 0.01 + 0.03 * r.nextDouble();
    }
  }

  @Benchmark
  public MonteCarlo.Result kernel() {
    return MonteCarlo.run(
        share0, spendMean, spendSd, gdpMean, gdpSd, 0.8, 3.5, YEARS, PATHS, 2025L);
  }

  @Benchmark
  public double[] baselinePlain() {
    Random rng = new Random(2025L);
    double[] probability = new double[ALLIES];
    double[] p50 = new double[ALLIES * YEARS];
    for (int a = 0; a < ALLIES; a++) {
      double[][] shares = new double[YEARS][PATHS];
      int reached = 0;
      for (int p = 0; p < PATHS; p++) {
        double share = share0[a];
        for (int y = 0; y < YEARS; y++) {
          share *=
              (1 + spendMean[a] + spendSd[a] * rng.nextGaussian())
                  / (1 + gdpMean[a] + gdpSd[a] * rng.nextGaussian());
          shares[y][p] = share;
        }
        reached += share >= 3.5 ? 1 : 0;
      }
      probability[a] = (double) reached / PATHS;
      for (int y = 0; y < YEARS; y++) {
        Arrays.sort(shares[y]);
        p50[a * YEARS + y] =
            shares[y][PATHS / 2] + shares[y][PATHS / 10] + shares[y][PATHS * 9 / 10];
      }
    }
    return probability;
  }
}
