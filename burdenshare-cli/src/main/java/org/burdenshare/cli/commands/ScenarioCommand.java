package org.burdenshare.cli.commands;

import org.burdenshare.cli.GroupOption;
import org.burdenshare.cli.ReleaseOptions;
import org.burdenshare.core.Engine;
import org.burdenshare.core.scenarios.Scenario;
import org.burdenshare.core.scenarios.ScenarioSpec;
import org.burdenshare.render.Num;
import org.burdenshare.render.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "scenario",
    sortOptions = false,
    description = {
      "What a target share of GDP would cost each ally, year by year to the target year: the"
          + " spending path, the extra against staying at today's share, the cumulative cost, the"
          + " year the target is reached, and — by Monte Carlo on each ally's recent trend and GDP"
          + " volatility — the probability of reaching it. Deterministic for a --seed.",
      "Example: burdenshare scenario --target 3.5 --by 2035 --shape linear --gdp stochastic"
    })
public final class ScenarioCommand extends AnswerCommand {
  @Option(
      names = "--target",
      defaultValue = "" + ScenarioSpec.DEFAULT_TARGET,
      paramLabel = "PERCENT",
      description = "Target share of GDP. Default: ${DEFAULT-VALUE}.")
  double target;

  @Option(
      names = "--by",
      defaultValue = "" + ScenarioSpec.DEFAULT_TARGET_YEAR,
      paramLabel = "YEAR",
      description = "Target year. Default: ${DEFAULT-VALUE}.")
  int by;

  // Enum defaults cannot be computed in an annotation; ScenarioDefaultsTest holds these two to
  // ScenarioSpec.DEFAULT_SHAPE and DEFAULT_GDP.
  @Option(
      names = "--shape",
      defaultValue = "linear",
      paramLabel = "SHAPE",
      description = "linear, front_loaded or constant_real_growth. Default: ${DEFAULT-VALUE}.")
  ScenarioSpec.PathShape shape;

  @Option(
      names = "--gdp",
      defaultValue = "trend",
      paramLabel = "MODE",
      description =
          "trend (each ally's own), uniform (--growth), or stochastic. Default: ${DEFAULT-VALUE}.")
  ScenarioSpec.GdpAssumption gdp;

  @Option(
      names = "--growth",
      defaultValue = "" + ScenarioSpec.DEFAULT_UNIFORM_GROWTH,
      paramLabel = "RATE",
      description = "Real GDP growth for --gdp uniform. Default: ${DEFAULT-VALUE}.")
  double growth;

  @Option(
      names = "--inflation",
      defaultValue = "" + ScenarioSpec.DEFAULT_INFLATION,
      paramLabel = "RATE",
      description = "Yearly inflation for current prices. Default: ${DEFAULT-VALUE}.")
  double inflation;

  @Option(
      names = "--base-year",
      paramLabel = "YEAR",
      description = "Base year. Default: the release's last year.")
  Integer baseYear;

  @Option(
      names = "--paths",
      defaultValue = "" + ScenarioSpec.DEFAULT_PATHS,
      paramLabel = "N",
      description = "Monte Carlo paths per ally. Default: ${DEFAULT-VALUE}.")
  int paths;

  @Option(
      names = "--seed",
      defaultValue = "" + ScenarioSpec.DEFAULT_SEED,
      paramLabel = "N",
      description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--trend-years",
      defaultValue = "" + ScenarioSpec.DEFAULT_TREND_YEARS,
      paramLabel = "N",
      description = "Years that define a trend. Default: ${DEFAULT-VALUE}.")
  int trendYears;

  @Option(
      names = "--damping",
      defaultValue = "" + ScenarioSpec.DEFAULT_DAMPING,
      paramLabel = "X",
      description =
          "How much of an ally's recent surge of spending above its GDP growth it keeps each"
              + " further year, from 0 to 1 (1: the trend goes on undamped). Default:"
              + " ${DEFAULT-VALUE}.")
  double damping;

  @Mixin GroupOption groupOption;

  /**
   * --as-of: the newest full release published by the date (the first year simulated follows it);
   * --release: exactly this one. Default: the newest.
   */
  @Mixin ReleaseOptions release;

  @Override
  protected Rendered answer(Engine engine) {
    ScenarioSpec spec =
        new ScenarioSpec(
            target,
            by,
            shape,
            gdp,
            growth,
            inflation,
            baseYear,
            null,
            groupOption.countries,
            paths,
            seed,
            trendYears,
            damping);
    Scenario s =
        new org.burdenshare.core.questions.Burdenshare(engine).scenario(spec, release.choice());
    Scenario.GroupYear last = s.group().get(s.group().size() - 1);
    Rendered r =
        new Rendered(s)
            .header(
                "Reaching "
                    + Num.of(target).raw()
                    + " % of GDP by "
                    + by
                    + " ("
                    + shape.name().toLowerCase(java.util.Locale.ROOT)
                    + " path, "
                    + gdp.name().toLowerCase(java.util.Locale.ROOT)
                    + " GDP), from "
                    + s.baseYear()
                    + " ("
                    + s.release().id()
                    + ")")
            .header(
                "Extra spending against today's shares, "
                    + (s.baseYear() + 1)
                    + "–"
                    + by
                    + ": "
                    + Num.of(last.cumulativeExtraCurrent()).text()
                    + " million USD at current prices; in "
                    + by
                    + " the group spends "
                    + Num.of(last.spendingCurrent()).text()
                    + " million USD, the United States "
                    + String.format(java.util.Locale.ROOT, "%.1f %%", last.usShare())
                    + " of it.")
            .columns(
                "country",
                "name",
                "share now",
                "GDP growth",
                "spending trend",
                "extra to " + by + " (current, million USD)",
                "path reaches",
                "trend first reaches",
                org.burdenshare.render.Chance.heading(spec.target(), by));
    for (Scenario.AllyPath a : s.allies()) {
      r.row(
          a.country(),
          a.name(),
          new Num(a.share0(), 2, a.estimate()),
          pct(a.gdpGrowth()),
          pct(a.spendGrowth()),
          new Num(a.cumulativeExtraCurrent(), 0, false),
          a.yearReached() == null ? "" : a.yearReached(),
          a.trendYearReached() == null ? "not by " + (by + 15) : a.trendYearReached(),
          org.burdenshare.render.Chance.of(
              a.probability(), a.share0(), spec.target(), a.spendGrowth()));
    }
    r.footer(org.burdenshare.render.Chance.definition(spec.target(), by));
    r.footer(
        "'trend first reaches' is the year the trend without ups and downs first reaches the"
            + " target; it can differ from the chance, which counts the simulated paths at or"
            + " above the target in "
            + by
            + ".");
    s.notes().forEach(r::footer);
    r.csvColumns(
        "country",
        "year",
        "share",
        "spending_constant",
        "spending_current",
        "baseline_constant",
        "extra_constant",
        "extra_current",
        "p10",
        "p50",
        "p90");
    for (Scenario.AllyPath a : s.allies()) {
      for (int i = 0; i < a.path().size(); i++) {
        Scenario.YearPoint p = a.path().get(i);
        Scenario.Band b = a.bands().get(i);
        r.csvRow(
            a.country(),
            p.year(),
            Num.of(p.share()),
            Num.of(p.spendingConstant()),
            Num.of(p.spendingCurrent()),
            Num.of(p.baselineConstant()),
            Num.of(p.extraConstant()),
            Num.of(p.extraCurrent()),
            Num.of(b.p10()),
            Num.of(b.p50()),
            Num.of(b.p90()));
      }
    }
    return r;
  }

  private static String pct(double rate) {
    return String.format(java.util.Locale.ROOT, "%.1f %%", rate * 100);
  }
}
