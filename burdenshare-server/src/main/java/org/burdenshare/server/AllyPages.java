package org.burdenshare.server;

import static org.burdenshare.server.PageParams.asOf;
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
import java.util.Optional;
import org.burdenshare.core.Engine;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.measures.Revisions;
import org.burdenshare.core.measures.SeriesTable;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.render.Num;
import org.burdenshare.server.pages.AlliesPage;
import org.burdenshare.server.pages.AllyPage;
import org.burdenshare.server.pages.Chart;
import org.burdenshare.server.pages.ChoiceForm;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.Frame;
import org.burdenshare.server.pages.Link;
import org.burdenshare.server.pages.ReleaseNote;
import org.burdenshare.server.pages.Section;
import org.burdenshare.server.pages.ShownTable;

/** The list of allies, and one ally's page: its figures over time and how releases revised them. */
final class AllyPages {
  private AllyPages() {}

  static PageResult allies(PageRequest page, Engine engine) {
    String wanted = page.ctx.queryParam("country");
    if (wanted != null && !wanted.isBlank()) {
      // the ally picker's form: on to that ally's page, with the rest of the choice
      Country c = ally(engine.figures(), wanted.strip(), 400);
      return page.redirect(
          "/ally/" + c.iso3() + PageParams.asQuery(PageParams.queryWithout(page.ctx, "country")));
    }
    List<List<Object>> rows = new ArrayList<>();
    // By name, as a reader looks for them (by code, Germany fell between Czechia and Denmark)
    List<Country> byName = new ArrayList<>(engine.figures().countries().allies());
    byName.sort(
        java.util.Comparator.comparing(
            (Country c) -> c.name(), java.text.Collator.getInstance(java.util.Locale.ENGLISH)));
    for (Country c : byName) {
      rows.add(
          row(
              new Link(c.name(), "/ally/" + c.iso3()),
              c.iso3(),
              Places.otherNames(c),
              c.natoAccession().toString(),
              c.armedForces() ? "yes" : "no (no defence figures)"));
    }
    Frame frame = page.frame("Allies", "/ally");
    ShownTable table =
        page.shown(
            new DataTable(
                    "allies",
                    "NATO allies",
                    List.of("Ally", "Code", "Also called", "Joined", "Armed forces"),
                    rows,
                    99)
                .named("nato-allies", null));
    return page.show(new AlliesPage(frame, table), frame);
  }

  static final List<String> ALLY_INDICATORS =
      List.of(
          Indicators.DEFENCE_EXP_CURRENT_USD,
          Indicators.DEFENCE_EXP_CONSTANT_USD,
          Indicators.SHARE_OF_GDP,
          Indicators.EQUIPMENT_SHARE,
          "personnel_share",
          "infrastructure_share",
          "other_share",
          "real_change",
          "defence_exp_per_capita_usd",
          "military_personnel",
          Indicators.GDP_CURRENT_USD);

  static PageResult ally(PageRequest page, Engine engine) {
    Context ctx = page.ctx;
    Figures data = engine.figures();
    Country c = ally(data, ctx.pathParam("country"), 404);
    LocalDate asOf = asOf(ctx);
    ReleaseChoice choice = ReleaseChoice.asOf(asOf);
    List<Country> others = compared(ctx, data, c);
    ChoiceForm form =
        new ChoiceForm(
                "/ally",
                List.of(
                    ChoiceForm.Field.place("country", "Ally", c.name()),
                    ChoiceForm.Field.place(
                        "with",
                        "Compare with",
                        String.join(", ", others.stream().map(Country::name).toList()))),
                "Type an ally's name in English, French, German, Spanish, Italian, Dutch or"
                    + " Polish. To compare with several, separate them with commas: France,"
                    + " Poland.",
                asOf)
            .withPlaces(Places.allies(engine));
    String intro =
        c.name()
            + " joined NATO on "
            + c.natoAccession()
            + "."
            + (c.armedForces()
                ? ""
                : " It has no armed forces, and NATO publishes no defence figures for it.");
    Frame frame = page.frame(c.name(), "/ally");

    NavigableSet<Integer> visible =
        data.answerableYears(Indicators.DEFENCE_EXP_CURRENT_USD, choice);
    if (visible.isEmpty()) {
      throw new InvalidQueryException("No release had been published by " + asOf + ".");
    }
    // One release for the whole table: mixing releases would mix constant-price base years.
    Release newest =
        data.select(Indicators.DEFENCE_EXP_CURRENT_USD, visible.last(), choice).release();
    choice = ReleaseChoice.named(newest.id());
    NavigableSet<Integer> years = data.years(newest.id(), Indicators.DEFENCE_EXP_CURRENT_USD);
    List<String> columns = new ArrayList<>(List.of("Indicator", "Unit"));
    years.forEach(y -> columns.add(Integer.toString(y)));
    List<List<Object>> rows = new ArrayList<>();
    Map<String, SeriesTable> tables = new LinkedHashMap<>();
    for (String id : ALLY_INDICATORS) {
      if (data.years(newest.id(), id).isEmpty()) {
        continue;
      }
      SeriesTable t = engine.table(id, c.iso3(), years.first(), years.last(), choice);
      tables.put(id, t);
      if (t.rows().isEmpty() || t.rows().get(0).cells().isEmpty()) {
        continue;
      }
      Map<Integer, SeriesTable.Cell> byYear = new LinkedHashMap<>();
      t.rows().get(0).cells().forEach(cell -> byYear.put(cell.year(), cell));
      List<Object> r = row(Indicators.get(id).name(), t.rows().get(0).cells().get(0).unit());
      for (int y : years) {
        SeriesTable.Cell cell = byYear.get(y);
        r.add(cell == null ? "" : Num.of(cell.value(), cell.unit(), cell.estimate()));
      }
      rows.add(r);
    }
    if (rows.isEmpty()) {
      return page.show(
          new AllyPage(
              frame,
              form,
              intro,
              "The releases hold no defence figures for " + c.name() + ".",
              null,
              null,
              null,
              null),
          frame);
    }
    Map<Country, SeriesTable> beside = new LinkedHashMap<>();
    for (Country o : others) {
      beside.put(
          o, engine.table(Indicators.SHARE_OF_GDP, o.iso3(), years.first(), years.last(), choice));
    }
    Section shares =
        new Section(
            "share",
            beside.isEmpty()
                ? "Share of GDP and equipment share"
                : "Share of GDP beside "
                    + String.join(", ", others.stream().map(Country::name).toList()),
            null,
            List.of(),
            Chart.of(
                "chart-share",
                "Line chart of "
                    + c.name()
                    + "'s defence expenditure as a share of GDP"
                    + (beside.isEmpty()
                        ? ""
                        : ", beside that of "
                            + String.join(", ", others.stream().map(Country::name).toList()))
                    + ", and of its equipment share, by year, with the 2 %, 3.5 % and 20 %"
                    + " guidelines.",
                allyChart(
                    c,
                    newest,
                    tables.get(Indicators.SHARE_OF_GDP),
                    tables.get(Indicators.EQUIPMENT_SHARE),
                    beside)),
            beside.isEmpty()
                ? null
                : sharesTable(page, c, newest, tables.get(Indicators.SHARE_OF_GDP), beside),
            List.of());
    Section indicators =
        new Section(
            "all",
            "Every indicator over time",
            ReleaseNote.of(
                newest.ref(),
                "the newest release published by " + asOf + "; earlier ones are under Revisions",
                asOf),
            List.of(),
            null,
            page.shown(
                new DataTable(
                        "indicators",
                        c.name() + ": every indicator in " + newest.id(),
                        columns,
                        rows,
                        2)
                    .named(c.iso3() + "-every-indicator", newest.id())),
            List.of());
    return page.show(
        new AllyPage(
            frame,
            form,
            intro,
            null,
            shares,
            categories(c, newest, tables),
            indicators,
            revisions(page, engine, c, asOf)),
        frame);
  }

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

  /**
   * An ally by code or name in any of seven languages, or an error (404 for an address, 400 for the
   * picker's form) that offers the nearest allies' pages.
   */
  private static Country ally(Figures data, String codeOrName, int status) {
    Optional<Country> found = data.countries().find(codeOrName);
    if (found.isEmpty() || !found.get().isAlly()) {
      List<String> close = allies(data, codeOrName);
      String name = org.burdenshare.server.pages.Bounded.text(codeOrName);
      throw new NearMiss(
          status,
          (status == 404
                  ? "There is no page at /ally/" + name + ": no ally is called '" + name + "'."
                  : "There is no ally '" + name + "'.")
              + org.burdenshare.core.errors.Suggestions.didYouMean(close),
          close,
          "/ally",
          "country");
    }
    return found.get();
  }

  /** The allies whose names come closest to a misspelt one. */
  private static List<String> allies(Figures data, String misspelt) {
    return data.countries().closest(misspelt).stream()
        .filter(n -> data.countries().find(n).map(Country::isAlly).orElse(false))
        .toList();
  }

  /** The allies named in {@code with} (names or codes, separated by commas), at most five. */
  static List<Country> compared(Context ctx, Figures data, Country c) {
    List<Country> out = new ArrayList<>();
    for (String v : ctx.queryParams("with")) {
      for (String name : v.split(",")) {
        String n = name.strip();
        if (n.isEmpty()) {
          continue;
        }
        Optional<Country> o = data.countries().find(n);
        if (o.isEmpty() || !o.get().isAlly()) {
          List<String> close = allies(data, n);
          throw new InvalidQueryException(
              "There is no ally '"
                  + org.burdenshare.server.pages.Bounded.text(n)
                  + "' to compare with."
                  + org.burdenshare.core.errors.Suggestions.didYouMean(close),
              close);
        }
        if (!o.get().equals(c) && !out.contains(o.get())) {
          out.add(o.get());
        }
      }
    }
    if (out.size() > 5) {
      throw new InvalidQueryException(
          "At most five allies can be compared with " + c.name() + " on one chart.");
    }
    return out;
  }

  /** The shares of GDP on the chart, as a table of allies by year. */
  private static ShownTable sharesTable(
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
        wording.add(w.note());
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
}
