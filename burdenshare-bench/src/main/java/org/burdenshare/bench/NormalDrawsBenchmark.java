package org.burdenshare.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A million standard normal draws, as the scenario kernel makes them: the JDK's
 * SplittableRandom.nextGaussian (a 64-bit modified ziggurat, what the kernel uses) against the
 * hand-written 128-layer ziggurat it replaced (the baseline, in the same run).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalDrawsBenchmark {
  static final int DRAWS = 1_000_000;

  @Benchmark
  public double jdkNextGaussian() {
    SplittableRandom rng = new SplittableRandom(2025L);
    double sum = 0;
    for (int i = 0; i < DRAWS; i++) {
      sum += rng.nextGaussian();
    }
    return sum;
  }

  @Benchmark
  public double baselineHandWrittenZiggurat() {
    SplittableRandom rng = new SplittableRandom(2025L);
    double sum = 0;
    for (int i = 0; i < DRAWS; i++) {
      sum += HandWrittenZiggurat.next(rng);
    }
    return sum;
  }
}
