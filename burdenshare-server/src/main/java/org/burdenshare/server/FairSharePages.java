package org.burdenshare.server;

import static org.burdenshare.server.PageParts.row;
import static org.burdenshare.server.PageParts.series;
import static org.burdenshare.server.PageParts.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.burdenshare.core.Engine;
import org.burdenshare.core.fairshare.FairShare;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.render.Num;
import org.burdenshare.server.pages.Chart;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.Section;

/**
 * The Fair share page: each ally's share of the alliance's spending against its share of GDP and
 * population, and the Olson–Zeckhauser test of whether larger economies carry the smaller, by year.
 */
final class FairSharePages {
  private FairSharePages() {}

  /**
   * The fair-share figures in words a reader can quote: the U.S. share, what the concentration
   * index means against its bounds, and what the rank correlations say of Olson and Zeckhauser's
   * hypothesis, with the chance of seeing them if it did not hold.
   */
  static List<String> fairShareInWords(FairShare f, int year) {
    int n = f.spearman().n();
    double rho = f.spearman().coefficient();
    double p = f.spearman().pValue();
    String verdict =
        p < 0.05 && rho > 0
            ? "larger economies do spend a larger share of their GDP, as the hypothesis predicts."
            : p < 0.05
                ? "larger economies spend a smaller share of their GDP, against the hypothesis."
                : "no clear sign either way: a correlation this far from zero would often arise by"
                    + " chance.";
    return List.of(
        String.format(
            Locale.ROOT,
            "In %d the United States made %.1f %% of what the allies spent on defence together.",
            year,
            f.usShare()),
        String.format(
            Locale.ROOT,
            "How concentrated the spending is: a Herfindahl–Hirschman index of %,.0f, on a scale"
                + " from %,.0f (all %d allies spending the same) to 10,000 (one ally paying"
                + " everything).",
            f.herfindahl(),
            10_000.0 / n,
            n),
        String.format(
            Locale.ROOT,
            "Do larger economies carry more than their share? Olson and Zeckhauser (1966) predicted"
                + " that allies with larger GDP spend a larger share of it on defence. Across %d"
                + " allies the rank correlation of GDP with share of GDP is %.2f (Spearman; Kendall"
                + " %.2f), where 1 would mean the larger economy always spends the larger share"
                + " and 0 no relation; the chance of a correlation this strong without any"
                + " relation is %.2g. So: %s",
            n,
            rho,
            f.kendall().coefficient(),
            p,
            verdict));
  }

  static PageResult fairShare(PageRequest page, Engine engine) {
    // the years of the money: a partial release of shares of GDP alone (July 2023, August 2025)
    // cannot say who carries whom, so its years are not offered and its absence is named below
    Prelude prelude = Prelude.of(page, engine, Indicators.DEFENCE_EXP_CURRENT_USD);
    LocalDate asOf = prelude.asOf();
    ReleaseChoice choice = prelude.choice();
    int year = prelude.year();
    var ask = new org.burdenshare.core.questions.Burdenshare(engine);
    FairShare f = ask.fairShare(year, "NATO", choice);
    List<String> summary = fairShareInWords(f, year);
    List<Object> points = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    for (FairShare.AllyShare a : f.allies()) {
      points.add(List.of(a.gdpShare(), a.spendingShare(), a.country(), a.estimate()));
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
    // where an ally's share of spending equals its share of the alliance's GDP
    scatter.put("diagonal", "pays its economic share");
    source(scatter, f.release(), "shares-of-alliance-gdp-and-defence-spending-" + year);
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
                        2)
                    .named("shares-of-the-alliance-" + year, f.release().id())),
            List.of());

    List<FairShare.YearTest> tests = ask.fairShareOverTime("NATO", choice);
    List<String> cats = new ArrayList<>();
    List<Double> rho = new ArrayList<>();
    List<Double> tau = new ArrayList<>();
    List<List<Object>> testRows = new ArrayList<>();
    // each year's test from the newest release of the date with its money: where that changes,
    // the coefficients come from another edition, so the line breaks there
    Joins joins = new Joins(engine.figures(), Indicators.DEFENCE_EXP_CURRENT_USD, asOf);
    for (FairShare.YearTest t : tests) {
      joins.add(t.year(), engine.figures().release(t.release()).ref());
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
    joins.mark(line);
    source(
        line,
        "NATO Public Diplomacy Division and the World Bank (GDP, population)",
        asOf,
        "olson-zeckhauser-test");
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
                        1)
                    .named("olson-zeckhauser-test-as-of-" + asOf, null)),
            joins.notes());
    List<String> notes = new ArrayList<>();
    String unused = f.couldNotUse().describe(Indicators.DEFENCE_EXP_CURRENT_USD);
    if (!unused.isEmpty()) {
      notes.add(unused);
    }
    notes.addAll(
        f.populationRelease() == null
            ? List.of(
                "No population figures for "
                    + year
                    + " or earlier: no World Bank release in the database covers them, so the"
                    + " population column is empty.")
            : f.populationYear() != year
                ? List.of(
                    "Population: "
                        + f.populationRelease().publisher()
                        + ", "
                        + f.populationYear()
                        + ", the latest year its figures reach (populations change little from"
                        + " year to year).")
                : List.of());
    return AnalysisPages.show(
        prelude.frame("Fair share", "/fairshare"),
        page,
        prelude.form("/fairshare"),
        summary,
        notes,
        null,
        weight,
        test);
  }
}
