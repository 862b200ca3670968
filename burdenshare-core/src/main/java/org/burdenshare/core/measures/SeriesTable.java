package org.burdenshare.core.measures;

import java.util.List;
import java.util.Map;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * One indicator for the members of a group over a span of years. Under an as-of date each year is
 * answered by the newest release that covers it then, so columns may come from different releases;
 * {@code releases} says which, and {@code unanswered} says why a year has none. {@code notes} warns
 * when the columns' units differ (constant prices of different base years).
 */
public record SeriesTable(
    String indicator,
    String group,
    List<Integer> years,
    Map<Integer, ReleaseRef> releases,
    Map<Integer, String> unanswered,
    List<Row> rows,
    List<Total> totals,
    List<String> notes) {
  public SeriesTable {
    years = List.copyOf(years);
    // Sorted by year, for people reading them in order.
    releases = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(releases));
    unanswered = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(unanswered));
    rows = List.copyOf(rows);
    totals = List.copyOf(totals);
    notes = List.copyOf(notes);
  }

  /** One country's figures; a year without a figure has no cell. */
  public record Row(String country, String name, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  public record Cell(int year, double value, String unit, boolean estimate, String release) {}

  /** The group's total for a year, where the indicator may be added up. */
  public record Total(
      int year, double value, String unit, boolean estimate, int alliesWithFigures) {}
}
