package org.burdenshare.server;

import static org.burdenshare.server.PageParams.number;
import static org.burdenshare.server.PageParams.param;
import static org.burdenshare.server.PageParts.pct;
import static org.burdenshare.server.PageParts.row;
import static org.burdenshare.server.PageParts.series;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.burdenshare.core.Engine;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.scenarios.Scenario;
import org.burdenshare.core.scenarios.ScenarioSpec;
import org.burdenshare.render.Chance;
import org.burdenshare.render.Num;
import org.burdenshare.server.pages.Chart;
import org.burdenshare.server.pages.ChoiceForm;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.Section;
import org.burdenshare.server.pages.ShownTable;

/** What-if scenarios: the cost of a target for each ally, and how likely each is to reach it. */
final class ScenarioPages {
  private ScenarioPages() {}

  /** A path's chance of the target, as the command line says it (see {@link Chance}). */
  static String chance(Scenario.AllyPath x, double target) {
    return Chance.of(x.probability(), x.share0(), target, x.spendGrowth());
  }

  static PageResult scenarios(PageRequest page, Engine engine) {
    Context ctx = page.ctx;
    ScenarioSpec defaults = ScenarioSpec.defaults();
    double target = number(ctx, "target", defaults.target());
    int by = (int) number(ctx, "by", defaults.targetYear());
    String shape = param(ctx, "shape", defaults.shape().name().toLowerCase(Locale.ROOT));
    String gdp = param(ctx, "gdp", defaults.gdp().name().toLowerCase(Locale.ROOT));
    String country = param(ctx, "country", "DEU");
    LocalDate asOf = PageParams.asOf(ctx);
    ScenarioSpec spec;
    try {
      spec =
          new ScenarioSpec(
              target,
              by,
              ScenarioSpec.PathShape.valueOf(shape.toUpperCase(Locale.ROOT)),
              ScenarioSpec.GdpAssumption.valueOf(gdp.toUpperCase(Locale.ROOT)),
              defaults.uniformGrowth(),
              defaults.inflation(),
              null,
              null,
              defaults.group(),
              defaults.paths(),
              defaults.seed(),
              defaults.trendYears(),
              defaults.damping());
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException(
          "The path shape must be linear, front_loaded or constant_real_growth, and GDP trend, uniform or stochastic.");
    }
    // the scenario starts from the newest full release published by the date, never a later one
    var ask = new org.burdenshare.core.questions.Burdenshare(engine);
    spec = ask.scenarioFrom(spec, ReleaseChoice.asOf(asOf));
    // the page's scenario and its sensitivity table's, made together in one Monte Carlo pass
    List<Scenario> underDampings = ask.scenarios(spec, DAMPINGS);
    int own = DAMPINGS.indexOf(spec.damping());
    Scenario s = own >= 0 ? underDampings.get(own) : ask.scenario(spec);
    List<ChoiceForm.Option> fanFor =
        s.allies().stream()
            .map(x -> new ChoiceForm.Option(x.country(), x.name(), x.country().equals(country)))
            .toList();
    ChoiceForm form =
        new ChoiceForm(
            "/scenarios",
            List.of(
                ChoiceForm.Field.number(
                    "target", "Target, % of GDP", String.valueOf(target), "0.5", "10", "0.1"),
                ChoiceForm.Field.number("by", "By", String.valueOf(by), "2027", "2060", null),
                ChoiceForm.Field.choice(
                    "shape",
                    "Path",
                    options(
                        shape,
                        "linear",
                        "the same step each year",
                        "front_loaded",
                        "most of the rise early",
                        "constant_real_growth",
                        "one constant real growth rate")),
                ChoiceForm.Field.choice(
                    "gdp",
                    "GDP",
                    options(
                        gdp,
                        "trend",
                        "each ally's own trend",
                        "uniform",
                        "1.5 % a year for all",
                        "stochastic",
                        "its trend, with its ups and downs")),
                ChoiceForm.Field.choice("country", "Fan chart for", fanFor)),
            null,
            asOf);
    Scenario.GroupYear last = s.group().get(s.group().size() - 1);
    String cost =
        "From "
            + s.baseYear()
            + " ("
            + s.release().title()
            + "), reaching "
            + target
            + " % of GDP by "
            + by
            + " would cost the allies "
            + OverviewPages.inWords(last.cumulativeExtraCurrent(), "million USD")
            + " ("
            + Num.of(last.cumulativeExtraCurrent()).text()
            + " million USD) more than staying at today's shares (current prices, "
            + (s.baseYear() + 1)
            + "–"
            + by
            + "). In "
            + by
            + " the United States would carry "
            + pct(last.usShare())
            + " of the total. "
            + definition(target, by);

    Scenario.AllyPath a =
        s.allies().stream()
            .filter(x -> x.country().equals(country))
            .findFirst()
            .orElse(s.allies().get(0));
    List<String> cats = new ArrayList<>();
    List<Double> low = new ArrayList<>();
    List<Double> mid = new ArrayList<>();
    List<Double> high = new ArrayList<>();
    List<Double> path = new ArrayList<>();
    List<List<Object>> fanRows = new ArrayList<>();
    for (int i = 0; i < a.path().size(); i++) {
      Scenario.Band b = a.bands().get(i);
      cats.add(Integer.toString(b.year()));
      low.add(b.p10());
      mid.add(b.p50());
      high.add(b.p90());
      path.add(a.path().get(i).share());
      fanRows.add(
          row(
              Integer.toString(b.year()),
              new Num(a.path().get(i).share(), 2, false),
              new Num(b.p10(), 2, false),
              new Num(b.p50(), 2, false),
              new Num(b.p90(), 2, false)));
    }
    Map<String, Object> fan = new LinkedHashMap<>();
    fan.put("type", "fan");
    fan.put("title", a.name());
    fan.put("yName", "% of GDP");
    fan.put("categories", cats);
    fan.put("low", low);
    fan.put("high", high);
    fan.put("series", List.of(series("Median on its trend", mid), series("Scenario path", path)));
    fan.put("lines", List.of(Map.of("value", target, "label", target + " %")));
    PageParts.source(
        fan,
        "Projection by burdenshare from "
            + s.release().publisher()
            + ", "
            + s.release().title()
            + " (published "
            + s.release().published()
            + "): not NATO figures.",
        a.country() + "-scenario-" + target + "-percent-by-" + by);
    String chance =
        "If it keeps its recent real spending growth ("
            + pct(a.spendGrowth() * 100)
            + " a year), the chance of reaching "
            + target
            + " % in "
            + by
            + " (at or above it that year) is "
            + chance(a, target)
            + ". The band holds 80 % of the Monte Carlo paths.";
    Section fanSection =
        new Section(
            "fan",
            a.name() + ": the path and its trend",
            org.burdenshare.server.pages.ReleaseNote.of(
                s.release(),
                "the newest release published by "
                    + asOf
                    + " that holds shares of GDP, spending and GDP; the scenario starts from its"
                    + " last year, "
                    + s.baseYear(),
                asOf),
            List.of(chance),
            Chart.of(
                "chart-fan",
                "Fan chart of "
                    + a.name()
                    + "'s share of GDP to "
                    + by
                    + ": the scenario path, and the 10th to 90th percentile band and median if it"
                    + " keeps its trend.",
                fan),
            page.shown(
                new DataTable(
                        "fan",
                        a.name()
                            + ": share of GDP (%) on the scenario path and on its trend (percentiles)",
                        List.of(
                            "Year",
                            "Scenario path",
                            "10th percentile",
                            "Median",
                            "90th percentile"),
                        fanRows,
                        1)
                    .named(
                        a.country() + "-scenario-" + target + "-percent-by-" + by,
                        s.release().id())),
            List.of());

    List<List<Object>> rows = new ArrayList<>();
    for (Scenario.AllyPath x : s.allies()) {
      rows.add(
          row(
              x.name(),
              x.country(),
              new Num(x.share0(), 2, x.estimate()),
              new Num(x.cumulativeExtraCurrent(), 0, false),
              x.yearReached() == null ? "" : x.yearReached().toString(),
              x.trendYearReached() == null
                  ? "not by " + (by + 15)
                  : x.trendYearReached().toString(),
              chance(x, target)));
    }
    ShownTable every =
        page.shown(
            new DataTable(
                    "scenario-allies",
                    "Cost and likelihood per ally (extra spending in million USD at current prices, "
                        + (s.baseYear() + 1)
                        + "–"
                        + by
                        + ")",
                    List.of(
                        "Ally",
                        "Code",
                        "Share now (%)",
                        "Extra to " + by,
                        "Path reaches",
                        "Trend first reaches",
                        Chance.heading(target, by)),
                    rows,
                    2)
                .named(
                    "scenario-" + target + "-percent-by-" + by + "-every-ally", s.release().id()));
    Section allies =
        new Section(
            "allies",
            "Every ally",
            null,
            List.of(
                definition(target, by),
                "\"Trend first reaches\" is the year the ally's trend without ups and downs (its"
                    + " recent real spending growth, damped as below) first reaches the target; the"
                    + " chance counts the simulated paths, with their ups and downs, that are at or"
                    + " above it in "
                    + by
                    + ". They can differ: a trend that reaches the target in "
                    + (by - 2)
                    + " can still leave half the paths below it in "
                    + by
                    + ", and an ally above it now can fall below on some paths."),
            null,
            every,
            List.of());
    return AnalysisPages.show(
        page.frame("Scenarios", "/scenarios"),
        page,
        form,
        List.of(cost),
        s.notes(),
        null,
        fanSection,
        sensitivity(page, spec, underDampings, s, a.country()),
        allies);
  }

  private static Scenario.AllyPath path(Scenario s, String country) {
    return s.allies().stream()
        .filter(p -> p.country().equals(country))
        .findFirst()
        .orElse(s.allies().get(0));
  }

  /** The dampings the sensitivity table tries, the default among them. */
  static final List<Double> DAMPINGS = ScenarioSpec.SENSITIVITY_DAMPINGS;

  /**
   * How much the likelihoods rest on the damping of trends: the chosen ally's median share and
   * chance of the target, and how many allies are more likely than not to reach it, under each.
   */
  private static Section sensitivity(
      PageRequest page,
      ScenarioSpec spec,
      List<Scenario> underDampings,
      Scenario base,
      String country) {
    Scenario.AllyPath ally = path(base, country);
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < DAMPINGS.size(); i++) {
      double d = DAMPINGS.get(i);
      Scenario s = underDampings.get(i);
      Scenario.AllyPath x = path(s, country);
      long likely = s.allies().stream().filter(p -> p.probability() >= 0.5).count();
      rows.add(
          row(
              String.format(Locale.ROOT, "%.1f", d)
                  + (d == ScenarioSpec.DEFAULT_DAMPING
                      ? " (default)"
                      : d == 1.0 ? " (undamped)" : ""),
              new Num(x.bands().get(x.bands().size() - 1).p50(), 2, false),
              chance(x, spec.target()),
              Long.toString(likely)));
    }
    return new Section(
        "sensitivity",
        "How much this rests on the trend's damping",
        null,
        List.of(
            "Each row runs the same scenario with another damping: the share of an ally's recent"
                + " surge above its GDP growth that it keeps each further year (1: none fades)."),
        null,
        page.shown(
            new DataTable(
                    "sensitivity",
                    "Damping of trends: "
                        + ally.name()
                        + "'s median share of GDP in "
                        + spec.targetYear()
                        + ", its chance of "
                        + spec.target()
                        + " %, and the allies more likely than not to reach it",
                    List.of(
                        "Damping",
                        ally.name() + ": median share (%)",
                        ally.name() + ": chance",
                        "Allies likely to reach it"),
                    rows,
                    1)
                .named("scenario-sensitivity-" + ally.country(), null)),
        List.of());
  }

  /** What "chance" means, said once the same way wherever a chance is shown. */
  static String definition(double target, int by) {
    return Chance.definition(target, by);
  }

  /** The choices of a list of value and words pairs, the one given selected. */
  static List<ChoiceForm.Option> options(String value, String... valuesAndWords) {
    List<ChoiceForm.Option> out = new ArrayList<>();
    for (int i = 0; i + 1 < valuesAndWords.length; i += 2) {
      out.add(
          new ChoiceForm.Option(
              valuesAndWords[i], valuesAndWords[i + 1], valuesAndWords[i].equals(value)));
    }
    return out;
  }
}
