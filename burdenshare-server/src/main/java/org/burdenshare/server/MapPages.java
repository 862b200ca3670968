package org.burdenshare.server;

import static org.burdenshare.server.PageParams.asOf;
import static org.burdenshare.server.PageParams.param;
import static org.burdenshare.server.PageParts.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.burdenshare.core.Engine;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.maps.AllyMap;
import org.burdenshare.core.maps.MapMetric;
import org.burdenshare.core.measures.Measures;
import org.burdenshare.core.questions.Burdenshare;
import org.burdenshare.core.questions.YearsOnOffer;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.ReleaseRef;
import org.burdenshare.render.Num;
import org.burdenshare.server.pages.Chart;
import org.burdenshare.server.pages.ChoiceForm;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.FileName;
import org.burdenshare.server.pages.Frame;
import org.burdenshare.server.pages.MapPage;
import org.burdenshare.server.pages.MapView;
import org.burdenshare.server.pages.ReleaseNote;

/** The map of the allies: its own page, and a tab on the overview. */
final class MapPages {
  private MapPages() {}

  static PageResult map(PageRequest page, Engine engine) {
    LocalDate asOf = asOf(page.ctx);
    ReleaseChoice choice = ReleaseChoice.asOf(asOf);
    AllyMap map =
        new Burdenshare(engine).map(param(page.ctx, "metric", MapMetric.SHARE_OF_GDP.id()), choice);
    MapMetric metric = map.metric();
    if (map.years().isEmpty()) {
      throw new InvalidQueryException(
          "No release published by " + asOf + " holds figures for this map.");
    }
    TreeSet<Integer> years = new TreeSet<>(map.years().stream().map(AllyMap.Year::year).toList());
    List<Integer> estimated =
        map.years().stream()
            .filter(y -> y.areas().stream().allMatch(AllyMap.Area::estimate))
            .map(AllyMap.Year::year)
            .toList();
    // the map's own years and estimates (those of its measure), under the pages' one year rule
    Prelude prelude = Prelude.of(page, asOf, new YearsOnOffer(years, estimated));
    int year = prelude.year();
    AllyMap.Year shown = map.years().stream().filter(y -> y.year() == year).findFirst().get();
    List<ChoiceForm.Option> options = new ArrayList<>();
    for (MapMetric m : MapMetric.values()) {
      options.add(new ChoiceForm.Option(m.id(), m.title(), m == metric));
    }
    ChoiceForm form =
        new ChoiceForm(
            "/map",
            List.of(ChoiceForm.Field.choice("metric", "Map of", options)),
            null,
            year,
            prelude.offer().newestFirst(),
            asOf,
            estimated);
    List<List<Object>> rows = new ArrayList<>();
    for (AllyMap.Area a :
        shown.areas().stream().sorted((x, y) -> Double.compare(y.value(), x.value())).toList()) {
      rows.add(row(a.name(), a.country(), new Num(a.value(), decimals(metric), a.estimate())));
    }
    String unit = metric.unit();
    var table =
        page.shown(
            new DataTable(
                    "map",
                    metric.title() + ", " + year + " (" + unit + ")",
                    List.of("Ally", "Code", capitalised(unit)),
                    rows,
                    2)
                .named(metric.id() + "-" + year, shown.release().id()));
    Frame frame = prelude.frame("Map of the allies: " + lowerFirst(metric.title()), "/map");
    String about =
        switch (metric) {
          case SHARE_OF_GDP ->
              "Orange: below the 2 % of GDP that the allies pledged at Wales in 2014. The darkest"
                  + " blue: at or above the 3.5 % core spending pledged at The Hague in 2025.";
          case REAL_CHANGE ->
              "How much more (or less) each ally spent than in "
                  + MapMetric.BASE_YEAR
                  + ", the year of the Wales pledge, at constant prices.";
          case PER_HEAD ->
              "Defence expenditure in US dollars at current prices, divided by the population.";
        };
    return page.show(
        new MapPage(
            frame,
            form,
            about,
            view("map", map, year, asOf),
            ReleaseNote.of(shown.release(), "as published on " + asOf, asOf),
            table),
        frame);
  }

  /** The map's view: every year's figures, the one shown first, and how to colour them. */
  static MapView view(String id, AllyMap map, int year, LocalDate asOf) {
    MapMetric metric = map.metric();
    Map<String, Object> spec = PageParts.spec("map", metric.title(), metric.unit());
    spec.put("metric", metric.id());
    spec.put("geometry", org.burdenshare.server.pages.Assets.href("map/allies.geo.json"));
    Map<String, Object> years = new LinkedHashMap<>();
    for (AllyMap.Year y : map.years()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put(
          "areas",
          y.areas().stream()
              .map(
                  a ->
                      List.<Object>of(
                          a.country(),
                          Measures.round(a.value(), decimals(metric)),
                          a.estimate(),
                          a.name()))
              .toList());
      one.put("source", sourceLine(y.release(), y.note()));
      years.put(Integer.toString(y.year()), one);
    }
    spec.put("years", years);
    spec.put("year", year);
    spec.put("pieces", pieces(metric));
    // the page's script puts the slider's year in place of this one
    spec.put("file", FileName.of("map-" + metric.id() + "-" + year + "-as-of-" + asOf));
    List<Integer> ys = map.years().stream().map(AllyMap.Year::year).toList();
    return new MapView(
        id,
        metric.id(),
        ys,
        year,
        Chart.of(
            "chart-" + id,
            "Map of the allies in Europe and North America coloured by "
                + lowerFirst(metric.title())
                + ".",
            spec));
  }

  private static String sourceLine(ReleaseRef r, String note) {
    return "Source: "
        + r.publisher()
        + ", "
        + r.title()
        + ", published "
        + r.published()
        + "."
        + (note.isEmpty() ? "" : " " + note)
        + " Map: Natural Earth.";
  }

  /** The colour classes: guidelines as edges where the measure has them. */
  private static List<Map<String, Object>> pieces(MapMetric metric) {
    return switch (metric) {
      case SHARE_OF_GDP ->
          List.of(
              piece(null, 1.5, "#b4481a", "below 1.5 %"),
              piece(1.5, 2.0, "#f1a66a", "1.5 to 2 %"),
              piece(2.0, 2.5, "#9ecae1", "2 to 2.5 %"),
              piece(2.5, 3.5, "#4292c6", "2.5 to 3.5 %"),
              piece(3.5, null, "#08306b", "3.5 % or more"));
      case REAL_CHANGE ->
          List.of(
              piece(null, 0.0, "#b4481a", "less than in " + MapMetric.BASE_YEAR),
              piece(0.0, 25.0, "#c6dbef", "0 to 25 % more"),
              piece(25.0, 50.0, "#6baed6", "25 to 50 % more"),
              piece(50.0, 100.0, "#2171b5", "50 to 100 % more"),
              piece(100.0, null, "#08306b", "twice as much or more"));
      case PER_HEAD ->
          List.of(
              piece(null, 300.0, "#deebf7", "under $300"),
              piece(300.0, 600.0, "#9ecae1", "$300 to $600"),
              piece(600.0, 1000.0, "#4292c6", "$600 to $1,000"),
              piece(1000.0, 2000.0, "#2171b5", "$1,000 to $2,000"),
              piece(2000.0, null, "#08306b", "$2,000 or more"));
    };
  }

  private static Map<String, Object> piece(Double from, Double below, String colour, String label) {
    Map<String, Object> p = new LinkedHashMap<>();
    if (from != null) {
      p.put("gte", from);
    }
    if (below != null) {
      p.put("lt", below);
    }
    p.put("color", colour);
    p.put("label", label);
    return p;
  }

  private static int decimals(MapMetric metric) {
    return metric == MapMetric.SHARE_OF_GDP ? 2 : metric == MapMetric.REAL_CHANGE ? 1 : 0;
  }

  private static String lowerFirst(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
