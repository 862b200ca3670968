package org.burdenshare.render;

import java.util.Locale;

/**
 * A scenario's chance of reaching a target, in words a researcher can quote: never a bare 0 or 100
 * %. A certainty says why (every simulated path, and on what growth); a chance that only rounds to
 * one reads "over 99 %" or "under 1 %". The command line and the pages say it the same way.
 */
public final class Chance {
  private Chance() {}

  /**
   * @param probability the share of simulated paths that reach the target, 0 to 1
   * @param shareNow the share of GDP now, percent
   * @param target the target, percent of GDP
   * @param spendGrowth the real spending growth a year the paths follow, as a fraction
   */
  public static String of(double probability, double shareNow, double target, double spendGrowth) {
    String growth =
        String.format(Locale.ROOT, " on real spending growth of %.1f %% a year", spendGrowth * 100);
    if (probability >= 1) {
      return shareNow >= target
          ? "100 % (already above it, and every simulated path stays there)"
          : "100 % (every simulated path gets there," + growth + ")";
    }
    if (probability <= 0) {
      return "0 % (no simulated path gets there," + growth + ")";
    }
    if (probability >= 0.995) {
      return "over 99 %";
    }
    if (probability < 0.005) {
      return "under 1 %";
    }
    return String.format(Locale.ROOT, "%.0f %%", probability * 100);
  }

  /**
   * What the chance means, said once for the page, the command line and the API: the share of
   * simulated paths at or above the target in the target year (not "by then": a path may reach it
   * earlier and fall back).
   */
  public static String definition(double target, int by) {
    return "Chance: the share of simulated paths (Monte Carlo) on which the ally is at or above "
        + target
        + " % of GDP in "
        + by
        + ", if it keeps its recent trend with its ups and downs.";
  }

  /** The heading of a column of chances. */
  public static String heading(double target, int by) {
    return "Chance of at or above " + target + " % in " + by;
  }
}
