package org.burdenshare.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.function.Supplier;
import org.burdenshare.core.Engine;
import org.burdenshare.core.InvalidQueryException;
import org.burdenshare.core.Remedy;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.dataset.Dataset;
import org.burdenshare.core.dataset.Observation;
import org.burdenshare.core.indicators.Indicator;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.measures.Comparison;
import org.burdenshare.core.measures.GuidelineCheck;
import org.burdenshare.core.measures.Measures;
import org.burdenshare.core.measures.Ranking;
import org.burdenshare.core.measures.Revisions;
import org.burdenshare.core.measures.SeriesTable;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.render.Json;
import org.burdenshare.render.Num;
import org.burdenshare.render.Printer;
import org.burdenshare.server.pages.AlliesPage;
import org.burdenshare.server.pages.AllyPage;
import org.burdenshare.server.pages.Bounded;
import org.burdenshare.server.pages.Chart;
import org.burdenshare.server.pages.ChoiceForm;
import org.burdenshare.server.pages.ComparePage;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.ErrorPage;
import org.burdenshare.server.pages.Frame;
import org.burdenshare.server.pages.GuidelinesPage;
import org.burdenshare.server.pages.Link;
import org.burdenshare.server.pages.OverviewPage;
import org.burdenshare.server.pages.ReleaseNote;
import org.burdenshare.server.pages.Section;
import org.burdenshare.server.pages.ShownTable;
import org.burdenshare.server.pages.SourcesPage;

/**
 * The web dashboard: server-rendered pages whose charts are drawn by a small script from data
 * blocks, each chart followed by the same figures as a table with a CSV download. The year and
 * as-of date live in the URL, so every view can be shared as a link.
 */
final class Dashboard {
  private final Supplier<Snapshot> snapshot;

  Dashboard(Supplier<Snapshot> snapshot) {
    this.snapshot = snapshot;
  }

  /** A page being built: its model, its template, and the tables it offers as CSV. */
  static final class Page {
    final Context ctx;
    final Map<String, DataTable> tables = new LinkedHashMap<>();
    private String template;
    private Object model;

    Page(Context ctx) {
      this.ctx = ctx;
    }

    /** A table of the page model, offered as CSV with the same rows. */
    ShownTable shown(DataTable t) {
      tables.put(t.id(), t);
      return new ShownTable(t, csvHref(ctx, t.id()));
    }

    /** The page is a model rendered by a template; returns its title. */
    String show(String template, Object model, Frame frame) {
      this.template = template;
      this.model = model;
      return frame.title();
    }
  }

  private interface PageHandler {
    String build(Page page, Engine engine);
  }

  void register(Javalin app) {
    app.get("/", ctx -> serve(ctx, "/", this::overview));
    app.get("/ally", ctx -> serve(ctx, "/ally", this::allies));
    app.get("/ally/{country}", ctx -> serve(ctx, "/ally", this::ally));
    app.get("/compare", ctx -> serve(ctx, "/compare", this::compare));
    app.get("/guidelines", ctx -> serve(ctx, "/guidelines", this::guidelines));
    app.get("/sources", ctx -> serve(ctx, "/sources", this::sources));
    app.get(
        "/targets",
        ctx ->
            serve(
                ctx,
                "/targets",
                (p, e) -> AnalysisPages.targets(p, e, asOf(p.ctx), optionalYear(p.ctx))));
    app.get(
        "/scenarios",
        ctx -> serve(ctx, "/scenarios", (p, e) -> AnalysisPages.scenarios(p, e, p.ctx)));
    app.get(
        "/fairshare",
        ctx ->
            serve(
                ctx,
                "/fairshare",
                (p, e) -> AnalysisPages.fairShare(p, e, asOf(p.ctx), optionalYear(p.ctx))));
  }

  private static final Remedy.Words REMEDY_WORDS =
      new Remedy.Words(
          id -> "", " Choose one release for the whole series.", " The Sources page lists them.");

  /**
   * What would answer, in a page's words: the message already names a release that has the figures;
   * the list of releases is the Sources page.
   */
  static String remedy(InvalidQueryException e) {
    return e.remedy().map(r -> r.in(REMEDY_WORDS)).orElse("");
  }

  private void serve(Context ctx, String nav, PageHandler handler)
      throws com.fasterxml.jackson.core.JsonProcessingException {
    Page page = new Page(ctx);
    try {
      handler.build(page, snapshot.get().engine());
    } catch (InvalidQueryException | ApiException e) {
      int status = e instanceof ApiException a ? a.status() : 400;
      ctx.status(status)
          .contentType("text/html; charset=utf-8")
          .result(
              Templates.error(
                  new ErrorPage(
                      Frame.of(
                          status == 404 ? "Not found" : "That question cannot be answered", nav),
                      e.getMessage() + (e instanceof InvalidQueryException q ? remedy(q) : ""),
                      List.of(new Link("Start again", nav), new Link("Sources", "/sources")))));
      return;
    }
    if ("csv".equals(ctx.queryParam("format"))) {
      DataTable t = page.tables.get(String.valueOf(ctx.queryParam("table")));
      if (t == null) {
        throw ApiException.notFound(
            "This page has no table '"
                + ctx.queryParam("table")
                + "'. Tables: "
                + page.tables.keySet()
                + ".");
      }
      ctx.contentType("text/csv; charset=utf-8")
          .header("Content-Disposition", "attachment; filename=\"burdenshare-" + t.id() + ".csv\"")
          .result(Printer.csv(t.columns(), t.rows()));
      return;
    }
    if ("json".equals(ctx.queryParam("format"))) {
      // The page model itself: what the page shows, for embedding and for checking that the
      // page answers as the API does
      ctx.contentType("application/json").result(Json.PRETTY.writeValueAsString(page.model));
      return;
    }
    ctx.contentType("text/html; charset=utf-8").result(Templates.render(page.template, page.model));
  }

  // ------------------------------------------------------------------ parameters

  private static LocalDate asOf(Context ctx) {
    LocalDate d = Params.date("asOf", ctx.queryParam("asOf"), "2024-07-01");
    LocalDate today = LocalDate.now();
    if (d != null && d.isAfter(today)) {
      throw new InvalidQueryException(
          "The date "
              + d
              + " is in the future. The pages show what had been published by a date up to today,"
              + " "
              + today
              + ".");
    }
    return d == null ? today : d;
  }

  private static Integer optionalYear(Context ctx) {
    return Params.integer("year", ctx.queryParam("year"), "2024");
  }

  private static int year(Context ctx, NavigableSet<Integer> answerable) {
    Integer y = optionalYear(ctx);
    if (y != null) {
      return y;
    }
    if (answerable.isEmpty()) {
      throw new InvalidQueryException("No release had been published by then.");
    }
    return answerable.last();
  }

  private static String param(Context ctx, String name, String fallback) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? fallback : v.strip();
  }

  private static String csvHref(Context ctx, String table) {
    StringBuilder q = new StringBuilder();
    ctx.queryParamMap()
        .forEach(
            (k, vs) -> {
              if (!k.equals("format") && !k.equals("table")) {
                vs.forEach(v -> q.append(enc(k)).append('=').append(enc(v)).append('&'));
              }
            });
    return ctx.path() + "?" + q + "format=csv&table=" + enc(table);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** ", in core defence expenditure": what a count of allies at a guideline counted. */
  private static String measured(GuidelineCheck g) {
    return g.definition().measure() == null ? "" : ", in " + g.definition().measureInText();
  }

  private static Map<String, Object> spec(String type, String title, String yName) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("title", title);
    m.put("yName", yName);
    return m;
  }

  private static Map<String, Object> series(String name, List<?> data) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("data", data);
    return m;
  }

  private static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  // ------------------------------------------------------------------ overview

  private String overview(Page page, Engine engine) {
    Context ctx = page.ctx;
    Dataset data = engine.dataset();
    LocalDate asOf = asOf(ctx);
    ReleaseChoice choice = ReleaseChoice.asOf(asOf);
    NavigableSet<Integer> years = data.answerableYears(Indicators.DEFENCE_EXP_CURRENT_USD, choice);
    int year = year(ctx, years);
    ChoiceForm form =
        ChoiceForm.of("/", year, years.isEmpty() ? List.of(year) : newestFirst(years), asOf);
    Comparison c =
        engine.compare("USA", "NATO-USA", Indicators.DEFENCE_EXP_CURRENT_USD, year, choice);
    GuidelineCheck two = engine.guideline(Indicators.SHARE_OF_GDP, 2, year, "NATO", choice);
    GuidelineCheck core = engine.guideline(Indicators.SHARE_OF_GDP, 3.5, year, "NATO", choice);
    boolean e = c.a().estimate();
    OverviewPage.Headline headline =
        new OverviewPage.Headline(
            year,
            asOf,
            ReleaseNote.of(c.release(), c.releaseChoice()),
            List.of(
                new OverviewPage.Stat(
                    "total",
                    "NATO defence expenditure",
                    Num.of(c.a().total() + c.b().total()).text(),
                    e,
                    c.unit()),
                new OverviewPage.Stat(
                    "usa", "United States", Num.of(c.a().total()).text(), e, c.unit()),
                new OverviewPage.Stat(
                    "others",
                    "The other "
                        + c.b().allies().size()
                        + " allies ("
                        + c.b().alliesWithFigures()
                        + " with figures)",
                    Num.of(c.b().total()).text(),
                    e,
                    c.unit()),
                new OverviewPage.Stat(
                    "ratio",
                    "United States ÷ the others",
                    c.ratio() == null ? "–" : String.format(Locale.ROOT, "%.2f", c.ratio()),
                    false,
                    ""),
                new OverviewPage.Stat(
                    "at2",
                    "Allies at or above 2 % of GDP" + measured(two),
                    two.count() + " of " + two.allies(),
                    false,
                    ""),
                new OverviewPage.Stat(
                    "at35",
                    "Allies at or above 3.5 % of GDP" + measured(core),
                    core.count() + " of " + core.allies(),
                    false,
                    "")));

    Ranking rank = engine.rank(Indicators.SHARE_OF_GDP, year, "NATO", choice);
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    for (Ranking.Ranked r : rank.rows()) {
      names.add(r.name());
      values.add(r.value());
      rows.add(row(r.name(), r.country(), new Num(r.value(), 2, r.estimate()), r.rank()));
    }
    Map<String, Object> bar = spec("bar", "Share of GDP, " + year, "% of GDP");
    bar.put("categories", names);
    bar.put("series", List.of(series("Share of GDP", values)));
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
            ReleaseNote.of(rank.release(), rank.releaseChoice()),
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
                    2)),
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
    List<List<Object>> timeRows = new ArrayList<>();
    for (int y : years) {
      Comparison cy =
          engine.compare("USA", "NATO-USA", Indicators.DEFENCE_EXP_CURRENT_USD, y, choice);
      ys.add(y);
      usa.add(cy.a().total());
      others.add(cy.b().total());
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
    line.put("series", List.of(series("United States", usa), series("Other allies", others)));
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
                    "Defence expenditure, million USD at current prices, as published by " + asOf,
                    List.of("Year", "United States", "Other allies", "Ratio", "Release"),
                    timeRows,
                    1)),
            List.of());
    Frame frame = Frame.of("Who pays for NATO?", "/");
    return page.show(
        "overview.jte", new OverviewPage(frame, form, headline, ranking, overTime), frame);
  }

  /** Years as a year list offers them: the newest first. */
  static List<Integer> newestFirst(NavigableSet<Integer> years) {
    return new ArrayList<>(years.descendingSet());
  }

  // ------------------------------------------------------------------ allies

  private String allies(Page page, Engine engine) {
    List<List<Object>> rows = new ArrayList<>();
    // By name, as a reader looks for them (by code, Germany fell between Czechia and Denmark)
    List<Country> byName = new ArrayList<>(engine.dataset().countries().allies());
    byName.sort(
        java.util.Comparator.comparing(
            (Country c) -> c.name(), java.text.Collator.getInstance(java.util.Locale.ENGLISH)));
    for (Country c : byName) {
      rows.add(
          row(
              new Link(c.name(), "/ally/" + c.iso3()),
              c.iso3(),
              c.natoAccession().toString(),
              c.armedForces() ? "yes" : "no (no defence figures)"));
    }
    Frame frame = Frame.of("Allies", "/ally");
    ShownTable table =
        page.shown(
            new DataTable(
                "allies",
                "NATO allies",
                List.of("Ally", "Code", "Joined", "Armed forces"),
                rows,
                99));
    return page.show("allies.jte", new AlliesPage(frame, table), frame);
  }

  private static final List<String> ALLY_INDICATORS =
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

  private String ally(Page page, Engine engine) {
    Context ctx = page.ctx;
    Dataset data = engine.dataset();
    Optional<Country> found = data.countries().find(ctx.pathParam("country"));
    if (found.isEmpty() || !found.get().isAlly()) {
      List<String> close =
          org.burdenshare.core.Suggestions.closest(
              ctx.pathParam("country"), data.countries().knownNames());
      throw new ApiException(
          404,
          "There is no ally '"
              + ctx.pathParam("country")
              + "'."
              + org.burdenshare.core.Suggestions.didYouMean(close),
          close);
    }
    Country c = found.get();
    LocalDate asOf = asOf(ctx);
    ReleaseChoice choice = ReleaseChoice.asOf(asOf);
    ChoiceForm form = ChoiceForm.of("/ally/" + c.iso3(), null, List.of(), asOf);
    String intro =
        c.name()
            + " joined NATO on "
            + c.natoAccession()
            + "."
            + (c.armedForces()
                ? ""
                : " It has no armed forces, and NATO publishes no defence figures for it.");
    Frame frame = Frame.of(c.name(), "/ally");

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
          "ally.jte",
          new AllyPage(
              frame,
              form,
              intro,
              "The releases hold no defence figures for " + c.name() + ".",
              null,
              null,
              null),
          frame);
    }
    Section shares =
        new Section(
            "share",
            "Share of GDP and equipment share",
            null,
            List.of(),
            Chart.of(
                "chart-share",
                "Line chart of "
                    + c.name()
                    + "'s defence expenditure as a share of GDP and of its equipment share, by"
                    + " year, with the 2 %, 3.5 % and 20 % guidelines.",
                allyChart(
                    tables.get(Indicators.SHARE_OF_GDP), tables.get(Indicators.EQUIPMENT_SHARE))),
            null,
            List.of());
    Section indicators =
        new Section(
            "all",
            "Every indicator over time",
            ReleaseNote.of(
                newest.ref(),
                "the newest release published by " + asOf + "; earlier ones are under Revisions"),
            List.of(),
            null,
            page.shown(
                new DataTable(
                    "indicators",
                    c.name() + ": every indicator in " + newest.id(),
                    columns,
                    rows,
                    2)),
            List.of());
    return page.show(
        "ally.jte",
        new AllyPage(
            frame, form, intro, null, shares, indicators, revisions(page, engine, c, asOf)),
        frame);
  }

  private static Map<String, Object> allyChart(SeriesTable share, SeriesTable equipment) {
    Map<String, Object> m = spec("line", "Share of GDP and equipment share", "percent");
    List<String> cats = share.years().stream().map(String::valueOf).toList();
    m.put("categories", cats);
    List<Object> series = new ArrayList<>();
    series.add(series("Share of GDP (%)", values(share)));
    series.add(series("Equipment share of defence expenditure (%)", values(equipment)));
    m.put("series", series);
    m.put(
        "lines",
        List.of(
            Map.of("value", 2, "label", "2 %"),
            Map.of("value", 3.5, "label", "3.5 %"),
            Map.of("value", 20, "label", "20 % equipment")));
    return m;
  }

  private static List<Double> values(SeriesTable t) {
    Map<Integer, Double> byYear = new LinkedHashMap<>();
    if (!t.rows().isEmpty()) {
      t.rows().get(0).cells().forEach(c -> byYear.put(c.year(), c.value()));
    }
    return t.years().stream().map(byYear::get).toList();
  }

  /** How releases published by the date revised an ally's share of GDP, or null if none did. */
  private static Section revisions(Page page, Engine engine, Country c, LocalDate asOf) {
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
      for (int y : years) {
        Observation o = byYear.get(y);
        r.add(o == null ? "" : new Num(o.value(), 2, o.estimate()));
        data.add(o == null ? null : o.value());
      }
      rows.add(r);
      series.add(series(s.release().id(), data));
    }
    Map<String, Object> m = spec("line", "Share of GDP by release", "% of GDP");
    m.put("categories", years.stream().map(String::valueOf).toList());
    m.put("series", series);
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
                3));
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

  // ------------------------------------------------------------------ compare

  private String compare(Page page, Engine engine) {
    Context ctx = page.ctx;
    String a = param(ctx, "a", "USA");
    String b = param(ctx, "b", "NATO-USA");
    String indicator = param(ctx, "indicator", Indicators.DEFENCE_EXP_CURRENT_USD);
    Indicator ind = Indicators.get(indicator);
    LocalDate asOf = asOf(ctx);
    ReleaseChoice choice = ReleaseChoice.asOf(asOf);
    List<ChoiceForm.Option> options = new ArrayList<>();
    for (Indicator i : Indicators.all()) {
      if (i.additive() && !engine.dataset().years(i.id()).isEmpty()) {
        options.add(new ChoiceForm.Option(i.id(), i.name(), i.id().equals(indicator)));
      }
    }
    ChoiceForm form =
        new ChoiceForm(
            "/compare",
            List.of(
                ChoiceForm.Field.text("a", "First group", a),
                ChoiceForm.Field.text("b", "Second group", b),
                ChoiceForm.Field.choice("indicator", "Indicator", options)),
            "A country (USA, Germany), a group (NATO, NATO_EUROPE_CANADA, EU, BALTICS) or an"
                + " expression: NATO-USA, NATO&EU, BALTICS+POL.",
            null,
            List.of(),
            asOf);
    NavigableSet<Integer> years = engine.dataset().answerableYears(indicator, choice);
    List<String> cats = new ArrayList<>();
    List<Double> as = new ArrayList<>();
    List<Double> bs = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    String unit = "";
    for (int y : years) {
      Comparison c = engine.compare(a, b, indicator, y, choice);
      unit = c.unit();
      cats.add(Integer.toString(y));
      as.add(c.a().total());
      bs.add(c.b().total());
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
    m.put("series", List.of(series(a, as), series(b, bs)));
    Section comparison =
        new Section(
            "cmp",
            Bounded.text(a) + " and " + Bounded.text(b) + ": " + ind.name(),
            null,
            List.of(),
            Chart.of(
                "chart-compare",
                "Line chart of " + ind.name() + " for " + a + " and for " + b + ", by year.",
                m),
            page.shown(
                new DataTable(
                    "compare",
                    ind.name()
                        + " ("
                        + unit
                        + "): "
                        + a
                        + " and "
                        + b
                        + ", as published by "
                        + asOf,
                    List.of("Year", a, b, "Ratio", "Release"),
                    rows,
                    1)),
            List.of());
    Frame frame = Frame.of("Compare", "/compare");
    return page.show("compare.jte", new ComparePage(frame, form, comparison), frame);
  }

  // ------------------------------------------------------------------ 2 % and 20 %

  private String guidelines(Page page, Engine engine) {
    Context ctx = page.ctx;
    LocalDate asOf = asOf(ctx);
    ReleaseChoice choice = ReleaseChoice.asOf(asOf);
    NavigableSet<Integer> years =
        engine.dataset().answerableYears(Indicators.EQUIPMENT_SHARE, choice);
    int year = year(ctx, years);
    ChoiceForm form = ChoiceForm.of("/guidelines", year, newestFirst(years), asOf);
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
        points.add(List.of(s.value(), e, s.country()));
      }
    }
    String summary =
        gdp.count()
            + " of "
            + gdp.allies()
            + " allies spent at least 2 % of GDP on defence in "
            + year
            + ", "
            + equipment.count()
            + " at least 20 % of it on major equipment, and "
            + both
            + " met both guidelines.";
    Map<String, Object> m =
        spec("scatter", "Share of GDP against equipment share, " + year, "equipment share, %");
    m.put("xName", "defence expenditure, % of GDP");
    m.put("points", points);
    m.put("xLines", List.of(Map.of("value", 2, "label", "2 %")));
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
                List.of("Ally", "Code", "Share of GDP (%)", "Equipment share (%)", "Meets"),
                rows,
                2));
    Frame frame = Frame.of("2 % and 20 %", "/guidelines");
    return page.show(
        "guidelines.jte",
        new GuidelinesPage(
            frame, form, summary, ReleaseNote.of(gdp.release(), gdp.releaseChoice()), chart, table),
        frame);
  }

  // ------------------------------------------------------------------ sources

  /** What the publisher called each indicator's figures in a release, or null if not recorded. */
  private static ShownTable definitions(Page page, Release r) {
    if (r.tables().isEmpty()) {
      return null;
    }
    List<List<Object>> rows = new ArrayList<>();
    r.tables().keySet().stream()
        .sorted()
        .forEach(
            i -> {
              var d = r.definitionOf(i);
              rows.add(
                  row(
                      i,
                      d.tableOrNotRecorded(),
                      d.measureOrNotRecorded(),
                      d.priceBase() == null ? "" : d.priceBase()));
            });
    return page.shown(
        new DataTable(
            "definitions-" + r.id(),
            "What each table of " + r.id() + " measured",
            List.of("Indicator", "Table as printed", "Measure", "Price base"),
            rows,
            99));
  }

  private String sources(Page page, Engine engine) {
    List<List<Object>> rows = new ArrayList<>();
    List<SourcesPage.Release> sections = new ArrayList<>();
    for (Release r : engine.dataset().releases()) {
      rows.add(
          row(
              r.id(),
              r.publisher(),
              r.title(),
              r.published().toString(),
              r.cutoff() == null ? "" : r.cutoff().toString(),
              new Link("link", r.url()),
              r.licence()));
      sections.add(
          new SourcesPage.Release(
              r.id(),
              r.title(),
              r.publisher(),
              r.published(),
              r.cutoff(),
              new Link("Publisher's page or file", r.url()),
              r.attribution(),
              r.licence(),
              r.notes(),
              r.partial(),
              r.partial() ? r.holdings().stream().map(h -> h.describe()).toList() : List.of(),
              definitions(page, r)));
    }
    var data = engine.dataset();
    List<SourcesPage.Edition> editions = new ArrayList<>();
    for (var e : data.editions().entries(data.releases())) {
      var x = e.edition();
      editions.add(
          new SourcesPage.Edition(
              x.published(),
              x.title(),
              x.annualReport(),
              x.cutoff(),
              x.confidence(),
              e.heldBy() == null ? null : e.heldBy().id(),
              e.heldBy() != null && e.heldBy().partial()));
    }
    ShownTable table =
        page.shown(
            new DataTable(
                "releases",
                "Releases",
                List.of("Id", "Publisher", "Title", "Published", "Cut-off", "Source", "Licence"),
                rows,
                99));
    Frame frame = Frame.of("Sources", "/sources");
    return page.show("sources.jte", new SourcesPage(frame, sections, editions, table), frame);
  }
}
