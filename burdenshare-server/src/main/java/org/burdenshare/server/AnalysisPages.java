package org.burdenshare.server;

import static org.burdenshare.server.Html.esc;

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
import org.burdenshare.server.pages.DataTable;
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
    page.add(Dashboard.form("/targets", year, years, asOf, ""));
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
    page.table(
        new DataTable(
            "targets",
            "Guidelines and pledges, " + year + ", as published by " + asOf,
            List.of("Target", "Agreed", "Deadline", "Allies meeting it", "Measured in, or note"),
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
    page.add(
        "<section aria-labelledby=\"h-over\"><h2 id=\"h-over\">Who meets what, over time</h2>");
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("type", "line");
    line.put("title", "Allies meeting each target");
    line.put("yName", "allies");
    line.put("categories", cats);
    List<Object> ser = new ArrayList<>();
    counts.forEach((k, v) -> ser.add(series(k, v)));
    line.put("series", ser);
    page.add(
        Html.chart(
            "chart-targets",
            "Line chart of how many allies met 2 % of GDP, 3.5 % of GDP and 20 % on equipment in each year.",
            line));
    List<String> cols = new ArrayList<>(List.of("Year"));
    counts.keySet().forEach(cols::add);
    page.table(
        new DataTable(
            "targets-over-time",
            "Allies meeting each target by year, as published by " + asOf,
            cols,
            rows,
            1));
    page.add("</section>");

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
    page.add(
        "<section aria-labelledby=\"h-since\"><h2 id=\"h-since\">2 % of GDP in "
            + year
            + ": since when</h2>");
    page.table(
        new DataTable(
            "since",
            "2 % of GDP in "
                + year
                + " ("
                + s.release().id()
                + "): who meets it, since when, years in a row",
            List.of("Ally", "Code", "Share of GDP (%)", "Meets", "Since", "Years in a row"),
            allies,
            2));
    page.add("</section>");
    return "Targets";
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
    StringBuilder f =
        new StringBuilder("<form class=\"choose\" method=\"get\" action=\"/scenarios\">");
    f.append(
            "<p><label for=\"target\">Target, % of GDP</label> <input id=\"target\" name=\"target\" type=\"number\" step=\"0.1\" min=\"0.5\" max=\"10\" value=\"")
        .append(target)
        .append("\"></p>");
    f.append(
            "<p><label for=\"by\">By</label> <input id=\"by\" name=\"by\" type=\"number\" min=\"2027\" max=\"2060\" value=\"")
        .append(by)
        .append("\"></p>");
    f.append(select("shape", "Path", shape, "linear", "front_loaded", "constant_real_growth"));
    f.append(select("gdp", "GDP", gdp, "trend", "uniform", "stochastic"));
    f.append(
        "<p><label for=\"country\">Fan chart for</label> <select id=\"country\" name=\"country\">");
    for (Scenario.AllyPath a : s.allies()) {
      f.append("<option value=\"")
          .append(a.country())
          .append('"')
          .append(a.country().equals(country) ? " selected" : "")
          .append('>')
          .append(esc(a.name()))
          .append("</option>");
    }
    f.append("</select></p><p><button type=\"submit\">Show</button></p></form>");
    page.add(f.toString());
    Scenario.GroupYear last = s.group().get(s.group().size() - 1);
    page.add(
        "<p>From "
            + s.baseYear()
            + " ("
            + esc(s.release().title())
            + "), reaching "
            + target
            + " % of GDP by "
            + by
            + " would cost the allies <strong>"
            + Num.of(last.cumulativeExtraCurrent()).text()
            + " million USD</strong> more than staying at today's shares (current prices, "
            + (s.baseYear() + 1)
            + "–"
            + by
            + "). In "
            + by
            + " the United States would carry "
            + pct(last.usShare())
            + " of the total.</p>");
    s.notes().forEach(n -> page.add("<p class=\"release\">" + esc(n) + "</p>"));

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
    page.add(
        "<section aria-labelledby=\"h-fan\"><h2 id=\"h-fan\">"
            + esc(a.name())
            + ": the path and its trend</h2>");
    page.add(
        "<p>If it keeps its recent real spending growth ("
            + pct(a.spendGrowth() * 100)
            + " a year), the chance of reaching "
            + target
            + " % by "
            + by
            + " is "
            + String.format(Locale.ROOT, "%.0f %%", a.probability() * 100)
            + ". The band holds 80 % of the Monte Carlo paths.</p>");
    page.add(
        Html.chart(
            "chart-fan",
            "Fan chart of "
                + a.name()
                + "'s share of GDP to "
                + by
                + ": the scenario path, and the 10th to 90th percentile band and median if it keeps its trend.",
            fan));
    page.table(
        new DataTable(
            "fan",
            a.name() + ": share of GDP (%) on the scenario path and on its trend (percentiles)",
            List.of("Year", "Scenario path", "10th percentile", "Median", "90th percentile"),
            fanRows,
            1));
    page.add("</section>");

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
    page.add("<section aria-labelledby=\"h-allies\"><h2 id=\"h-allies\">Every ally</h2>");
    page.table(
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
    page.add("</section>");
    return "Scenarios";
  }

  private static String select(String id, String label, String value, String... options) {
    StringBuilder b =
        new StringBuilder(
            "<p><label for=\""
                + id
                + "\">"
                + label
                + "</label> <select id=\""
                + id
                + "\" name=\""
                + id
                + "\">");
    for (String o : options) {
      b.append("<option")
          .append(o.equals(value) ? " selected" : "")
          .append('>')
          .append(o)
          .append("</option>");
    }
    return b.append("</select></p>").toString();
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
    page.add(Dashboard.form("/fairshare", year, years, asOf, ""));
    var ask = new org.burdenshare.core.questions.Burdenshare(engine);
    FairShare f = ask.fairShare(year, "NATO", choice);
    page.add(
        String.format(
            Locale.ROOT,
            "<p>In %d the United States made %.1f %% of allied defence spending (Herfindahl index %.0f). Across %d allies, the rank correlation of GDP with defence spending as a share of GDP is Spearman %.2f (p = %.2g), Kendall %.2f (p = %.2g): %s</p>",
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
                : "no significant sign that larger economies spend a larger share of GDP."));
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
    page.add(
        "<section aria-labelledby=\"h-scatter\"><h2 id=\"h-scatter\">Economic weight and defence burden, "
            + year
            + "</h2>");
    page.add(
        Html.chart(
            "chart-fairshare",
            "Scatter chart on logarithmic axes: each ally's share of alliance GDP (across) against its share of alliance defence spending (up), "
                + year
                + ".",
            scatter));
    page.table(
        new DataTable(
            "fairshare",
            "Shares of the alliance, " + year + " (" + f.release().id() + ")",
            List.of("Ally", "Code", "Spending (%)", "GDP (%)", "Population (%)", "Spending ÷ GDP"),
            rows,
            2));
    page.add("</section>");

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
    page.add(
        "<section aria-labelledby=\"h-test\"><h2 id=\"h-test\">The Olson–Zeckhauser test over time</h2>");
    page.add(
        Html.chart(
            "chart-ozt",
            "Line chart of Spearman's and Kendall's rank correlation between allies' GDP and their defence spending as a share of GDP, by year.",
            line));
    page.table(
        new DataTable(
            "ozt",
            "Rank correlations of GDP with share of GDP, U.S. share and Herfindahl index, as published by "
                + asOf,
            List.of(
                "Year", "Spearman", "p", "Kendall", "p", "U.S. share (%)", "Herfindahl", "Release"),
            testRows,
            1));
    page.add("</section>");
    return "Fair share";
  }
}
