package org.burdenshare.store.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.store.StoreException;

/**
 * The checks every import passes before anything is written, whatever the file it came from, in a
 * dry run as in a real one.
 *
 * <p>Refused, with the cell named: an id that could not name a file or a URL path; a publication
 * date in the future, or before the first year of its outturn figures; a year outside 1949–2100; an
 * outturn (a figure not marked as an estimate) for a year after publication; two figures for one
 * cell; numbers that are not finite; a unit that contradicts its indicator (a share not in percent,
 * money in percent or in people, people in a currency); negative amounts; magnitudes no country
 * has, by indicator: amounts beyond a hundred trillion dollars or 10<sup>24</sup> units of a
 * national currency, more than a hundred million soldiers, ten billion inhabitants or a million
 * dollars a head; shares outside 0–100. The database is not touched, so no accepted import can
 * leave it unusable.
 *
 * <p>Let through with a warning that says where: a figure ten times above or below both its
 * neighbouring years in the same series (a spike is a typing slip more often than a war; a step, as
 * in hyperinflation, is not flagged).
 */
public final class ImportValidation {
  /** Ids name files and URL paths: lower case, digits, dots, dashes, underscores; 64 at most. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private static final double SPIKE = 10;
  private static final int WARNINGS_SHOWN = 20;

  private ImportValidation() {}

  /**
   * Refuses what must not be stored (throws, naming the file and the cell) and returns the warnings
   * that let the import through.
   */
  public static List<String> check(ImportedRelease r, LocalDate today) {
    checkRelease(r, today);
    List<Observation> observations = r.observations();
    FigureChecks checks = new FigureChecks(r);
    for (int i = 0; i < observations.size(); i++) {
      checks.check(i);
    }
    return spikes(observations);
  }

  /**
   * The checks of each figure, one call a figure: a method the JIT compiles after a few hundred
   * figures, where the same work in one loop over all of them would run in the interpreter.
   */
  private static final class FigureChecks {
    private final ImportedRelease r;
    private final List<Observation> observations;
    private final FigureCells cells;
    private final int published;
    // what each indicator and unit pair allows, worked out once per pair: a workbook repeats a
    // handful of pairs over tens of thousands of figures, most often the pair of the figure before
    private final Map<String, Map<String, FigureLimits>> limits = new HashMap<>();
    private FigureLimits last;
    private String lastIndicator;
    private String lastUnit;

    FigureChecks(ImportedRelease r) {
      this.r = r;
      this.observations = r.observations();
      this.cells = new FigureCells(observations.size());
      this.published = r.release().published().getYear();
    }

    void check(int i) {
      Observation o = observations.get(i);
      int earlier = cells.add(o, i);
      if (earlier >= 0) {
        Observation before = observations.get(earlier);
        throw refused(
            r,
            "two figures for one cell, "
                + cell(o)
                + " ("
                + number(before.value())
                + " and "
                + number(o.value())
                + "): expected one figure per country, year and indicator. Is a row or a year"
                + " header repeated?");
      }
      FigureLimits l = last;
      if (l == null || !o.indicator().equals(lastIndicator) || !o.unit().equals(lastUnit)) {
        l =
            limits
                .computeIfAbsent(o.indicator(), k -> new HashMap<>())
                .computeIfAbsent(o.unit(), u -> FigureLimits.of(o.indicator(), u));
        last = l;
        lastIndicator = o.indicator();
        lastUnit = o.unit();
      }
      checkFigure(r, o, published, l);
    }
  }

  /** A cell as messages name it: country, year and indicator. */
  private static String cell(Observation o) {
    return o.country() + " " + o.year() + " " + o.indicator();
  }

  private static void checkRelease(ImportedRelease r, LocalDate today) {
    String id = r.release().id();
    if (!ID.matcher(id).matches()) {
      throw refused(
          r,
          "the release id '"
              + (id.length() > 80 ? id.substring(0, 80) + "…" : id)
              + "' is not usable: expected 1 to 64 lower-case letters, digits, dots, dashes or"
              + " underscores, beginning with a letter or digit (e.g. nato-2026-07). Give one with"
              + " --id.");
    }
    LocalDate published = r.release().published();
    if (published.isAfter(today)) {
      throw refused(
          r,
          "the publication date "
              + published
              + " is in the future (today is "
              + today
              + "): give the date the publisher released it with --published YYYY-MM-DD.");
    }
    // Estimates may look ahead (NATO's current year, a user's projection); an outturn cannot be
    // published before its year has passed.
    int firstOutturn =
        r.observations().stream()
            .filter(o -> !o.estimate())
            .mapToInt(Observation::year)
            .min()
            .orElse(published.getYear());
    if (published.getYear() < firstOutturn) {
      throw refused(
          r,
          "the publication date "
              + published
              + " is before the first year of its figures ("
              + firstOutturn
              + "): give the date the publisher released it with --published YYYY-MM-DD.");
    }
  }

  private static void checkFigure(ImportedRelease r, Observation o, int published, FigureLimits l) {
    if (o.year() < Figures.FIRST_YEAR || o.year() > Figures.LAST_YEAR) {
      throw refused(
          r,
          cell(o)
              + ": the year "
              + o.year()
              + " is outside "
              + Figures.FIRST_YEAR
              + "–"
              + Figures.LAST_YEAR
              + ". Are the year headers right?");
    }
    if (!o.estimate() && o.year() > published) {
      throw refused(
          r,
          cell(o)
              + " is an outturn (not marked as an estimate) for a year after the release's"
              + " publication in "
              + published
              + ": mark it as an estimate, or check the year headers and --published.");
    }
    double v = o.value();
    if (!Double.isFinite(v)) {
      throw refused(r, cell(o) + " is " + v + ": expected a finite number.");
    }
    if (!l.contradiction().isEmpty()) {
      throw refused(
          r,
          cell(o)
              + " has the unit '"
              + o.unit()
              + "', which contradicts its indicator "
              + o.indicator()
              + ": expected "
              + l.contradiction()
              + ". Are the unit and indicator columns right?");
    }
    if (l.share()) {
      if (v < 0 || v > ceiling(o.indicator())) {
        throw refused(
            r,
            cell(o)
                + " is "
                + number(v)
                + " %: expected a share between 0 and "
                + number(ceiling(o.indicator()))
                + ".");
      }
      return;
    }
    if (l.realChange()) {
      if (v < -100 || v > 1_000) {
        throw refused(
            r,
            cell(o) + " is " + number(v) + " %: expected a real change between −100 and 1,000 %.");
      }
      return;
    }
    if (v < 0) {
      throw refused(
          r,
          cell(o) + " is " + number(v) + " " + o.unit() + ": expected an amount of zero or more.");
    }
    if (v * l.scale() > l.max()) {
      throw refused(
          r,
          cell(o)
              + " is "
              + number(v)
              + " "
              + o.unit()
              + ": "
              + l.what()
              + " (at most "
              + number(l.max() / l.scale())
              + " "
              + o.unit()
              + "). Is the cell's unit or decimal point wrong?");
    }
  }

  /** Figures ten times above or below both neighbouring years of their series, in words. */
  static List<String> spikes(List<Observation> observations) {
    // each series (by indicator, then country) as its figures; shares and changes have none
    Map<String, Map<String, List<Observation>>> byIndicator = new HashMap<>();
    List<Observation> last = null; // the series of the figure before, which the next often extends
    Observation previous = null;
    for (Observation o : observations) {
      if (previous != null
          && o.indicator().equals(previous.indicator())
          && o.country().equals(previous.country())) {
        if (last != null) {
          last.add(o);
        }
        continue;
      }
      previous = o;
      Map<String, List<Observation>> byCountry =
          byIndicator.computeIfAbsent(
              o.indicator(),
              i -> FigureLimits.isShare(i) || i.equals("real_change") ? null : new HashMap<>());
      last =
          byCountry == null ? null : byCountry.computeIfAbsent(o.country(), c -> new ArrayList<>());
      if (last != null) {
        last.add(o);
      }
    }
    Map<String, List<Observation>> series = new TreeMap<>(); // in the order of country, indicator
    byIndicator.forEach(
        (indicator, byCountry) ->
            byCountry.forEach((country, s) -> series.put(country + " " + indicator, byYear(s))));
    List<String> found = new ArrayList<>();
    for (List<Observation> s : series.values()) {
      spikes(s, found);
    }
    if (found.size() > WARNINGS_SHOWN) {
      int more = found.size() - WARNINGS_SHOWN;
      found = new ArrayList<>(found.subList(0, WARNINGS_SHOWN));
      found.add("… and " + more + " more figures ten times off their neighbouring years.");
    }
    return found;
  }

  /** The spikes of one series (its figures by year), in words (a method a series, for the JIT). */
  private static void spikes(List<Observation> s, List<String> found) {
    for (int k = 1; k + 1 < s.size(); k++) {
      Observation o = s.get(k);
      Observation before = s.get(k - 1);
      Observation after = s.get(k + 1);
      if (before.year() != o.year() - 1
          || after.year() != o.year() + 1
          || before.value() <= 0
          || after.value() <= 0) {
        continue;
      }
      double v = o.value();
      boolean above = v > SPIKE * Math.max(before.value(), after.value());
      boolean below = v * SPIKE < Math.min(before.value(), after.value());
      if (above || below) {
        found.add(
            o.country()
                + " "
                + o.year()
                + " "
                + o.indicator()
                + " is "
                + number(v)
                + " "
                + o.unit()
                + ", more than ten times "
                + (above ? "above" : "below")
                + " "
                + (o.year() - 1)
                + " ("
                + number(before.value())
                + ") and "
                + (o.year() + 1)
                + " ("
                + number(after.value())
                + "): imported as published; check the cell.");
      }
    }
  }

  /** A series' figures by year, one a year (the last given, should a year come twice). */
  private static List<Observation> byYear(List<Observation> series) {
    List<Observation> sorted = new ArrayList<>(series);
    sorted.sort(java.util.Comparator.comparingInt(Observation::year)); // stable: equal years keep
    List<Observation> out = new ArrayList<>(sorted.size());
    for (Observation o : sorted) {
      if (!out.isEmpty() && out.get(out.size() - 1).year() == o.year()) {
        out.set(out.size() - 1, o);
      } else {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * The largest share an indicator can hold. A share of a whole (NATO's categories of spending,
   * NATO's shares of GDP for its allies) cannot pass 100 %; SIPRI's shares of GDP and of government
   * spending can, in war years (Kuwait 1991: 117 % of GDP, as SIPRI publishes it).
   */
  private static double ceiling(String indicator) {
    return indicator.startsWith("sipri_") ? 1_000 : 100;
  }

  private static StoreException refused(ImportedRelease r, String what) {
    return new StoreException(r.file() + ": " + what + " Nothing was imported.");
  }

  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.valueOf(v);
  }
}
