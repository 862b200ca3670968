package org.burdenshare.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import org.burdenshare.cli.GroupOption;
import org.burdenshare.cli.ReleaseOptions;
import org.burdenshare.core.Engine;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.measures.SeriesTable;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.ReleaseRef;
import org.burdenshare.render.Num;
import org.burdenshare.render.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "table",
    sortOptions = false,
    description = {
      "One indicator for a group's members over a span of years, with the group total where the"
          + " indicator can be added up. Under --as-of each year comes from the newest release"
          + " published by then that covers it; years no such release covers are listed, not"
          + " filled from later releases. CSV output is long (one figure a row, with its release).",
      "Example: burdenshare table --indicator share_of_gdp --countries BALTICS --years 2014-2026"
    })
public final class TableCommand extends AnswerCommand {
  @Option(names = "--indicator", required = true, paramLabel = "ID", description = "What to show.")
  String indicator;

  @Mixin GroupOption groupOption;

  @Option(
      names = "--years",
      paramLabel = "FROM-TO",
      description = "A year (2019) or span (2014-2026). Default: every year the releases cover.")
  String years;

  @Mixin ReleaseOptions release;

  @Override
  protected Rendered answer(Engine engine) {
    ReleaseChoice choice = release.choice();
    int[] span = span(engine, choice);
    SeriesTable t = engine.table(indicator, groupOption.countries, span[0], span[1], choice);
    List<String> cols = new ArrayList<>(List.of("country", "name"));
    t.years().forEach(y -> cols.add(Integer.toString(y)));
    Rendered r =
        new Rendered(t)
            .header(indicator + " for " + t.group() + ", " + span[0] + "–" + span[1])
            .columns(cols.toArray(String[]::new));
    releaseLines(t).forEach(r::header);
    for (SeriesTable.Row row : t.rows()) {
      List<Object> line = new ArrayList<>(List.of(row.country(), row.name()));
      Map<Integer, SeriesTable.Cell> byYear = new LinkedHashMap<>();
      row.cells().forEach(c -> byYear.put(c.year(), c));
      for (int y : t.years()) {
        SeriesTable.Cell c = byYear.get(y);
        line.add(c == null ? null : Num.of(c.value(), c.unit(), c.estimate()));
      }
      r.row(line.toArray());
    }
    if (!t.totals().isEmpty()) {
      List<Object> line = new ArrayList<>(List.of("", "Total " + t.group()));
      Map<Integer, SeriesTable.Total> byYear = new LinkedHashMap<>();
      t.totals().forEach(x -> byYear.put(x.year(), x));
      for (int y : t.years()) {
        SeriesTable.Total x = byYear.get(y);
        line.add(x == null ? null : Num.of(x.value(), x.unit(), x.estimate()));
      }
      r.row(line.toArray());
    }
    t.unanswered().forEach((y, why) -> r.footer(y + ": " + why));
    t.notes().forEach(r::footer);
    r.footer("e = estimate. Empty cell = no figure in that year's release (or not a member then).");
    r.csvColumns("country", "name", "year", "value", "unit", "estimate", "indicator", "release");
    for (SeriesTable.Row row : t.rows()) {
      for (SeriesTable.Cell c : row.cells()) {
        r.csvRow(
            row.country(),
            row.name(),
            c.year(),
            Num.of(c.value()),
            c.unit(),
            c.estimate(),
            indicator,
            c.release());
      }
    }
    return r;
  }

  private int[] span(Engine engine, ReleaseChoice choice) {
    if (years == null) {
      NavigableSet<Integer> ys = engine.figures().answerableYears(indicator, choice);
      if (ys.isEmpty()) {
        throw new InvalidQueryException(
            "No release visible for this choice has figures for " + indicator + ".");
      }
      return new int[] {ys.first(), ys.last()};
    }
    String[] parts = years.strip().split("\\s*[-–:]\\s*");
    try {
      int from = Integer.parseInt(parts[0]);
      int to = parts.length > 1 ? Integer.parseInt(parts[1]) : from;
      if (parts.length > 2) {
        throw new NumberFormatException();
      }
      return new int[] {from, to};
    } catch (NumberFormatException e) {
      throw new InvalidQueryException(
          "Invalid value for --years: expected a year (2019) or a span (2014-2026), found '"
              + years
              + "'.");
    }
  }

  /** One line per run of consecutive years answered by the same release. */
  private static List<String> releaseLines(SeriesTable t) {
    List<String> lines = new ArrayList<>();
    ReleaseRef current = null;
    int start = 0;
    int prev = 0;
    for (Map.Entry<Integer, ReleaseRef> e :
        t.releases().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      if (current != null && (!current.id().equals(e.getValue().id()) || e.getKey() != prev + 1)) {
        lines.add(line(current, start, prev));
        current = null;
      }
      if (current == null) {
        current = e.getValue();
        start = e.getKey();
      }
      prev = e.getKey();
    }
    if (current != null) {
      lines.add(line(current, start, prev));
    }
    return lines;
  }

  private static String line(ReleaseRef r, int from, int to) {
    return (from == to ? "" + from : from + "–" + to) + ": " + releaseLine(r, null);
  }
}
