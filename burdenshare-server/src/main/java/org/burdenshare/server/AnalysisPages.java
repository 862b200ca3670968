package org.burdenshare.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import org.burdenshare.core.Engine;
import org.burdenshare.core.InvalidQueryException;
import org.burdenshare.core.fairshare.FairShare;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.scenarios.Scenario;
import org.burdenshare.core.scenarios.ScenarioSpec;
import org.burdenshare.core.targets.Target;
import org.burdenshare.core.targets.TargetStatus;
import org.burdenshare.render.Num;
import org.burdenshare.server.pages.AnalysisPage;
import org.burdenshare.server.pages.Chart;
import org.burdenshare.server.pages.ChoiceForm;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.Frame;
import org.burdenshare.server.pages.Section;
import org.burdenshare.server.pages.ShownTable;
import org.burdenshare.store.ReferenceData;

/** The dashboard pages Targets, Scenarios and Fair share. */
final class AnalysisPages {
  private AnalysisPages() {}

  static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  static Map<String, Object> series(String name, List<?> data) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("data", data);
    return m;
  }

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f %%", v);
  }

  // ------------------------------------------------------------------ targets

  static String targets(Dashboard.Page page, Engine engine, LocalDate asOf, Integer yearParam) {
    ReleaseChoice choice = ReleaseChoice.asOf(asOf);
    NavigableSet<Integer> years = engine.dataset().answerableYears(Indicators.SHARE_OF_GDP, choice);
    if (years.isEmpty()) {
      throw new InvalidQueryException("No release had been published by " + asOf + ".");
    }
    int year = yearParam == null ? years.last() : yearParam;
    ChoiceForm form = ChoiceForm.of("/targets", year, Dashboard.newestFirst(years), asOf);
    List<Target> targets = ReferenceData.targets();
    var ask = new org.burdenshare.core.questions.Burdenshare(engine);
    List<List<Object>> summary = new ArrayList<>();
    for (TargetStatus s : ask.targets(targets, year, null, "NATO", choice)) {
      Target t = s.target();
      summary.add(
          row(
              t.name(),
              t.summit() + ", " + t.agreed(),
              t.deadline() == null ? "" : t.deadline().toString(),
              s.measurable() ? s.count() + " of " + s.allies() : "not measured",
              s.release() == null ? t.note() : s.summary()));
    }
    ShownTable lead =
        page.shown(
            new DataTable(
                "targets",
                "Guidelines and pledges, " + year + ", as published by " + asOf,
                List.of(
                    "Target", "Agreed", "Deadline", "Allies meeting it", "Measured in, or note"),
                summary,
                99));

    List<String> ids = List.of("wales-2014-gdp", "hague-2025-core", "wales-2014-equipment");
    List<String> cats = new ArrayList<>();
    Map<String, List<Integer>> counts = new LinkedHashMap<>();
    List<List<Object>> rows = new ArrayList<>();
    for (int y : years) {
      cats.add(Integer.toString(y));
      List<Object> r = row(Integer.toString(y));
      for (String id : ids) {
        TargetStatus s = ask.targets(targets, y, id, "NATO", choice).get(0);
        Target t = s.target();
        counts.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(s.count());
        r.add(s.count() + " of " + s.allies());
      }
      rows.add(r);
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("type", "line");
    line.put("title", "Allies meeting each target");
    line.put("yName", "allies");
    line.put("categories", cats);
    List<Object> ser = new ArrayList<>();
    counts.forEach((k, v) -> ser.add(series(k, v)));
    line.put("series", ser);
    List<String> cols = new ArrayList<>(List.of("Year"));
    counts.keySet().forEach(cols::add);
    Section overTime =
        new Section(
            "over",
            "Who meets what, over time",
            null,
            List.of(),
            Chart.of(
                "chart-targets",
                "Line chart of how many allies met 2 % of GDP, 3.5 % of GDP and 20 % on equipment"
                    + " in each year.",
                line),
            page.shown(
                new DataTable(
                    "targets-over-time",
                    "Allies meeting each target by year, as published by " + asOf,
                    cols,
                    rows,
                    1)),
            List.of());

    TargetStatus s = ask.targets(targets, year, "wales-2014-gdp", "NATO", choice).get(0);
    Target wales = s.target();
    List<List<Object>> allies = new ArrayList<>();
    for (TargetStatus.AllyStatus a : s.status()) {
      allies.add(
          row(
              a.name(),
              a.country(),
              a.value() == null ? "" : new Num(a.value(), 2, a.estimate()),
              a.meets() ? "yes" : a.value() == null ? "no figure" : "no",
              a.since() == null ? "" : a.since() + (a.sinceStartOfRelease() ? " or earlier" : ""),
              Integer.toString(a.yearsInRow())));
    }
    Section since =
        new Section(
            "since",
            "2 % of GDP in " + year + ": since when",
            null,
            List.of(),
            null,
            page.shown(
                new DataTable(
                    "since",
                    "2 % of GDP in "
                        + year
                        + " ("
                        + s.release().id()
                        + "): who meets it, since when, years in a row",
                    List.of("Ally", "Code", "Share of GDP (%)", "Meets", "Since", "Years in a row"),
                    allies,
                    2)),
            List.of());
    return show(page, "Targets", "/targets", form, List.of(), List.of(), lead, overTime, since);
  }

  // ------------------------------------------------------------------ scenarios

  static String scenarios(Dashboard.Page page, Engine engine, Context ctx) {
    ScenarioSpec defaults = ScenarioSpec.defaults();
    double target = number(ctx, "target", defaults.target());
    int by = (int) number(ctx, "by", defaults.targetYear());
    String shape = param(ctx, "shape", defaults.shape().name().toLowerCase(Locale.ROOT));
    String gdp = param(ctx, "gdp", defaults.gdp().name().toLowerCase(Locale.ROOT));
    String country = param(ctx, "country", "DEU");
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
              defaults.trendYears());
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException(
          "The path shape must be linear, front_loaded or constant_real_growth, and GDP trend, uniform or stochastic.");
    }
    Scenario s = new org.burdenshare.core.questions.Burdenshare(engine).scenario(spec);
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
                    options(shape, "linear", "front_loaded", "constant_real_growth")),
                ChoiceForm.Field.choice(
                    "gdp", "GDP", options(gdp, "trend", "uniform", "stochastic")),
                ChoiceForm.Field.choice("country", "Fan chart for", fanFor)),
            null,
            null,
            List.of(),
            null);
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
            + Num.of(last.cumulativeExtraCurrent()).text()
            + " million USD more than staying at today's shares (current prices, "
            + (s.baseYear() + 1)
            + "–"
            + by
            + "). In "
            + by
            + " the United States would carry "
            + pct(last.usShare())
            + " of the total.";

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
    String chance =
        "If it keeps its recent real spending growth ("
            + pct(a.spendGrowth() * 100)
            + " a year), the chance of reaching "
            + target
            + " % by "
            + by
            + " is "
            + String.format(Locale.ROOT, "%.0f %%", a.probability() * 100)
            + ". The band holds 80 % of the Monte Carlo paths.";
    Section fanSection =
        new Section(
            "fan",
            a.name() + ": the path and its trend",
            null,
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
                        "Year", "Scenario path", "10th percentile", "Median", "90th percentile"),
                    fanRows,
                    1)),
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
              String.format(Locale.ROOT, "%.0f %%", x.probability() * 100)));
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
                    "Trend reaches",
                    "Probability on trend"),
                rows,
                2));
    Section allies = new Section("allies", "Every ally", null, List.of(), null, every, List.of());
    return show(
        page, "Scenarios", "/scenarios", form, List.of(cost), s.notes(), null, fanSection, allies);
  }

  /** Shows an analysis page: its form, its answer in a few sentences, its tables and sections. */
  private static String show(
      Dashboard.Page page,
      String title,
      String nav,
      ChoiceForm form,
      List<String> summary,
      List<String> notes,
      ShownTable lead,
      Section... sections) {
    Frame frame = Frame.of(title, nav);
    return page.show(
        "analysis.jte",
        new AnalysisPage(frame, form, summary, notes, lead, List.of(sections)),
        frame);
  }

  /** The choices of a list of words, the one given selected. */
  private static List<ChoiceForm.Option> options(String value, String... words) {
    return java.util.Arrays.stream(words)
        .map(w -> new ChoiceForm.Option(w, w, w.equals(value)))
        .toList();
  }

  private static String param(Context ctx, String name, String fallback) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? fallback : v.strip();
  }

  private static double number(Context ctx, String name, double fallback) {
    Double v = Params.number(name, ctx.queryParam(name), String.valueOf(fallback));
    return v == null ? fallback : v;
  }

  // ------------------------------------------------------------------ fair share

  static String fairShare(Dashboard.Page page, Engine engine, LocalDate asOf, Integer yearParam) {
    ReleaseChoice choice = ReleaseChoice.asOf(asOf);
    NavigableSet<Integer> years = engine.dataset().answerableYears(Indicators.SHARE_OF_GDP, choice);
    if (years.isEmpty()) {
      throw new InvalidQueryException("No release had been published by " + asOf + ".");
    }
    int year = yearParam == null ? years.last() : yearParam;
    ChoiceForm form = ChoiceForm.of("/fairshare", year, Dashboard.newestFirst(years), asOf);
    var ask = new org.burdenshare.core.questions.Burdenshare(engine);
    FairShare f = ask.fairShare(year, "NATO", choice);
    String summary =
        String.format(
            Locale.ROOT,
            "In %d the United States made %.1f %% of allied defence spending (Herfindahl index %.0f). Across %d allies, the rank correlation of GDP with defence spending as a share of GDP is Spearman %.2f (p = %.2g), Kendall %.2f (p = %.2g): %s",
            year,
            f.usShare(),
            f.herfindahl(),
            f.spearman().n(),
            f.spearman().coefficient(),
            f.spearman().pValue(),
            f.kendall().coefficient(),
            f.kendall().pValue(),
            f.spearman().pValue() < 0.05 && f.spearman().coefficient() > 0
                ? "larger economies spend a larger share of GDP, as Olson and Zeckhauser's exploitation hypothesis predicts."
                : "no significant sign that larger economies spend a larger share of GDP.");
    List<Object> points = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    for (FairShare.AllyShare a : f.allies()) {
      points.add(List.of(a.gdpShare(), a.spendingShare(), a.country()));
      rows.add(
          row(
              a.name(),
              a.country(),
              new Num(a.spendingShare(), 2, a.estimate()),
              new Num(a.gdpShare(), 2, false),
              a.populationShare() == null ? "" : new Num(a.populationShare(), 2, false),
              new Num(a.gdpRatio(), 2, false)));
    }
    Map<String, Object> scatter = new LinkedHashMap<>();
    scatter.put("type", "scatter");
    scatter.put(
        "title", "Share of alliance GDP against share of alliance defence spending, " + year);
    scatter.put("xName", "share of alliance GDP, %");
    scatter.put("yName", "share of defence spending, %");
    scatter.put("points", points);
    scatter.put("log", true);
    Section weight =
        new Section(
            "scatter",
            "Economic weight and defence burden, " + year,
            null,
            List.of(),
            Chart.of(
                "chart-fairshare",
                "Scatter chart on logarithmic axes: each ally's share of alliance GDP (across)"
                    + " against its share of alliance defence spending (up), "
                    + year
                    + ".",
                scatter),
            page.shown(
                new DataTable(
                    "fairshare",
                    "Shares of the alliance, " + year + " (" + f.release().id() + ")",
                    List.of(
                        "Ally",
                        "Code",
                        "Spending (%)",
                        "GDP (%)",
                        "Population (%)",
                        "Spending ÷ GDP"),
                    rows,
                    2)),
            List.of());

    List<FairShare.YearTest> tests = ask.fairShareOverTime("NATO", choice);
    List<String> cats = new ArrayList<>();
    List<Double> rho = new ArrayList<>();
    List<Double> tau = new ArrayList<>();
    List<List<Object>> testRows = new ArrayList<>();
    for (FairShare.YearTest t : tests) {
      cats.add(Integer.toString(t.year()));
      rho.add(t.spearman().coefficient());
      tau.add(t.kendall().coefficient());
      testRows.add(
          row(
              Integer.toString(t.year()),
              new Num(t.spearman().coefficient(), 3, false),
              new Num(t.spearman().pValue(), 3, false),
              new Num(t.kendall().coefficient(), 3, false),
              new Num(t.kendall().pValue(), 3, false),
              new Num(t.usShare(), 1, false),
              new Num(t.herfindahl(), 0, false),
              t.release()));
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("type", "line");
    line.put("title", "Rank correlation of GDP with share of GDP");
    line.put("yName", "coefficient");
    line.put("categories", cats);
    line.put("series", List.of(series("Spearman rho", rho), series("Kendall tau", tau)));
    Section test =
        new Section(
            "test",
            "The Olson–Zeckhauser test over time",
            null,
            List.of(),
            Chart.of(
                "chart-ozt",
                "Line chart of Spearman's and Kendall's rank correlation between allies' GDP and"
                    + " their defence spending as a share of GDP, by year.",
                line),
            page.shown(
                new DataTable(
                    "ozt",
                    "Rank correlations of GDP with share of GDP, U.S. share and Herfindahl index,"
                        + " as published by "
                        + asOf,
                    List.of(
                        "Year",
                        "Spearman",
                        "p",
                        "Kendall",
                        "p",
                        "U.S. share (%)",
                        "Herfindahl",
                        "Release"),
                    testRows,
                    1)),
            List.of());
    return show(
        page, "Fair share", "/fairshare", form, List.of(summary), List.of(), null, weight, test);
  }
}
