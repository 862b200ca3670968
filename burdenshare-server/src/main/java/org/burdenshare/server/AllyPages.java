package org.burdenshare.server;

import static org.burdenshare.server.PageParams.asOf;
import static org.burdenshare.server.PageParts.row;

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
import org.burdenshare.core.indicators.Indicators;
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
                AllySections.allyChart(
                    c,
                    newest,
                    tables.get(Indicators.SHARE_OF_GDP),
                    tables.get(Indicators.EQUIPMENT_SHARE),
                    beside)),
            beside.isEmpty()
                ? null
                : AllySections.sharesTable(
                    page, c, newest, tables.get(Indicators.SHARE_OF_GDP), beside),
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
            AllySections.categories(c, newest, tables),
            indicators,
            AllySections.revisions(page, engine, c, asOf)),
        frame);
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
}
