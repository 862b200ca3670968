package org.burdenshare.core.fairshare;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Spearman's rho and Kendall's tau-b with two-sided p-values, written out here so that core stays
 * free of dependencies (the tests check them against Apache Commons Math).
 *
 * <p>Spearman's p-value uses the t approximation t = r √((n−2)/(1−r²)) with n−2 degrees of freedom;
 * Kendall's uses the normal approximation with the variance corrected for ties.
 */
public final class RankCorrelation {
  /** A coefficient, its two-sided p-value and the number of pairs. */
  public record Result(double coefficient, double pValue, int n) {}

  private RankCorrelation() {}

  /** Ranks from 1, ties given their average rank. */
  static double[] ranks(double[] x) {
    int n = x.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && x[order[j + 1]] == x[order[i]]) {
        j++;
      }
      double average = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = average;
      }
      i = j + 1;
    }
    return ranks;
  }

  static double pearson(double[] x, double[] y) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  public static Result spearman(double[] x, double[] y) {
    check(x, y);
    int n = x.length;
    double r = pearson(ranks(x), ranks(y));
    double p;
    if (Math.abs(r) >= 1) {
      p = 0;
    } else {
      double t = r * Math.sqrt((n - 2) / (1 - r * r));
      p = 2 * studentTUpperTail(Math.abs(t), n - 2);
    }
    return new Result(r, Math.min(1, p), n);
  }

  public static Result kendall(double[] x, double[] y) {
    check(x, y);
    int n = x.length;
    long concordant = 0;
    long discordant = 0;
    long tiesX = 0;
    long tiesY = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double dx = Math.signum(x[i] - x[j]);
        double dy = Math.signum(y[i] - y[j]);
        if (dx == 0 && dy == 0) {
          continue;
        } else if (dx == 0) {
          tiesX++;
        } else if (dy == 0) {
          tiesY++;
        } else if (dx == dy) {
          concordant++;
        } else {
          discordant++;
        }
      }
    }
    double n0 = n * (n - 1) / 2.0;
    double n1 = tieSum(x);
    double n2 = tieSum(y);
    double tau = (concordant - discordant) / Math.sqrt((n0 - n1) * (n0 - n2));
    // Variance of S under independence, with ties (Kendall 1970).
    double v0 = n * (n - 1.0) * (2 * n + 5);
    double vt = tieVariance(x);
    double vu = tieVariance(y);
    double v1 = tiePairs(x) * tiePairs(y) / (2.0 * n * (n - 1));
    double v2 = tieTriples(x) * tieTriples(y) / (9.0 * n * (n - 1) * (n - 2));
    double var = (v0 - vt - vu) / 18 + v1 + v2;
    double z = (concordant - discordant) / Math.sqrt(var);
    double p = 2 * normalUpperTail(Math.abs(z));
    return new Result(tau, Math.min(1, p), n);
  }

  private static void check(double[] x, double[] y) {
    if (x.length != y.length || x.length < 3) {
      throw new IllegalArgumentException("need two series of equal length, at least 3");
    }
  }

  /** For each group of tied values of size t: the sums that the tie corrections use. */
  private static long[] tieGroups(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    long[] groups = new long[s.length];
    int g = 0;
    int i = 0;
    while (i < s.length) {
      int j = i;
      while (j + 1 < s.length && s[j + 1] == s[i]) {
        j++;
      }
      if (j > i) {
        groups[g++] = j - i + 1;
      }
      i = j + 1;
    }
    return Arrays.copyOf(groups, g);
  }

  private static double tieSum(double[] x) {
    double s = 0;
    for (long t : tieGroups(x)) {
      s += t * (t - 1) / 2.0;
    }
    return s;
  }

  private static double tieVariance(double[] x) {
    double s = 0;
    for (long t : tieGroups(x)) {
      s += t * (t - 1.0) * (2 * t + 5);
    }
    return s;
  }

  private static double tiePairs(double[] x) {
    double s = 0;
    for (long t : tieGroups(x)) {
      s += t * (t - 1.0);
    }
    return s;
  }

  private static double tieTriples(double[] x) {
    double s = 0;
    for (long t : tieGroups(x)) {
      s += t * (t - 1.0) * (t - 2.0);
    }
    return s;
  }

  /** P(Z > z) for a standard normal Z. */
  static double normalUpperTail(double z) {
    return 0.5 * erfc(z / Math.sqrt(2));
  }

  /** The complementary error function (Numerical Recipes' Chebyshev fit, error below 1.2e-7). */
  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double r =
        t
            * Math.exp(
                -z * z
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }

  /** P(T > t) for Student's t with df degrees of freedom, t ≥ 0. */
  static double studentTUpperTail(double t, double df) {
    double x = df / (df + t * t);
    return 0.5 * regularizedBeta(x, df / 2, 0.5);
  }

  /** The regularized incomplete beta function I_x(a, b), by Lentz's continued fraction. */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front =
        Math.exp(
            logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    if (x < (a + 1) / (a + b + 2)) {
      return front * betaFraction(x, a, b) / a;
    }
    return 1 - front * betaFraction(1 - x, b, a) / b;
  }

  private static double betaFraction(double x, double a, double b) {
    double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 300; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      h *= d * c;
      aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < 1e-15) {
        break;
      }
    }
    return h;
  }

  /** ln Γ(x) for x &gt; 0 (Lanczos, g = 7). */
  static double logGamma(double x) {
    double[] g = {
      0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
      -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
      1.5056327351493116e-7
    };
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    x -= 1;
    double a = g[0];
    double t = x + 7.5;
    for (int i = 1; i < 9; i++) {
      a += g[i] / (x + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
  }
}
