package org.burdenshare.core.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import org.burdenshare.core.Engine;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.Group;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseChoice;

/**
 * Projects scenarios from one release's figures. Pure and deterministic for a seed.
 *
 * <p>Base: each ally's published share of GDP and its spending at current prices in the base year;
 * GDP is the one implied by the share. Histories: real GDP growth from the release's GDP at
 * constant prices (all years up to the base year), real spending growth from its spending at
 * constant prices over the trend years.
 */
public final class ScenarioEngine {
  /** How far past the target year the trend is followed to find when it would reach the target. */
  static final int TREND_HORIZON = 15;

  private final Engine engine;

  public ScenarioEngine(Engine engine) {
    this.engine = engine;
  }

  /** An ally's base-year figures and growth history. */
  record Base(
      String country,
      double share0,
      double spend0,
      double gdpMean,
      double gdpSd,
      double spendMean,
      double spendSd,
      boolean estimate) {}

  public Scenario run(ScenarioSpec spec) {
    return run(spec, List.of(spec.damping())).get(0);
  }

  /**
   * The scenario under each of several dampings of trends (a sensitivity table), each the very
   * answer {@link #run(ScenarioSpec)} gives with that damping, from one Monte Carlo pass: the draws
   * do not depend on the damping.
   */
  public List<Scenario> run(ScenarioSpec spec, List<Double> dampings) {
    Figures data = engine.figures();
    Release release = release(spec);
    int base =
        spec.baseYear() != null
            ? spec.baseYear()
            : data.years(release.id(), Indicators.SHARE_OF_GDP).last();
    if (!data.covers(release.id(), Indicators.SHARE_OF_GDP, base)) {
      throw new InvalidQueryException(
          "Release " + release.id() + " has no shares of GDP for the base year " + base + ".");
    }
    if (spec.targetYear() <= base || spec.targetYear() > base + 50) {
      throw new InvalidQueryException(
          "The target year must be after the base year "
              + base
              + " and at most 50 years later, found "
              + spec.targetYear()
              + ".");
    }
    Group group = engine.group(spec.group(), base);
    List<Base> bases = new ArrayList<>();
    List<String> none = new ArrayList<>();
    for (String c : group.members()) {
      Optional<Base> b = base(data, release.id(), c, base, spec.trendYears());
      if (b.isPresent()) {
        bases.add(b.get());
      } else {
        none.add(c);
      }
    }
    if (bases.isEmpty()) {
      throw new InvalidQueryException(
          "No member of "
              + spec.group()
              + " has the figures a scenario needs in "
              + release.id()
              + ".");
    }
    int years = spec.targetYear() - base;
    MonteCarlo.Result[] mc = monteCarlo(spec, bases, years, dampings);
    List<Scenario> out = new ArrayList<>();
    for (int r = 0; r < dampings.size(); r++) {
      out.add(scenario(spec.withDamping(dampings.get(r)), release, base, bases, none, mc[r]));
    }
    return out;
  }

  private Scenario scenario(
      ScenarioSpec spec,
      Release release,
      int base,
      List<Base> bases,
      List<String> none,
      MonteCarlo.Result mc) {
    Figures data = engine.figures();
    int years = spec.targetYear() - base;
    List<Scenario.AllyPath> allies = new ArrayList<>();
    for (int i = 0; i < bases.size(); i++) {
      allies.add(
          path(
              spec,
              bases.get(i),
              data.countries().nameOf(bases.get(i).country()),
              base,
              years,
              mc,
              i));
    }
    List<Scenario.GroupYear> totals = groupTotals(allies, base, years);
    List<String> notes = new ArrayList<>();
    notes.add(
        "GDP is implied by each ally's published share of GDP in "
            + base
            + "; constant prices are "
            + base
            + " prices.");
    notes.add("Current prices assume " + percent(spec.inflation()) + " inflation a year.");
    notes.add(
        "Trends: each ally's mean real spending growth over its last "
            + spec.trendYears()
            + " years, of which the part above its GDP growth "
            + (spec.damping() >= 1
                ? "goes on undamped."
                : "fades to "
                    + String.format(java.util.Locale.ROOT, "%.0f %%", 100 * spec.damping())
                    + " of itself each further year (a damped trend), so that a recent surge is"
                    + " not compounded for a decade."));
    if (release.decimalsOf(Indicators.SHARE_OF_GDP).isPresent()) {
      notes.add(
          "The target covers core defence spending only; the 1.5 % of GDP for defence- and security-related spending (The Hague 2025) has no published figures.");
    }
    return new Scenario(spec, release.ref(), base, allies, totals, none, notes);
  }

  /**
   * The release a scenario as of a date starts from: the newest published by then that holds every
   * figure a path needs (shares of GDP, spending in current and constant dollars, GDP at constant
   * prices) for its last year; null when none does. A partial release never does.
   */
  public static String releaseAsOf(Figures data, java.time.LocalDate date) {
    return data.releases().stream()
        .filter(r -> !r.partial() && !r.published().isAfter(date))
        .filter(
            r -> {
              var years = data.years(r.id(), Indicators.SHARE_OF_GDP);
              return !years.isEmpty()
                  && List.of(
                          Indicators.DEFENCE_EXP_CURRENT_USD,
                          Indicators.DEFENCE_EXP_CONSTANT_USD,
                          "gdp_constant_usd")
                      .stream()
                      .allMatch(i -> data.covers(r.id(), i, years.last()));
            })
        .max(java.util.Comparator.comparing(Release::published))
        .map(Release::id)
        .orElse(null);
  }

  /** The release a scenario starts from: the spec's, or when it names none, the newest's. */
  public Release release(ScenarioSpec spec) {
    if (spec.release() != null) {
      return engine.figures().release(spec.release());
    }
    NavigableSet<Integer> years = engine.figures().years(Indicators.SHARE_OF_GDP);
    int year = spec.baseYear() != null ? spec.baseYear() : years.last();
    return engine.figures().select(Indicators.SHARE_OF_GDP, year, ReleaseChoice.latest()).release();
  }

  private static Optional<Base> base(
      Figures data, String release, String c, int base, int trendYears) {
    Optional<Observation> share = data.find(release, Indicators.SHARE_OF_GDP, base, c);
    Optional<Observation> spent = data.find(release, Indicators.DEFENCE_EXP_CURRENT_USD, base, c);
    if (share.isEmpty() || spent.isEmpty() || share.get().value() <= 0) {
      return Optional.empty();
    }
    double[] gdp = growth(data, release, "gdp_constant_usd", c, base, 99);
    double[] spend =
        growth(data, release, Indicators.DEFENCE_EXP_CONSTANT_USD, c, base, trendYears);
    if (gdp.length < 2 || spend.length < 2) {
      return Optional.empty();
    }
    return Optional.of(
        new Base(
            c,
            share.get().value(),
            spent.get().value(),
            mean(gdp),
            sd(gdp),
            mean(spend),
            sd(spend),
            share.get().estimate() || spent.get().estimate()));
  }

  /**
   * Yearly growth rates of an indicator up to the base year, the most recent {@code last} of them.
   */
  static double[] growth(
      Figures data, String release, String indicator, String c, int base, int last) {
    List<Double> rates = new ArrayList<>();
    for (int y = base; y > base - last && rates.size() < last; y--) {
      Optional<Observation> now = data.find(release, indicator, y, c);
      Optional<Observation> before = data.find(release, indicator, y - 1, c);
      if (now.isEmpty() || before.isEmpty() || before.get().value() <= 0) {
        break;
      }
      rates.add(now.get().value() / before.get().value() - 1);
    }
    return rates.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  static double sd(double[] x) {
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return Math.sqrt(s / (x.length - 1));
  }

  private static double gdpGrowth(ScenarioSpec spec, Base b) {
    return spec.gdp() == ScenarioSpec.GdpAssumption.UNIFORM ? spec.uniformGrowth() : b.gdpMean();
  }

  private static MonteCarlo.Result[] monteCarlo(
      ScenarioSpec spec, List<Base> bases, int years, List<Double> dampings) {
    int n = bases.size();
    double[] share0 = new double[n];
    double[] sm = new double[n];
    double[] ss = new double[n];
    double[] gm = new double[n];
    double[] gs = new double[n];
    for (int i = 0; i < n; i++) {
      Base b = bases.get(i);
      share0[i] = b.share0();
      sm[i] = b.spendMean();
      ss[i] = b.spendSd();
      gm[i] = gdpGrowth(spec, b);
      gs[i] = spec.gdp() == ScenarioSpec.GdpAssumption.STOCHASTIC ? b.gdpSd() : 0;
    }
    return MonteCarlo.run(
        share0,
        sm,
        ss,
        gm,
        gs,
        dampings.stream().mapToDouble(Double::doubleValue).toArray(),
        spec.target(),
        years,
        spec.paths(),
        spec.seed());
  }

  /** The share of GDP in year k of n on the scenario's path (k = 0 is the base year). */
  static double share(
      ScenarioSpec.PathShape shape, double s0, double target, int k, int n, double g) {
    if (s0 >= target) {
      return s0;
    }
    double x = (double) k / n;
    return switch (shape) {
      case LINEAR -> s0 + (target - s0) * x;
      case FRONT_LOADED -> s0 + (target - s0) * (1 - (1 - x) * (1 - x));
      case CONSTANT_REAL_GROWTH -> {
        // spending grows at r with (1 + r)^n = (target / s0) (1 + g)^n
        double r = Math.pow(target / s0, 1.0 / n) * (1 + g) - 1;
        yield s0 * Math.pow((1 + r) / (1 + g), k);
      }
    };
  }

  private static Scenario.AllyPath path(
      ScenarioSpec spec,
      Base b,
      String name,
      int base,
      int years,
      MonteCarlo.Result mc,
      int index) {
    double g = gdpGrowth(spec, b);
    double gdp0 = b.spend0() / b.share0() * 100;
    List<Scenario.YearPoint> points = new ArrayList<>();
    double cumConstant = 0;
    double cumCurrent = 0;
    Integer reached = b.share0() >= spec.target() ? base : null;
    for (int k = 1; k <= years; k++) {
      double gdp = gdp0 * Math.pow(1 + g, k);
      double share = share(spec.shape(), b.share0(), spec.target(), k, years, g);
      double spend = share / 100 * gdp;
      double baseline = b.share0() / 100 * gdp;
      double prices = Math.pow(1 + spec.inflation(), k);
      double extra = spend - baseline;
      cumConstant += extra;
      cumCurrent += extra * prices;
      if (reached == null && share >= spec.target() - 1e-9) {
        reached = base + k;
      }
      points.add(
          new Scenario.YearPoint(
              base + k, share, spend, spend * prices, baseline, extra, extra * prices));
    }
    Integer trend = null;
    double share = b.share0();
    double kept = 1;
    for (int k = 0; k <= years + TREND_HORIZON; k++) {
      if (k > 0) {
        // the damped trend: the excess of spending's growth over GDP's fades year by year
        share = share * (1 + g + (b.spendMean() - g) * kept) / (1 + g);
        kept *= spec.damping();
      }
      if (share >= spec.target()) {
        trend = base + k;
        break;
      }
    }
    List<Scenario.Band> bands = new ArrayList<>();
    for (int k = 0; k < years; k++) {
      bands.add(
          new Scenario.Band(
              base + k + 1, mc.p10()[index][k], mc.p50()[index][k], mc.p90()[index][k]));
    }
    return new Scenario.AllyPath(
        b.country(),
        name,
        b.share0(),
        g,
        spec.gdp() == ScenarioSpec.GdpAssumption.STOCHASTIC ? b.gdpSd() : 0,
        b.spendMean(),
        b.spendSd(),
        points,
        cumConstant,
        cumCurrent,
        reached,
        trend,
        mc.probability()[index],
        bands,
        b.estimate());
  }

  private static List<Scenario.GroupYear> groupTotals(
      List<Scenario.AllyPath> allies, int base, int years) {
    List<Scenario.GroupYear> out = new ArrayList<>();
    double cumulative = 0;
    for (int k = 0; k < years; k++) {
      double constant = 0;
      double current = 0;
      double extraConstant = 0;
      double extraCurrent = 0;
      double us = 0;
      for (Scenario.AllyPath a : allies) {
        Scenario.YearPoint p = a.path().get(k);
        constant += p.spendingConstant();
        current += p.spendingCurrent();
        extraConstant += p.extraConstant();
        extraCurrent += p.extraCurrent();
        if (a.country().equals("USA")) {
          us = p.spendingConstant();
        }
      }
      cumulative += extraCurrent;
      out.add(
          new Scenario.GroupYear(
              base + k + 1,
              constant,
              current,
              extraConstant,
              extraCurrent,
              cumulative,
              us / constant * 100));
    }
    return out;
  }

  private static String percent(double rate) {
    return String.format(java.util.Locale.ROOT, "%.1f %%", rate * 100);
  }
}
