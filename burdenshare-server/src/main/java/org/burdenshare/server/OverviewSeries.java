package org.burdenshare.server;

import static org.burdenshare.server.PageParams.asOf;
import static org.burdenshare.server.PageParts.row;
import static org.burdenshare.server.PageParts.series;
import static org.burdenshare.server.PageParts.source;
import static org.burdenshare.server.PageParts.spec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import org.burdenshare.core.Engine;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.measures.RealChange;
import org.burdenshare.core.measures.SpendingSplit;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.render.Num;
import org.burdenshare.server.pages.Chart;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.Section;

/**
 * The overview's sections of years: Europe and Canada's real change year on year (each change
 * within one release), and what the allies' spending went to, weighted by their spending.
 */
final class OverviewSeries {
  private OverviewSeries() {}

  /**
   * How much more (or less) the allies other than the United States spent than the year before, at
   * constant prices, the same allies in both years and both years from one release; null when no
   * release holds both years.
   */
  static RealChange realChange(Engine engine, int year, ReleaseChoice choice) {
    try {
      return engine.realChange("NATO-USA", year, choice);
    } catch (InvalidQueryException e) {
      return null;
    }
  }

  /**
   * Europe and Canada's real change for every year the releases of the date hold with the one
   * before, each year's change within one release.
   */
  static Section realChanges(
      PageRequest page,
      Engine engine,
      NavigableSet<Integer> years,
      ReleaseChoice choice,
      LocalDate asOf,
      String publisher) {
    List<String> cats = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<Boolean> estimated = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    Joins joins = new Joins(engine.figures(), Indicators.DEFENCE_EXP_CONSTANT_USD, asOf);
    for (int y : years) {
      RealChange ch = realChange(engine, y, choice);
      if (ch == null) {
        continue;
      }
      cats.add(Integer.toString(y));
      values.add(ch.percent());
      estimated.add(ch.estimate());
      joins.add(y, ch.release());
      rows.add(
          row(Integer.toString(y), new Num(ch.percent(), 1, ch.estimate()), ch.release().id()));
    }
    if (rows.isEmpty()) {
      return null;
    }
    Map<String, Object> bar =
        spec("bar", "Europe and Canada: real change of defence spending", "% on the year before");
    bar.put("categories", cats);
    bar.put("series", List.of(series("Real change (%)", values, estimated)));
    source(bar, publisher, asOf, "europe-and-canada-real-change");
    joins.mark(bar);
    return new Section(
        "realchange",
        "Europe and Canada: real change, year by year",
        null,
        List.of(
            "Defence spending of the allies other than the United States at constant prices, each"
                + " year against the one before, the same allies in both years and both years"
                + " from one release."),
        Chart.of(
            "chart-realchange",
            "Bar chart of the real change of Europe and Canada's defence spending on the year"
                + " before, by year.",
            bar),
        page.shown(
            new DataTable(
                    "realchange",
                    "Europe and Canada: real change on the year before (%), as published by "
                        + asOf,
                    List.of("Year", "Real change (%)", "Release"),
                    rows,
                    1)
                .named("europe-and-canada-real-change-as-of-" + asOf, null)),
        joins.notes());
  }

  /**
   * What the allies' spending went to, year by year: NATO's four categories, each ally's split
   * weighted by its spending (a figure of burdenshare's: NATO splits each ally's spending only).
   */
  static Section spending(
      PageRequest page,
      Engine engine,
      NavigableSet<Integer> years,
      ReleaseChoice choice,
      LocalDate asOf) {
    List<String> cats = new ArrayList<>();
    List<List<Double>> parts = new ArrayList<>();
    List<List<Boolean>> estimated = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    SpendingSplit last = null;
    Joins joins = new Joins(engine.figures(), Indicators.EQUIPMENT_SHARE, asOf);
    for (int y : years) {
      SpendingSplit split;
      try {
        split = engine.split("NATO", y, choice);
      } catch (InvalidQueryException e) {
        continue; // no release of the date splits that year
      }
      last = split;
      joins.add(y, split.release());
      cats.add(Integer.toString(y));
      List<Object> r = row(Integer.toString(y));
      for (int k = 0; k < split.parts().size(); k++) {
        if (parts.size() <= k) {
          parts.add(new ArrayList<>());
          estimated.add(new ArrayList<>());
        }
        double v = Math.round(split.parts().get(k).percent() * 10) / 10.0;
        parts.get(k).add(v);
        estimated.get(k).add(split.estimate());
        r.add(new Num(split.parts().get(k).percent(), 1, split.estimate()));
      }
      r.add(split.allies().size() + " of " + (split.allies().size() + split.without().size()));
      r.add(split.release().id());
      rows.add(r);
    }
    if (last == null) {
      return null;
    }
    Map<String, Object> bar =
        spec("bar", "What the allies' defence spending went to", "% of defence expenditure");
    bar.put("categories", cats);
    List<Object> series = new ArrayList<>();
    List<String> columns = new ArrayList<>(List.of("Year"));
    for (int k = 0; k < last.parts().size(); k++) {
      String name = last.parts().get(k).name();
      series.add(series(name, parts.get(k), estimated.get(k)));
      columns.add(name + " (%)");
    }
    columns.add("Allies counted");
    columns.add("Release");
    bar.put("series", series);
    bar.put("stack", true);
    bar.put("max", 100);
    source(
        bar,
        "Source: NATO Public Diplomacy Division, each ally's split (Table 8), each year as"
            + " published in the newest release by "
            + asOf
            + " that holds it; added up by burdenshare, each ally weighted by its spending in"
            + " current USD.",
        "allies-spending-by-category-as-of-" + asOf);
    joins.mark(bar);
    List<String> left = last.without().stream().map(engine.figures().countries()::nameOf).toList();
    return new Section(
        "spending",
        "What the allies' spending went to",
        null,
        List.of(
            "Personnel, equipment, infrastructure and other spending as shares of what the"
                + " allies spent together. NATO splits each ally's spending; burdenshare adds them"
                + " up, each ally weighted by its spending in US dollars."),
        Chart.of(
            "chart-spending",
            "Stacked bar chart of the allies' defence spending by category (personnel, equipment,"
                + " infrastructure, other), percent of the total, by year.",
            bar),
        page.shown(
            new DataTable(
                    "spending",
                    "The allies' defence spending by category (percent), as published by " + asOf,
                    columns,
                    rows,
                    1)
                .named("allies-spending-by-category-as-of-" + asOf, null)),
        joins.notes(
            left.isEmpty()
                ? List.of()
                : List.of(
                    "Not counted in "
                        + last.year()
                        + ": "
                        + String.join(", ", left)
                        + " (no split or no spending figures).")));
  }
}
