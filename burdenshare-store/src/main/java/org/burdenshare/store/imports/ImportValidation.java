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

  /** A hundred trillion US dollars, about the world's GDP. */
  private static final double MAX_USD = 1e14;

  /**
   * Far beyond any national currency's figure, hyperinflations included (SIPRI gives Venezuela's
   * spending in its financial year 2021 as 4.3·10<sup>20</sup> bolívares), in whole units.
   */
  private static final double MAX_NATIONAL_CURRENCY = 1e24;

  /** More than the world's armed forces together (about 28 million), in people. */
  private static final double MAX_PERSONNEL = 1e8;

  /** More than the world's population, in people. */
  private static final double MAX_POPULATION = 1e10;

  /** Far above any country's GDP per head (Monaco's is under 300,000 dollars), in dollars. */
  private static final double MAX_PER_HEAD = 1e6;

  private static final double SPIKE = 10;
  private static final int WARNINGS_SHOWN = 20;

  private ImportValidation() {}

  /**
   * Refuses what must not be stored (throws, naming the file and the cell) and returns the warnings
   * that let the import through.
   */
  public static List<String> check(ImportedRelease r, LocalDate today) {
    checkRelease(r, today);
    Map<String, Observation> seen = new HashMap<>(r.observations().size() * 2);
    // what each indicator and unit pair contradicts ("" for nothing), worked out once per pair:
    // a workbook repeats a handful of pairs over tens of thousands of figures
    Map<String, String> contradictions = new HashMap<>();
    for (Observation o : r.observations()) {
      String cell = o.country() + " " + o.year() + " " + o.indicator();
      Observation before = seen.putIfAbsent(cell, o);
      if (before != null) {
        throw refused(
            r,
            "two figures for one cell, "
                + cell
                + " ("
                + number(before.value())
                + " and "
                + number(o.value())
                + "): expected one figure per country, year and indicator. Is a row or a year"
                + " header repeated?");
      }
      checkFigure(r, o, cell, today, contradictions);
    }
    return spikes(r.observations());
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

  private static void checkFigure(
      ImportedRelease r,
      Observation o,
      String cell,
      LocalDate today,
      Map<String, String> contradictions) {
    if (o.year() < Figures.FIRST_YEAR || o.year() > Figures.LAST_YEAR) {
      throw refused(
          r,
          cell
              + ": the year "
              + o.year()
              + " is outside "
              + Figures.FIRST_YEAR
              + "–"
              + Figures.LAST_YEAR
              + ". Are the year headers right?");
    }
    int published = r.release().published().getYear();
    if (!o.estimate() && o.year() > published) {
      throw refused(
          r,
          cell
              + " is an outturn (not marked as an estimate) for a year after the release's"
              + " publication in "
              + published
              + ": mark it as an estimate, or check the year headers and --published.");
    }
    double v = o.value();
    if (!Double.isFinite(v)) {
      throw refused(r, cell + " is " + v + ": expected a finite number.");
    }
    String expected =
        contradictions.computeIfAbsent(
            o.indicator() + "\n" + o.unit(), k -> contradiction(o.indicator(), o.unit()));
    if (!expected.isEmpty()) {
      throw refused(
          r,
          cell
              + " has the unit '"
              + o.unit()
              + "', which contradicts its indicator "
              + o.indicator()
              + ": expected "
              + expected
              + ". Are the unit and indicator columns right?");
    }
    if (isShare(o.indicator())) {
      if (v < 0 || v > ceiling(o.indicator())) {
        throw refused(
            r,
            cell
                + " is "
                + number(v)
                + " %: expected a share between 0 and "
                + number(ceiling(o.indicator()))
                + ".");
      }
      return;
    }
    if (o.indicator().equals("real_change")) {
      if (v < -100 || v > 1_000) {
        throw refused(
            r, cell + " is " + number(v) + " %: expected a real change between −100 and 1,000 %.");
      }
      return;
    }
    if (v < 0) {
      throw refused(
          r, cell + " is " + number(v) + " " + o.unit() + ": expected an amount of zero or more.");
    }
    double scale = scale(o.unit());
    String indicator = o.indicator();
    double max;
    String what;
    if (indicator.equals("military_personnel")) {
      max = MAX_PERSONNEL;
      what = "more soldiers than the world's armed forces together";
    } else if (indicator.equals("population")) {
      max = MAX_POPULATION;
      what = "more people than the world has";
    } else if (indicator.contains("per_capita")) {
      max = MAX_PER_HEAD;
      what = "more a head than any economy's GDP per head";
    } else if (isUsd(o.unit())) {
      max = MAX_USD;
      what = "beyond any economy's figure";
    } else {
      max = MAX_NATIONAL_CURRENCY;
      what = "beyond any economy's figure";
    }
    if (v * scale > max) {
      throw refused(
          r,
          cell
              + " is "
              + number(v)
              + " "
              + o.unit()
              + ": "
              + what
              + " (at most "
              + number(max / scale)
              + " "
              + o.unit()
              + "). Is the cell's unit or decimal point wrong?");
    }
  }

  /**
   * Refuses a unit that contradicts its indicator: a share or a change not in percent, a percent
   * for money or people, a currency for people, people for money. (Units otherwise vary by
   * publisher and release: "million USD 2015 prices", "EUR (whole units)", "thousands".)
   */
  /** What a unit should be for its indicator, where it contradicts it; "" where it does not. */
  private static String contradiction(String indicator, String unitAsGiven) {
    String unit = unitAsGiven.toLowerCase(Locale.ROOT);
    boolean percent = unit.contains("percent") || unit.contains("%");
    boolean people = PEOPLE.matcher(unit).find();
    boolean currency = CURRENCY.matcher(unitAsGiven).find() || unit.contains("currency");
    if (isShare(indicator) || indicator.equals("real_change")) {
      return percent ? "" : "percent";
    } else if (indicator.equals("military_personnel") || indicator.equals("population")) {
      return percent || currency ? "people (persons, thousands or millions)" : "";
    } else if (percent || people) {
      return "an amount of money (e.g. million USD, million EUR)";
    }
    return "";
  }

  private static final Pattern PEOPLE =
      Pattern.compile("\\b(persons?|people|inhabitants|personnel|soldiers|heads?)\\b");

  /** A currency code (ISO 4217, upper case) or sign in a unit. */
  private static final Pattern CURRENCY = Pattern.compile("\\b[A-Z]{3}\\b|[$€£¥]|US\\$");

  /** What a unit's first word multiplies its figures by: thousand, million, billion. */
  private static double scale(String unit) {
    String u = unit.toLowerCase(Locale.ROOT).strip();
    if (u.startsWith("thousand")) {
      return 1e3;
    }
    if (u.startsWith("million")) {
      return 1e6;
    }
    if (u.startsWith("billion")) {
      return 1e9;
    }
    return 1;
  }

  /** Figures ten times above or below both neighbouring years of their series, in words. */
  static List<String> spikes(List<Observation> observations) {
    Map<String, TreeMap<Integer, Observation>> series = new HashMap<>();
    for (Observation o : observations) {
      if (!isShare(o.indicator()) && !o.indicator().equals("real_change")) {
        series
            .computeIfAbsent(o.country() + " " + o.indicator(), k -> new TreeMap<>())
            .put(o.year(), o);
      }
    }
    List<String> found = new ArrayList<>();
    // in the order of country and indicator, sorted once
    for (TreeMap<Integer, Observation> s : new TreeMap<>(series).values()) {
      for (Observation o : s.values()) {
        var before = s.get(o.year() - 1);
        var after = s.get(o.year() + 1);
        if (before == null || after == null || before.value() <= 0 || after.value() <= 0) {
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
    if (found.size() > WARNINGS_SHOWN) {
      int more = found.size() - WARNINGS_SHOWN;
      found = new ArrayList<>(found.subList(0, WARNINGS_SHOWN));
      found.add("… and " + more + " more figures ten times off their neighbouring years.");
    }
    return found;
  }

  /**
   * The largest share an indicator can hold. A share of a whole (NATO's categories of spending,
   * NATO's shares of GDP for its allies) cannot pass 100 %; SIPRI's shares of GDP and of government
   * spending can, in war years (Kuwait 1991: 117 % of GDP, as SIPRI publishes it).
   */
  private static double ceiling(String indicator) {
    return indicator.startsWith("sipri_") ? 1_000 : 100;
  }

  private static boolean isShare(String indicator) {
    return indicator.contains("share");
  }

  private static boolean isUsd(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    return u.contains("usd") || u.contains("us$");
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
