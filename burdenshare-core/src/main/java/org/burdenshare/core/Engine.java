package org.burdenshare.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.burdenshare.core.dataset.Dataset;
import org.burdenshare.core.dataset.Observation;
import org.burdenshare.core.groups.Group;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.measures.AllyGap;
import org.burdenshare.core.measures.Comparison;
import org.burdenshare.core.measures.GapReport;
import org.burdenshare.core.measures.GuidelineCheck;
import org.burdenshare.core.measures.Measures;
import org.burdenshare.core.measures.Ranking;
import org.burdenshare.core.measures.SeriesTable;
import org.burdenshare.core.releases.Comparability;
import org.burdenshare.core.releases.CouldNotUse;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.Selection;

/**
 * The questions burdenshare answers, each a pure function of a {@link Dataset} snapshot. Every
 * answer names the release it used and carries the observations it rests on.
 *
 * <pre>{@code
 * Engine engine = new Engine(dataset);
 * Comparison c = engine.compare("USA", "NATO-USA", "defence_exp_current_usd", 2019,
 *     ReleaseChoice.asOf(LocalDate.of(2019, 11, 28)));
 * c.ratio(); // 2.39, from NATO's June 2019 release
 * }</pre>
 */
public final class Engine {
  private final Dataset data;

  public Engine(Dataset data) {
    this.data = Objects.requireNonNull(data);
  }

  public Dataset dataset() {
    return data;
  }

  /** The members of a group in a year. */
  public Group group(String expression, int year) {
    Dataset.checkYear(year);
    return data.groups().resolve(expression, year);
  }

  /** A group's total of an indicator. */
  public Measures.Total total(String group, String indicator, int year, ReleaseChoice choice) {
    Group g = group(group, year);
    Selection s = data.select(indicator, year, g.members(), choice);
    return Measures.total(data, s, g);
  }

  /** Two groups' totals side by side, with ratio and difference (e.g. USA against NATO-USA). */
  public Comparison compare(String a, String b, String indicator, int year, ReleaseChoice choice) {
    Group ga = group(a, year);
    Group gb = group(b, year);
    java.util.Set<String> both = new java.util.TreeSet<>(ga.members());
    both.addAll(gb.members());
    Selection s = data.select(indicator, year, both, choice);
    return Measures.compare(data, s, ga, gb);
  }

  /** A part's share of a whole's total (e.g. USA of NATO); the part must lie within the whole. */
  public org.burdenshare.core.measures.ShareOfTotal share(
      String part, String whole, String indicator, int year, ReleaseChoice choice) {
    Group w = group(whole, year);
    Selection s = data.select(indicator, year, w.members(), choice);
    return Measures.share(data, s, group(part, year), w);
  }

  /** Who in a group is at or above a threshold, judged at the publisher's precision. */
  public GuidelineCheck guideline(
      String indicator, double threshold, int year, String group, ReleaseChoice choice) {
    Group g = group(group, year);
    Selection s = data.select(indicator, year, g.members(), choice);
    return Measures.guideline(data, s, g, indicator, threshold, year);
  }

  /**
   * How much more each member would have had to spend, in current USD, to reach a target share of
   * GDP: target × GDP − expenditure, with GDP implied by the published share (see {@link AllyGap}).
   * Members whose published share already meets the target, judged at the publisher's precision,
   * have no gap.
   */
  public GapReport gap(double targetPercent, int year, String group, ReleaseChoice choice) {
    if (!(targetPercent > 0 && targetPercent <= 100)) {
      throw new InvalidQueryException(
          "Target " + targetPercent + " is not a share of GDP: expected a percentage above 0.");
    }
    Group g = group(group, year);
    Selection shares = data.select(Indicators.SHARE_OF_GDP, year, g.members(), choice);
    return Measures.gap(data, shares, g, targetPercent, year);
  }

  /** The members of a group ranked by an indicator, highest first. */
  public Ranking rank(String indicator, int year, String group, ReleaseChoice choice) {
    Group g = group(group, year);
    Selection s = data.select(indicator, year, g.members(), choice);
    return Measures.rank(data, s, g, indicator, year);
  }

  /**
   * An indicator for a group's members over a span of years. Years that no visible release covers
   * are reported in {@link SeriesTable#unanswered()}, not filled from a later release.
   */
  public SeriesTable table(
      String indicator, String group, int fromYear, int toYear, ReleaseChoice choice) {
    Indicators.get(indicator);
    Dataset.checkYear(fromYear);
    Dataset.checkYear(toYear);
    if (fromYear > toYear) {
      throw new InvalidQueryException(
          "Years " + fromYear + "-" + toYear + " run backwards: expected FROM-TO with FROM ≤ TO.");
    }
    boolean additive = Indicators.get(indicator).additive();
    List<Integer> years = new ArrayList<>();
    Map<Integer, Selection> selections = new LinkedHashMap<>();
    Map<Integer, String> unanswered = new LinkedHashMap<>();
    for (int y = fromYear; y <= toYear; y++) {
      years.add(y);
      try {
        Selection s = data.select(indicator, y, group(group, y).members(), choice);
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
      Group g = group(group, y);
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

  /**
   * A country's figures of an indicator as every release published them, oldest release first, with
   * how each release's wording compares with the one before (see {@link Comparability}).
   */
  public org.burdenshare.core.measures.Revisions revisions(String indicator, String country) {
    Indicators.get(indicator);
    var c = data.countries().get(country);
    List<org.burdenshare.core.measures.Revisions.ReleaseSeries> series = new ArrayList<>();
    List<Comparability> wording = new ArrayList<>();
    org.burdenshare.core.releases.Release previous = null;
    for (var r :
        data.releases().stream()
            .sorted(Comparator.comparing(org.burdenshare.core.releases.Release::published))
            .toList()) {
      List<Observation> figures = new ArrayList<>();
      for (int y : data.years(r.id(), indicator)) {
        data.find(r.id(), indicator, y, c.iso3()).ifPresent(figures::add);
      }
      if (figures.isEmpty()) {
        continue;
      }
      series.add(
          new org.burdenshare.core.measures.Revisions.ReleaseSeries(
              r.ref(), r.definitionOf(indicator), figures));
      if (previous != null) {
        wording.add(Comparability.of(previous, r, indicator));
      }
      previous = r;
    }
    return new org.burdenshare.core.measures.Revisions(
        c.iso3(), c.name(), indicator, series, wording);
  }

  /** A figure at the precision a publisher prints it, rounding halves up as spreadsheets do. */
  public static double round(double value, int decimals) {
    return Measures.round(value, decimals);
  }
}
