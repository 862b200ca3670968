package org.burdenshare.core.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.Group;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.Comparability;
import org.burdenshare.core.releases.CouldNotUse;
import org.burdenshare.core.releases.Selection;

/** Series tables: an indicator for a group's members over a span of years. */
public final class SeriesTables {
  private SeriesTables() {}

  /**
   * An indicator for a group's members over a span of years, each year from the release that
   * answers it; years no release answers are listed, not filled from a later release.
   */
  public static SeriesTable of(
      Figures data,
      String indicator,
      String group,
      int fromYear,
      int toYear,
      org.burdenshare.core.releases.ReleaseChoice choice) {
    boolean additive = Indicators.get(indicator).additive();
    List<Integer> years = new ArrayList<>();
    Map<Integer, Selection> selections = new LinkedHashMap<>();
    Map<Integer, String> unanswered = new LinkedHashMap<>();
    for (int y = fromYear; y <= toYear; y++) {
      years.add(y);
      try {
        Selection s = data.select(indicator, y, data.groups().resolve(group, y).members(), choice);
        if (s.later()) {
          // A table as of a date shows what was published by then, never a later release.
          unanswered.put(y, s.reason() + ".");
        } else {
          selections.put(y, s);
        }
      } catch (InvalidQueryException e) {
        unanswered.put(y, e.getMessage());
      }
    }
    Map<String, List<SeriesTable.Cell>> cells = new LinkedHashMap<>();
    List<SeriesTable.Total> totals = new ArrayList<>();
    Map<Integer, org.burdenshare.core.releases.ReleaseRef> refs = new LinkedHashMap<>();
    for (Map.Entry<Integer, Selection> e : selections.entrySet()) {
      int y = e.getKey();
      Selection s = e.getValue();
      refs.put(y, s.release().ref());
      Group g = data.groups().resolve(group, y);
      Map<String, Observation> figures = data.figures(s.release().id(), indicator, y);
      for (String member : g.members()) {
        cells.computeIfAbsent(member, k -> new ArrayList<>());
        Observation o = figures.get(member);
        if (o != null) {
          cells
              .get(member)
              .add(new SeriesTable.Cell(y, o.value(), o.unit(), o.estimate(), o.release()));
        }
      }
      if (additive && g.size() > 1) {
        try {
          Measures.Total t = Measures.total(data, s, g);
          totals.add(
              new SeriesTable.Total(
                  y,
                  t.total().total(),
                  t.unit(),
                  t.total().estimate(),
                  t.total().alliesWithFigures()));
        } catch (InvalidQueryException mixedUnits) {
          // Totals in national currencies do not exist; the rows still stand on their own.
        }
      }
    }
    List<SeriesTable.Row> rows = new ArrayList<>();
    cells.keySet().stream()
        .sorted()
        .forEach(c -> rows.add(new SeriesTable.Row(c, data.countries().nameOf(c), cells.get(c))));
    List<String> notes = new ArrayList<>(unitNotes(cells));
    notes.addAll(wordingNotes(indicator, selections));
    selections.values().stream()
        .map(Selection::couldNotUse)
        .filter(CouldNotUse::any)
        .map(CouldNotUse::describe)
        .distinct()
        .forEach(notes::add);
    return new SeriesTable(indicator, group.strip(), years, refs, unanswered, rows, totals, notes);
  }

  /**
   * Where a table's years come from releases whose tables name their measure differently (or do not
   * say), a note for each change of release: the figures may not be one series.
   */
  private static List<String> wordingNotes(String indicator, Map<Integer, Selection> selections) {
    List<String> notes = new ArrayList<>();
    org.burdenshare.core.releases.Release previous = null;
    for (Map.Entry<Integer, Selection> e : new java.util.TreeMap<>(selections).entrySet()) {
      var r = e.getValue().release();
      if (previous != null && !previous.id().equals(r.id())) {
        var older = previous.published().isAfter(r.published()) ? r : previous;
        var newer = older == r ? previous : r;
        Comparability c = Comparability.of(older, newer, indicator);
        if (c.kind() != Comparability.Kind.SAME) {
          notes.add("From " + e.getKey() + " the figures come from " + r.id() + ": " + c.note());
        }
      }
      previous = r;
    }
    return notes;
  }

  /** A warning when a series mixes units across years, which as-of selection can do. */
  private static List<String> unitNotes(Map<String, List<SeriesTable.Cell>> cells) {
    Map<String, java.util.TreeSet<Integer>> yearsByUnit = new java.util.TreeMap<>();
    cells
        .values()
        .forEach(
            list ->
                list.forEach(
                    c ->
                        yearsByUnit
                            .computeIfAbsent(c.unit(), u -> new java.util.TreeSet<>())
                            .add(c.year())));
    if (yearsByUnit.size() < 2) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    yearsByUnit.forEach(
        (unit, ys) ->
            parts.add(
                unit
                    + " ("
                    + (ys.first().equals(ys.last()) ? ys.first() : ys.first() + "–" + ys.last())
                    + ")"));
    return List.of(
        "The figures are in different units across years: "
            + String.join(", ", parts)
            + ". Figures at constant prices of different base years cannot be compared; one"
            + " release's figures make a consistent series.");
  }
}
