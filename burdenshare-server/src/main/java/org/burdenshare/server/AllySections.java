package org.burdenshare.server;

import static org.burdenshare.server.PageParams.asOf;
import static org.burdenshare.server.PageParts.row;
import static org.burdenshare.server.PageParts.series;
import static org.burdenshare.server.PageParts.source;
import static org.burdenshare.server.PageParts.spec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.Engine;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.measures.Revisions;
import org.burdenshare.core.measures.SeriesTable;
import org.burdenshare.core.releases.Release;
import org.burdenshare.render.Num;
import org.burdenshare.server.pages.Chart;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.Section;
import org.burdenshare.server.pages.ShownTable;

/**
 * The sections of an ally's page below its heading: share of GDP and equipment share over time
 * (with other allies beside it), what its spending went to, and how releases revised its share of
 * GDP.
 */
final class AllySections {
  private AllySections() {}

  /**
   * Share of GDP (1–5 %) on the left axis and equipment share (10–40 %) on the right: on one axis
   * the line people look at would be flat.
   */
  static Map<String, Object> allyChart(
      Country c,
      Release newest,
      SeriesTable share,
      SeriesTable equipment,
      Map<Country, SeriesTable> beside) {
    Map<String, Object> m =
        spec(
            "line",
            beside.isEmpty()
                ? c.name() + ": share of GDP and equipment share"
                : "Share of GDP: "
                    + c.name()
                    + " and "
                    + String.join(", ", beside.keySet().stream().map(Country::name).toList()),
            "% of GDP");
    List<String> cats = share.years().stream().map(String::valueOf).toList();
    m.put("categories", cats);
    if (beside.isEmpty()) {
      m.put("yName2", "equipment, % of defence expenditure");
    }
    List<Object> series = new ArrayList<>();
    series.add(
        series(
            beside.isEmpty() ? "Share of GDP (%)" : c.name() + ", share of GDP (%)",
            values(share),
            estimates(share)));
    // several allies on one chart: the others' shares of GDP, from the same release
    beside.forEach(
        (o, t) -> series.add(series(o.name() + ", share of GDP (%)", values(t), estimates(t))));
    Map<String, Object> equip =
        series(
            "Equipment share of defence expenditure (%)", values(equipment), estimates(equipment));
    equip.put("axis", 1);
    series.add(beside.isEmpty() ? equip : null);
    series.removeIf(java.util.Objects::isNull);
    m.put("series", series);
    source(m, newest.ref(), c.iso3() + "-share-of-gdp-and-equipment-share");
    List<Map<String, Object>> lines = new ArrayList<>();
    lines.add(Map.of("value", 2, "label", "2 %"));
    lines.add(Map.of("value", 3.5, "label", "3.5 %"));
    if (beside.isEmpty()) {
      lines.add(Map.of("value", 20, "label", "20 % equipment", "axis", 1));
    }
    m.put("lines", lines);
    return m;
  }

  /** The shares of GDP on the chart, as a table of allies by year. */
  static ShownTable sharesTable(
      PageRequest page,
      Country c,
      Release newest,
      SeriesTable own,
      Map<Country, SeriesTable> beside) {
    List<String> columns = new ArrayList<>(List.of("Ally"));
    own.years().forEach(y -> columns.add(Integer.toString(y)));
    List<List<Object>> rows = new ArrayList<>();
    Map<Country, SeriesTable> all = new LinkedHashMap<>();
    all.put(c, own);
    all.putAll(beside);
    all.forEach(
        (country, t) -> {
          List<Object> r = row(country.name());
          List<Double> v = values(t);
          List<Boolean> e = estimates(t);
          for (int i = 0; i < v.size(); i++) {
            r.add(v.get(i) == null ? "" : new Num(v.get(i), 2, e.get(i)));
          }
          rows.add(r);
        });
    return page.shown(
        new DataTable("compared", "Share of GDP (percent), " + newest.id(), columns, rows, 1)
            .named(
                c.iso3()
                    + "-and-"
                    + String.join("-", beside.keySet().stream().map(Country::iso3).toList())
                    + "-share-of-gdp",
                newest.id()));
  }

  /**
   * What the ally's spending went to, year by year, as NATO's Table 8 splits it: stacked to 100 %;
   * the same figures are in the table of every indicator below. Null when the release has none.
   */
  static Section categories(Country c, Release newest, Map<String, SeriesTable> tables) {
    List<Object> series = new ArrayList<>();
    List<String> cats = List.of();
    for (String[] cat : org.burdenshare.core.measures.SpendingSplit.CATEGORIES) {
      SeriesTable t = tables.get(cat[0]);
      if (t == null || t.rows().isEmpty()) {
        return null;
      }
      cats = t.years().stream().map(String::valueOf).toList();
      series.add(series(cat[1], values(t), estimates(t)));
    }
    Map<String, Object> m =
        spec("bar", c.name() + ": what defence spending went to", "% of defence expenditure");
    m.put("categories", cats);
    m.put("series", series);
    m.put("stack", true);
    m.put("max", 100);
    source(m, newest.ref(), c.iso3() + "-spending-by-category");
    return new Section(
        "categories",
        "What the spending went to",
        null,
        List.of(),
        Chart.of(
            "chart-categories",
            "Stacked bar chart of "
                + c.name()
                + "'s defence expenditure by category (personnel, equipment, infrastructure,"
                + " other), percent of the total, by year.",
            m),
        null,
        List.of());
  }

  static List<Boolean> estimates(SeriesTable t) {
    Map<Integer, Boolean> byYear = new LinkedHashMap<>();
    if (!t.rows().isEmpty()) {
      t.rows().get(0).cells().forEach(c -> byYear.put(c.year(), c.estimate()));
    }
    return t.years().stream().map(y -> Boolean.TRUE.equals(byYear.get(y))).toList();
  }

  static List<Double> values(SeriesTable t) {
    Map<Integer, Double> byYear = new LinkedHashMap<>();
    if (!t.rows().isEmpty()) {
      t.rows().get(0).cells().forEach(c -> byYear.put(c.year(), c.value()));
    }
    return t.years().stream().map(byYear::get).toList();
  }

  /** How releases published by the date revised an ally's share of GDP, or null if none did. */
  static Section revisions(PageRequest page, Engine engine, Country c, LocalDate asOf) {
    Revisions rev = engine.revisions(Indicators.SHARE_OF_GDP, c.iso3());
    List<Revisions.ReleaseSeries> visible =
        rev.byRelease().stream().filter(s -> !s.release().published().isAfter(asOf)).toList();
    if (visible.isEmpty()) {
      return null;
    }
    java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
    visible.forEach(s -> s.figures().forEach(o -> years.add(o.year())));
    List<String> columns = new ArrayList<>(List.of("Release", "Published", "Measure"));
    years.forEach(y -> columns.add(Integer.toString(y)));
    List<List<Object>> rows = new ArrayList<>();
    List<Object> series = new ArrayList<>();
    for (Revisions.ReleaseSeries s : visible) {
      Map<Integer, Observation> byYear = new LinkedHashMap<>();
      s.figures().forEach(o -> byYear.put(o.year(), o));
      List<Object> r =
          row(
              s.release().id() + (s.release().partial() ? " (partial)" : ""),
              s.release().published().toString(),
              s.definition().measureOrNotRecorded());
      List<Double> data = new ArrayList<>();
      List<Boolean> estimated = new ArrayList<>();
      for (int y : years) {
        Observation o = byYear.get(y);
        r.add(o == null ? "" : new Num(o.value(), 2, o.estimate()));
        data.add(o == null ? null : o.value());
        estimated.add(o != null && o.estimate());
      }
      rows.add(r);
      series.add(series(s.release().id(), data, estimated));
    }
    Map<String, Object> m = spec("line", c.name() + ": share of GDP by release", "% of GDP");
    m.put("categories", years.stream().map(String::valueOf).toList());
    m.put("series", series);
    source(
        m,
        "Source: "
            + visible.get(0).release().publisher()
            + ", every release published by "
            + asOf
            + ", one line each.",
        c.iso3() + "-share-of-gdp-revisions-as-of-" + asOf);
    Chart chart =
        Chart.of(
            "chart-revisions",
            "Line chart of "
                + c.name()
                + "'s share of GDP, one line per release, showing how figures were revised.",
            m);
    ShownTable table =
        page.shown(
            new DataTable(
                    "revisions",
                    c.name() + ": share of GDP (%) in each release published by " + asOf,
                    columns,
                    rows,
                    3)
                .named(c.iso3() + "-share-of-gdp-in-each-release-as-of-" + asOf, null));
    // Only a difference between two releases that name the same measure in the same table is a
    // revision; say so where the wording differs or is not recorded.
    List<String> wording = new ArrayList<>();
    for (var w : rev.wording()) {
      boolean shown =
          visible.stream().anyMatch(s -> s.release().id().equals(w.later()))
              && visible.stream().anyMatch(s -> s.release().id().equals(w.earlier()));
      if (shown && w.kind() != org.burdenshare.core.releases.Comparability.Kind.SAME) {
        wording.add(inWords(w.note(), visible));
      }
    }
    return new Section(
        "rev",
        "Revisions: share of GDP as each release published it",
        null,
        List.of(),
        chart,
        table,
        wording);
  }

  /**
   * A note about releases with each release called as a reader would ("NATO's June 2019 edition")
   * rather than by its id, which the table beside it already shows.
   */
  private static String inWords(String note, List<Revisions.ReleaseSeries> releases) {
    String out = note;
    for (var s : releases) {
      out = out.replace(s.release().id(), s.release().label());
    }
    return out.isEmpty() ? out : Character.toUpperCase(out.charAt(0)) + out.substring(1);
  }
}
