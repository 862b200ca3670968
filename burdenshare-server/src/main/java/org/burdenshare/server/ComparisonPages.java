package org.burdenshare.server;

import static org.burdenshare.server.PageParams.asOf;
import static org.burdenshare.server.PageParams.param;
import static org.burdenshare.server.PageParts.row;
import static org.burdenshare.server.PageParts.series;
import static org.burdenshare.server.PageParts.source;
import static org.burdenshare.server.PageParts.spec;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import org.burdenshare.core.Engine;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.indicators.Indicator;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.measures.Comparison;
import org.burdenshare.core.measures.GuidelineCheck;
import org.burdenshare.core.measures.Measures;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.render.Num;
import org.burdenshare.server.pages.Bounded;
import org.burdenshare.server.pages.Chart;
import org.burdenshare.server.pages.ChoiceForm;
import org.burdenshare.server.pages.ComparePage;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.Frame;
import org.burdenshare.server.pages.GuidelinesPage;
import org.burdenshare.server.pages.ReleaseNote;
import org.burdenshare.server.pages.Section;
import org.burdenshare.server.pages.ShownTable;

/**
 * The pages that set figures side by side: two groups compared year by year, and the 2 % and 20 %
 * guidelines together (the scatter of NATO's annual report).
 */
final class ComparisonPages {
  private ComparisonPages() {}

  static PageResult compare(PageRequest page, Engine engine) {
    Context ctx = page.ctx;
    String a = param(ctx, "a", "USA");
    String b = param(ctx, "b", "NATO-USA");
    String indicator = param(ctx, "indicator", Indicators.DEFENCE_EXP_CURRENT_USD);
    Indicator ind = Indicators.get(indicator);
    LocalDate asOf = asOf(ctx);
    ReleaseChoice choice = ReleaseChoice.asOf(asOf);
    List<ChoiceForm.Option> options = new ArrayList<>();
    for (Indicator i : Indicators.all()) {
      if (i.additive() && !engine.figures().years(i.id()).isEmpty()) {
        options.add(new ChoiceForm.Option(i.id(), i.name(), i.id().equals(indicator)));
      }
    }
    ChoiceForm form =
        new ChoiceForm(
                "/compare",
                List.of(
                    ChoiceForm.Field.place("a", "First country or group", a),
                    ChoiceForm.Field.place("b", "Second country or group", b),
                    ChoiceForm.Field.choice("indicator", "Indicator", options)),
                "Type a country's or a group's name (in English, French, German, Spanish, Italian,"
                    + " Dutch or Polish) and choose it from the list; or write an expression:"
                    + " NATO-USA (all but the United States), NATO&EU (in both), BALTICS+POL.",
                asOf)
            .withPlaces(Places.of(engine, asOf.getYear()));
    NavigableSet<Integer> years = engine.figures().answerableYears(indicator, choice);
    if (!years.isEmpty()) {
      Places.place(page, engine, "a", a, years.last());
      Places.place(page, engine, "b", b, years.last());
    }
    // in headings, legends and columns, people's names: "United States", "All other allies"
    String aName = Bounded.text(Places.label(engine, a, b));
    String bName = Bounded.text(Places.label(engine, b, a));
    List<String> cats = new ArrayList<>();
    List<Double> as = new ArrayList<>();
    List<Double> bs = new ArrayList<>();
    List<Boolean> aEstimated = new ArrayList<>();
    List<Boolean> bEstimated = new ArrayList<>();
    // each side as a share of the alliance's total, from the same release as the pair: the chart's
    // relative view (OWID's "relative" toggle), where money would make a small ally a flat line
    List<Double> aShares = new ArrayList<>();
    List<Double> bShares = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    String unit = "";
    String publisher = "";
    // each year from the newest release of the date that holds it: where that changes, a break
    Joins joins = new Joins(engine.figures(), indicator, asOf);
    for (int y : years) {
      Comparison c = engine.compare(a, b, indicator, y, choice);
      joins.add(y, c.release());
      unit = c.unit();
      publisher = c.release().publisher();
      cats.add(Integer.toString(y));
      as.add(c.a().total());
      bs.add(c.b().total());
      aEstimated.add(c.a().estimate());
      bEstimated.add(c.b().estimate());
      Double all = allianceTotal(engine, a, indicator, y, ReleaseChoice.named(c.release().id()));
      aShares.add(all == null ? null : 100 * c.a().total() / all);
      bShares.add(all == null ? null : 100 * c.b().total() / all);
      rows.add(
          row(
              Integer.toString(y),
              Num.of(c.a().total(), c.a().estimate()),
              Num.of(c.b().total(), c.b().estimate()),
              new Num(c.ratio() == null ? 0 : c.ratio(), 2, false),
              c.release().id()));
    }
    if (rows.isEmpty()) {
      throw new InvalidQueryException(
          "No release published by " + asOf + " has " + indicator + ".");
    }
    Map<String, Object> m = spec("line", ind.name(), unit);
    m.put("categories", cats);
    m.put("series", List.of(series(aName, as, aEstimated), series(bName, bs, bEstimated)));
    if (!aShares.contains(null)) {
      Map<String, Object> relative = new LinkedHashMap<>();
      relative.put("yName", "% of the alliance's total");
      relative.put(
          "series",
          List.of(series(aName, aShares, aEstimated), series(bName, bShares, bEstimated)));
      m.put("relative", relative);
    }
    joins.mark(m);
    source(m, publisher, asOf, indicator + "-" + a + "-and-" + b);
    Section comparison =
        new Section(
            "cmp",
            aName + " and " + bName + ": " + ind.name(),
            null,
            List.of(),
            Chart.of(
                "chart-compare",
                "Line chart of "
                    + ind.name()
                    + " for "
                    + aName
                    + " and for "
                    + bName
                    + ", by year.",
                m),
            page.shown(
                new DataTable(
                        "compare",
                        ind.name()
                            + " ("
                            + unit
                            + "): "
                            + aName
                            + " and "
                            + bName
                            + ", as published by "
                            + asOf,
                        List.of("Year", aName, bName, "Ratio", "Release"),
                        rows,
                        1)
                    .named(indicator + "-" + a + "-and-" + b + "-as-of-" + asOf, null)),
            joins.notes());
    Frame frame = page.frame("Compare", "/compare");
    return page.show(new ComparePage(frame, form, comparison), frame);
  }

  static PageResult guidelines(PageRequest page, Engine engine) {
    Prelude prelude = Prelude.of(page, engine, Indicators.EQUIPMENT_SHARE, Indicators.SHARE_OF_GDP);
    LocalDate asOf = prelude.asOf();
    ReleaseChoice choice = prelude.choice();
    int year = prelude.year();
    ChoiceForm form = prelude.form("/guidelines");
    GuidelineCheck gdp = engine.guideline(Indicators.SHARE_OF_GDP, 2, year, "NATO", choice);
    GuidelineCheck equipment =
        engine.guideline(Indicators.EQUIPMENT_SHARE, 20, year, "NATO", choice);
    Map<String, Double> eq = new LinkedHashMap<>();
    Map<String, Boolean> eqEstimate = new LinkedHashMap<>();
    equipment
        .atOrAbove()
        .forEach(
            s -> {
              eq.put(s.country(), s.value());
              eqEstimate.put(s.country(), s.estimate());
            });
    equipment
        .below()
        .forEach(
            s -> {
              eq.put(s.country(), s.value());
              eqEstimate.put(s.country(), s.estimate());
            });
    List<List<Object>> rows = new ArrayList<>();
    List<Object> points = new ArrayList<>();
    List<org.burdenshare.core.measures.Standing> all = new ArrayList<>(gdp.atOrAbove());
    all.addAll(gdp.below());
    all.sort(java.util.Comparator.comparing(org.burdenshare.core.measures.Standing::name));
    int both = 0;
    for (var s : all) {
      Double e = eq.get(s.country());
      boolean meetsBoth = s.judged() >= 2 && e != null && Measures.round(e, 2) >= 20;
      both += meetsBoth ? 1 : 0;
      rows.add(
          row(
              s.name(),
              s.country(),
              new Num(s.value(), 2, s.estimate()),
              e == null ? "" : new Num(e, 2, eqEstimate.get(s.country())),
              meetsBoth
                  ? "both"
                  : s.judged() >= 2
                      ? "2 % only"
                      : e != null && Measures.round(e, 2) >= 20 ? "20 % only" : "neither"));
      if (e != null) {
        // labelled by name, as readers know them (codes are in the table)
        points.add(List.of(s.value(), e, s.name(), s.estimate() || eqEstimate.get(s.country())));
      }
    }
    boolean sameRelease = equipment.release().id().equals(gdp.release().id());
    boolean equipmentLater = equipment.release().published().isAfter(asOf);
    // counts built on figures of another release say which; on a later one, that it is later
    String equipmentFrom =
        sameRelease
            ? ""
            : " (equipment shares from "
                + equipment.release().id()
                + ", published "
                + equipment.release().published()
                + (equipmentLater ? ", after the date you chose" : "")
                + ")";
    String summary =
        gdp.count()
            + " of "
            + gdp.allies()
            + " allies spent at least 2 % of GDP on defence in "
            + year
            + " ("
            + gdp.release().id()
            + "), "
            + equipment.count()
            + " at least 20 % of it on major equipment"
            + equipmentFrom
            + ", and "
            + both
            + " met both guidelines"
            + (sameRelease ? "" : ", counted across the two releases")
            + ".";
    Map<String, Object> m =
        spec("scatter", "Share of GDP against equipment share, " + year, "equipment share, %");
    m.put("xName", "defence expenditure, % of GDP");
    m.put("points", points);
    m.put("xLines", List.of(Map.of("value", 2, "label", "2 %")));
    source(m, gdp.release(), "share-of-gdp-and-equipment-share-" + year);
    if (!sameRelease) {
      // the points join two releases: the chart's own source line says so, as its image travels
      m.put(
          "source",
          m.get("source")
              + " Equipment shares: "
              + equipment.release().title()
              + ", published "
              + equipment.release().published()
              + (equipmentLater ? ", after the date chosen (" + asOf + ")" : "")
              + ".");
    }
    m.put("lines", List.of(Map.of("value", 20, "label", "20 %")));
    Chart chart =
        Chart.of(
            "chart-guidelines",
            "Scatter chart: each ally's defence expenditure as a share of GDP (across) against the"
                + " share of it spent on major equipment (up), "
                + year
                + ", with the 2 % and 20 % guidelines.",
            m);
    ShownTable table =
        page.shown(
            new DataTable(
                    "guidelines",
                    "The 2 % and 20 % guidelines, " + year,
                    sameRelease
                        ? List.of(
                            "Ally", "Code", "Share of GDP (%)", "Equipment share (%)", "Meets")
                        : List.of(
                            "Ally",
                            "Code",
                            "Share of GDP (%)",
                            "Equipment share (%)",
                            "Meets",
                            "Release",
                            "Equipment share release"),
                    sameRelease ? rows : withReleases(rows, gdp, equipment),
                    2)
                .named(
                    "guidelines-2-and-20-percent-" + year,
                    sameRelease ? gdp.release().id() : null));
    Frame frame = prelude.frame("2 % and 20 %", "/guidelines");
    return page.show(
        new GuidelinesPage(
            frame,
            form,
            summary,
            ReleaseNote.of(gdp.release(), gdp.releaseChoice(), asOf),
            sameRelease
                ? null
                : ReleaseNote.of(equipment.release(), equipment.releaseChoice(), asOf),
            chart,
            table),
        frame);
  }

  /** Each row with the release of its share of GDP and that of its equipment share. */
  private static List<List<Object>> withReleases(
      List<List<Object>> rows, GuidelineCheck gdp, GuidelineCheck equipment) {
    List<List<Object>> out = new ArrayList<>();
    for (List<Object> r : rows) {
      List<Object> line = new ArrayList<>(r);
      line.add(gdp.release().id());
      line.add("".equals(r.get(3)) ? "" : equipment.release().id());
      out.add(line);
    }
    return out;
  }

  /** The alliance's total of an indicator in a year from one release, or null if it has none. */
  private static Double allianceTotal(
      Engine engine, String a, String indicator, int year, ReleaseChoice release) {
    try {
      return engine.compare(a, "NATO", indicator, year, release).b().total();
    } catch (InvalidQueryException e) {
      return null; // the release cannot total the alliance that year: no relative view
    }
  }
}
