package org.burdenshare.server;

import static org.burdenshare.server.PageParams.asOf;
import static org.burdenshare.server.PageParts.row;
import static org.burdenshare.server.PageParts.series;
import static org.burdenshare.server.PageParts.source;
import static org.burdenshare.server.PageParts.spec;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import org.burdenshare.core.Engine;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.maps.MapMetric;
import org.burdenshare.core.measures.Comparison;
import org.burdenshare.core.measures.GuidelineCheck;
import org.burdenshare.core.measures.Ranking;
import org.burdenshare.core.measures.RealChange;
import org.burdenshare.core.questions.Burdenshare;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.render.Num;
import org.burdenshare.server.pages.Chart;
import org.burdenshare.server.pages.ChoiceForm;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.Frame;
import org.burdenshare.server.pages.OverviewPage;
import org.burdenshare.server.pages.Provenance;
import org.burdenshare.server.pages.ReleaseNote;
import org.burdenshare.server.pages.Section;

/**
 * The overview: who pays for the alliance in a year, as published on a date.
 *
 * <p>It builds the headline, the ranking (with its map) and the series over time, each with the
 * notes that say which release each figure comes from; the real change and the spending split are
 * {@link OverviewSeries}', the marks and breaks {@link Marks}' and {@link Joins}'.
 */
final class OverviewPages {
  private OverviewPages() {}

  static PageResult overview(PageRequest page, Engine engine) {
    Context ctx = page.ctx;
    Figures data = engine.figures();
    // every year some release of the date holds: money, or shares of GDP (a partial release)
    Prelude prelude =
        Prelude.of(page, engine, Indicators.DEFENCE_EXP_CURRENT_USD, Indicators.SHARE_OF_GDP);
    LocalDate asOf = prelude.asOf();
    ReleaseChoice choice = prelude.choice();
    NavigableSet<Integer> years = prelude.offer().years();
    int year = prelude.year();
    ChoiceForm form = prelude.form("/");
    Comparison c =
        engine.compare("USA", "NATO-USA", Indicators.DEFENCE_EXP_CURRENT_USD, year, choice);
    GuidelineCheck two = engine.guideline(Indicators.SHARE_OF_GDP, 2, year, "NATO", choice);
    GuidelineCheck core = engine.guideline(Indicators.SHARE_OF_GDP, 3.5, year, "NATO", choice);
    boolean e = c.a().estimate();
    double total = c.a().total() + c.b().total();
    // each figure from the newest release of the date that holds it, marked where that is not the
    // release the headline names (the shares of GDP) or was published after the date
    Marks marks = new Marks(two.release().id());
    Provenance money = Provenance.of(c.release(), asOf);
    List<OverviewPage.Stat> stats = new ArrayList<>();
    stats.add(
        marks.stat(
            "total",
            "NATO defence expenditure",
            inWords(total, c.unit()),
            e,
            exact(total, c),
            money));
    stats.add(
        marks.stat(
            "usa",
            "United States",
            inWords(c.a().total(), c.unit()),
            e,
            exact(c.a().total(), c),
            money));
    stats.add(
        marks.stat(
            "others",
            "The other "
                + c.b().allies().size()
                + " allies ("
                + c.b().alliesWithFigures()
                + " with figures)",
            inWords(c.b().total(), c.unit()),
            e,
            exact(c.b().total(), c),
            money));
    // the most quoted figure of all: the U.S. share of what the allies spend together
    stats.add(
        marks.stat(
            "usShare",
            "The United States' share of allied defence spending",
            String.format(Locale.ROOT, "%.1f %%", 100 * c.a().total() / total),
            e,
            "",
            money));
    stats.add(
        marks.stat(
            "ratio",
            "United States ÷ the others",
            c.ratio() == null ? "–" : String.format(Locale.ROOT, "%.2f", c.ratio()),
            false,
            "",
            money));
    RealChange change = OverviewSeries.realChange(engine, year, choice);
    if (change != null) {
      stats.add(
          marks.stat(
              "othersRealChange",
              "Europe and Canada: real change on " + (year - 1),
              String.format(Locale.ROOT, "%+.1f %%", change.percent()),
              change.estimate(),
              "at constant prices",
              Provenance.of(change.release(), asOf)));
    }
    stats.add(atGuideline("at2", "Allies at or above 2 % of GDP", two, marks, asOf));
    stats.add(atGuideline("at35", "Allies at or above 3.5 % of GDP", core, marks, asOf));
    OverviewPage.Headline headline =
        new OverviewPage.Headline(
            year,
            asOf,
            ReleaseNote.of(two.release(), two.releaseChoice(), asOf),
            stats,
            marks.notes());

    Ranking rank = engine.rank(Indicators.SHARE_OF_GDP, year, "NATO", choice);
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<Boolean> estimated = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    for (Ranking.Ranked r : rank.rows()) {
      names.add(r.name());
      values.add(r.value());
      estimated.add(r.estimate());
      rows.add(row(r.name(), r.country(), new Num(r.value(), 2, r.estimate()), r.rank()));
    }
    Map<String, Object> bar = spec("bar", "Share of GDP, " + year, "% of GDP");
    bar.put("categories", names);
    bar.put("series", List.of(series("Share of GDP", values, estimated)));
    bar.put("below", 2);
    source(bar, rank.release(), "share-of-gdp-" + year);
    bar.put(
        "lines",
        List.of(
            Map.of("value", 2, "label", "2 % (Wales 2014)"),
            Map.of("value", 3.5, "label", "3.5 % core (The Hague 2025)")));
    bar.put("horizontal", true);
    Section ranking =
        new Section(
            "rank",
            "Defence expenditure as a share of GDP, " + year,
            ReleaseNote.of(rank.release(), rank.releaseChoice(), asOf),
            List.of(),
            Chart.of(
                "chart-rank",
                "Bar chart of each ally's defence expenditure as a share of GDP in "
                    + year
                    + ", highest first, with lines at 2 % and 3.5 %.",
                bar),
            page.shown(
                new DataTable(
                        "rank",
                        "Share of GDP by ally, " + year + " (percent)",
                        List.of("Ally", "Code", "Share of GDP (%)", "Rank"),
                        rows,
                        2)
                    .named("share-of-gdp-" + year, rank.release().id())),
            rank.noFigures().isEmpty()
                ? List.of()
                : List.of(
                    "No figures: "
                        + String.join(
                            ", ", rank.noFigures().stream().map(data.countries()::nameOf).toList())
                        + " (an ally without armed forces)."));

    List<Integer> ys = new ArrayList<>();
    List<Double> usa = new ArrayList<>();
    List<Double> others = new ArrayList<>();
    List<Boolean> usaEstimated = new ArrayList<>();
    List<Boolean> othersEstimated = new ArrayList<>();
    List<List<Object>> timeRows = new ArrayList<>();
    Joins joins = new Joins(data, Indicators.DEFENCE_EXP_CURRENT_USD, asOf);
    for (int y : data.answerableYears(Indicators.DEFENCE_EXP_CURRENT_USD, choice)) {
      Comparison cy =
          engine.compare("USA", "NATO-USA", Indicators.DEFENCE_EXP_CURRENT_USD, y, choice);
      ys.add(y);
      usa.add(cy.a().total());
      others.add(cy.b().total());
      usaEstimated.add(cy.a().estimate());
      othersEstimated.add(cy.b().estimate());
      joins.add(y, cy.release());
      timeRows.add(
          row(
              Integer.toString(y),
              Num.of(cy.a().total(), cy.a().estimate()),
              Num.of(cy.b().total(), cy.b().estimate()),
              new Num(cy.ratio() == null ? 0 : cy.ratio(), 2, false),
              cy.release().id()));
    }
    Map<String, Object> line = spec("line", "Defence expenditure, current USD", "million USD");
    line.put("categories", ys.stream().map(String::valueOf).toList());
    line.put(
        "series",
        List.of(
            series("United States", usa, usaEstimated),
            series("Other allies", others, othersEstimated)));
    source(line, c.release().publisher(), asOf, "united-states-and-other-allies");
    joins.mark(line);
    Section overTime =
        new Section(
            "time",
            "The United States and the other allies over time",
            null,
            List.of(),
            Chart.of(
                "chart-time",
                "Line chart of defence expenditure of the United States and of the other allies,"
                    + " by year, in million US dollars at current prices.",
                line),
            page.shown(
                new DataTable(
                        "time",
                        "Defence expenditure, million USD at current prices, as published by "
                            + asOf,
                        List.of("Year", "United States", "Other allies", "Ratio", "Release"),
                        timeRows,
                        1)
                    .named(
                        "defence-expenditure-united-states-and-other-allies-as-of-" + asOf, null)),
            joins.notes());
    Frame frame = prelude.frame("Who pays for NATO?", "/");
    Section changes =
        OverviewSeries.realChanges(page, engine, years, choice, asOf, c.release().publisher());
    return page.show(
        new OverviewPage(
            frame,
            form,
            headline,
            ranking,
            MapPages.view(
                "overview-map",
                new Burdenshare(engine).map(MapMetric.SHARE_OF_GDP.id(), choice),
                year,
                asOf),
            overTime,
            changes,
            OverviewSeries.spending(page, engine, years, choice, asOf)),
        frame);
  }

  /** "$1.47 trillion", "$968 billion": an amount in million USD as people say it. */
  static String inWords(double millions, String unit) {
    if (!"million USD".equals(unit)) {
      return Num.of(millions).text();
    }
    if (millions >= 1e6) {
      return String.format(Locale.ROOT, "$%.2f trillion", millions / 1e6);
    }
    if (millions >= 1e3) {
      return String.format(Locale.ROOT, "$%.0f billion", millions / 1e3);
    }
    return String.format(Locale.ROOT, "$%.0f million", millions);
  }

  /** The amount as published, under its rounded form: "1,474,399 million USD". */
  private static String exact(double value, Comparison c) {
    return "million USD".equals(c.unit()) ? Num.of(value).text() + " " + c.unit() : c.unit();
  }

  /** A count at a guideline, saying what it counted and whether on the publisher's estimates. */
  private static OverviewPage.Stat atGuideline(
      String id, String label, GuidelineCheck g, Marks marks, LocalDate asOf) {
    boolean estimates =
        g.atOrAbove().stream().anyMatch(s -> s.estimate())
            || g.below().stream().anyMatch(s -> s.estimate());
    return marks.stat(
        id,
        label + measured(g) + (estimates ? ", on NATO's estimates" : ""),
        g.count() + " of " + g.allies(),
        false,
        "",
        Provenance.of(g.release(), asOf));
  }

  /** ", in core defence expenditure": what a count of allies at a guideline counted. */
  static String measured(GuidelineCheck g) {
    return g.definition().measure() == null ? "" : ", in " + g.definition().measureInText();
  }
}
