package org.burdenshare.core.scenarios;

import java.util.List;
import org.burdenshare.core.errors.InvalidQueryException;

/**
 * What a scenario assumes.
 *
 * @param target the target share of GDP, percent (3.5 for The Hague's core target)
 * @param targetYear the year it is to be reached (2035)
 * @param shape how each ally's share moves from today's to the target
 * @param gdp how GDP grows
 * @param uniformGrowth the real GDP growth rate for {@link GdpAssumption#UNIFORM} (0.015 = 1.5 %)
 * @param inflation the yearly rise of prices, to turn constant into current dollars (0.02)
 * @param baseYear the year the path starts from; null for the release's last year
 * @param release the release the base figures come from; null for the newest
 * @param group whose spending
 * @param paths Monte Carlo paths per ally
 * @param seed the random seed: the same seed gives the same answer
 * @param trendYears how many recent years define an ally's trend
 * @param damping how much of an ally's recent growth of spending above its GDP growth it keeps each
 *     further year (0.8: a fifth of the surge fades each year, so a few years' rise is not
 *     compounded for a decade; 1: the trend goes on undamped, 0: spending follows GDP at once). A
 *     damped trend, as in Gardner and McKenzie's forecasting of trends (1985).
 */
public record ScenarioSpec(
    double target,
    int targetYear,
    PathShape shape,
    GdpAssumption gdp,
    double uniformGrowth,
    double inflation,
    Integer baseYear,
    String release,
    String group,
    int paths,
    long seed,
    int trendYears,
    double damping) {

  /** The same scenario with another damping of trends (to show how much the answer rests on it). */
  public ScenarioSpec withDamping(double otherDamping) {
    return with(release, otherDamping);
  }

  /** The same scenario from another release's figures. */
  public ScenarioSpec withRelease(String otherRelease) {
    return with(otherRelease, damping);
  }

  private ScenarioSpec with(String otherRelease, double otherDamping) {
    return new ScenarioSpec(
        target,
        targetYear,
        shape,
        gdp,
        uniformGrowth,
        inflation,
        baseYear,
        otherRelease,
        group,
        paths,
        seed,
        trendYears,
        otherDamping);
  }

  /** How the share of GDP moves from the base year to the target year. */
  public enum PathShape {
    /** The share rises by the same step each year. */
    LINEAR,
    /** Most of the rise comes early: the gap closes along 1 − (1 − x)². */
    FRONT_LOADED,
    /** Spending grows at one constant real rate that reaches the target in the target year. */
    CONSTANT_REAL_GROWTH
  }

  /** How real GDP grows. */
  public enum GdpAssumption {
    /** Each ally at its own historical mean rate. */
    TREND,
    /** Every ally at one given rate. */
    UNIFORM,
    /**
     * Each ally at its historical mean, and the Monte Carlo draws around it with its volatility.
     */
    STOCHASTIC
  }

  public ScenarioSpec {
    if (!(target > 0 && target < 100)) {
      throw new InvalidQueryException(
          "The target must be a share of GDP above 0 and below 100 %, found " + target + ".");
    }
    if (paths < 1 || paths > 1_000_000) {
      throw new InvalidQueryException("Paths must be from 1 to 1,000,000, found " + paths + ".");
    }
    if (trendYears < 2 || trendYears > 30) {
      throw new InvalidQueryException(
          "The trend needs from 2 to 30 years, found " + trendYears + ".");
    }
    if (!(damping >= 0 && damping <= 1)) {
      throw new InvalidQueryException(
          "The damping of trends must be from 0 (none kept) to 1 (undamped), found "
              + damping
              + ".");
    }
    if (Math.abs(inflation) > 0.5 || Math.abs(uniformGrowth) > 0.5) {
      throw new InvalidQueryException("Growth and inflation are yearly rates such as 0.02 (2 %).");
    }
  }

  // The defaults, in one place: the CLI's options, the API's parameters and the dashboard's form
  // all take these, so the same question gets the same answer wherever it is asked.
  public static final double DEFAULT_TARGET = 3.5;
  public static final int DEFAULT_TARGET_YEAR = 2035;
  public static final PathShape DEFAULT_SHAPE = PathShape.LINEAR;
  public static final GdpAssumption DEFAULT_GDP = GdpAssumption.TREND;
  public static final double DEFAULT_UNIFORM_GROWTH = 0.015;
  public static final double DEFAULT_INFLATION = 0.02;
  public static final String DEFAULT_GROUP = "NATO";
  public static final int DEFAULT_PATHS = 10_000;
  public static final long DEFAULT_SEED = 2025L;
  public static final int DEFAULT_TREND_YEARS = 5;
  public static final double DEFAULT_DAMPING = 0.8;

  /** The dampings a sensitivity table tries, the default among them. */
  public static final List<Double> SENSITIVITY_DAMPINGS = List.of(0.6, DEFAULT_DAMPING, 0.9, 1.0);

  /**
   * The Hague's question with every default: 3.5 % of GDP in core spending by 2035 for NATO, a
   * linear path, each ally's trend GDP, 2 % inflation, 10,000 paths, seed 2025, a 5-year trend
   * damped by 0.8 a year, from the newest release's last year.
   */
  public static ScenarioSpec defaults() {
    return new ScenarioSpec(
        DEFAULT_TARGET,
        DEFAULT_TARGET_YEAR,
        DEFAULT_SHAPE,
        DEFAULT_GDP,
        DEFAULT_UNIFORM_GROWTH,
        DEFAULT_INFLATION,
        null,
        null,
        DEFAULT_GROUP,
        DEFAULT_PATHS,
        DEFAULT_SEED,
        DEFAULT_TREND_YEARS,
        DEFAULT_DAMPING);
  }
}
