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

/**
 * The dashboard pages Targets and Fair share, and the frame of every analysis page.
 *
 * <p>Why this file is over 400 lines: it holds two pages (targets and fair share) and the frame
 * every analysis page shares; the targets page also says which pledges were not yet made.
 */
final class AnalysisPages {
  private AnalysisPages() {}

  // ------------------------------------------------------------------ targets

  static PageResult targets(PageRequest page, Engine engine) {
    Prelude prelude = Prelude.of(page, engine, Indicators.SHARE_OF_GDP);
    LocalDate asOf = prelude.asOf();
    ReleaseChoice choice = prelude.choice();
    int year = prelude.year();
    ChoiceForm form = prelude.form("/targets");
    // a pledge agreed after the date was not yet made: left out, and said so
    List<Target> targets =
        ReferenceData.targets().stream()
            .filter(t -> t.agreed() == null || !t.agreed().isAfter(asOf))
            .toList();
    List<String> notYet =
        ReferenceData.targets().stream()
            .filter(t -> t.agreed() != null && t.agreed().isAfter(asOf))
            .map(t -> t.name() + " (" + t.summit() + ", " + t.agreed() + ")")
            .toList();
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
              s.release() == null ? t.note() : s.summary() + later(s.release(), asOf)));
    }
    ShownTable lead =
        page.shown(
            new DataTable(
                    "targets",
                    "Guidelines and pledges, " + year + ", as published by " + asOf,
                    List.of(
                        "Target",
                        "Agreed",
                        "Deadline",
                        "Allies meeting it",
                        "Measured in, or note"),
                    summary,
                    99)
                .named("targets-" + year + "-as-of-" + asOf, null));

    List<String> ids =
        List.of("wales-2014-gdp", "hague-2025-core", "wales-2014-equipment").stream()
            .filter(id -> targets.stream().anyMatch(t -> t.id().equals(id)))
            .toList();
    List<String> cats = new ArrayList<>();
    Map<String, List<Integer>> counts = new LinkedHashMap<>();
    List<List<Object>> rows = new ArrayList<>();
    for (int y : prelude.offer().years()) {
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
    source(line, "NATO Public Diplomacy Division", asOf, "allies-meeting-each-target");
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
                        1)
                    .named("allies-meeting-each-target-as-of-" + asOf, null)),
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
                        List.of(
                            "Ally", "Code", "Share of GDP (%)", "Meets", "Since", "Years in a row"),
                        allies,
                        2)
                    .named("two-percent-of-gdp-since-when-" + year, s.release().id())),
            List.of());
    return show(
        prelude.frame("Targets", "/targets"),
        page,
        form,
        List.of(),
        notYet.isEmpty()
            ? List.of()
            : List.of(
                "Not shown: agreed after "
                    + asOf
                    + ", so not yet made on that date — "
                    + String.join("; ", notYet)
                    + "."),
        lead,
        overTime,
        since);
  }

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

  /** ", published 2024-06-17, after the date you chose" for a release later than the date. */
  static String later(org.burdenshare.core.releases.ReleaseRef r, LocalDate asOf) {
    return r.published().isAfter(asOf)
        ? "; " + r.id() + " was published " + r.published() + ", after the date you chose"
        : "";
  }

  /** Shows an analysis page: its form, its answer in a few sentences, its tables and sections. */
  static PageResult show(
      Frame frame,
      PageRequest page,
      ChoiceForm form,
      List<String> summary,
      List<String> notes,
      ShownTable lead,
      Section... sections) {
    return page.show(new AnalysisPage(frame, form, summary, notes, lead, List.of(sections)), frame);
  }

  // ------------------------------------------------------------------ fair share

  static PageResult fairShare(PageRequest page, Engine engine) {
    // the years of the money: a partial release of shares of GDP alone (July 2023, August 2025)
    // cannot say who carries whom, so its years are not offered and its absence is named below
    Prelude prelude = Prelude.of(page, engine, Indicators.DEFENCE_EXP_CURRENT_USD);
    LocalDate asOf = prelude.asOf();
    ReleaseChoice choice = prelude.choice();
    int year = prelude.year();
    ChoiceForm form = prelude.form("/fairshare");
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
    return show(
        prelude.frame("Fair share", "/fairshare"), page, form, summary, notes, null, weight, test);
  }
}
