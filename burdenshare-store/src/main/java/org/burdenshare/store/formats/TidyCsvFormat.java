package org.burdenshare.store.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.PublishedAggregates;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.Definition;
import org.burdenshare.core.releases.Release;
import org.burdenshare.store.StoreException;

/**
 * The project's tidy release format, one figure a row:
 *
 * <pre>
 * release,country_iso3,country_name,year,indicator,unit,value,is_estimate
 * NATO PR/CP(2019)069 (2012-2019) 25 Jun 2019,ALB,Albania,2012,defence_exp_current_usd,million USD,183.2,false
 * </pre>
 *
 * Every row of a file belongs to one release (the {@code release} column repeats its label); {@code
 * country_iso3} is an ISO3 code of the reference table or one of the publisher's aggregate codes
 * (NATO_TOTAL, NATO_EUROPE_CANADA); {@code unit} is the unit as published; {@code value} is the
 * figure as published; {@code is_estimate} is true or false. Documented in docs/release-format.md.
 */
public final class TidyCsvFormat {
  public static final List<String> HEADER =
      List.of(
          "release",
          "country_iso3",
          "country_name",
          "year",
          "indicator",
          "unit",
          "value",
          "is_estimate");

  /**
   * Optional columns after the header: what the publisher called an indicator's figures (the table
   * title as printed, the measure, the price base), the same on every row of an indicator.
   */
  public static final List<String> WORDING = List.of("table_title", "measure", "price_base");

  /** Codes of published aggregate rows: kept as published, never counted as countries. */
  public static final Set<String> AGGREGATES = PublishedAggregates.CODES;

  private TidyCsvFormat() {}

  /**
   * Reads and validates a whole file; the first bad cell stops the read with a message naming it.
   *
   * @param label the value every row's release column must hold, or null to accept any single one
   */
  public static List<Observation> read(
      byte[] content, String file, Release release, String label, Predicate<String> knownCountry) {
    List<Observation> out = new ArrayList<>();
    String seenLabel = label;
    for (CsvRows.Row row : CsvRows.read(content, file, HEADER, WORDING)) {
      String rowLabel = row.get("release");
      if (seenLabel == null) {
        seenLabel = rowLabel;
      }
      if (!rowLabel.equals(seenLabel)) {
        throw row.problem("release", "'" + seenLabel + "' (one release per file)");
      }
      String country = row.get("country_iso3");
      if (!knownCountry.test(country) && !AGGREGATES.contains(country)) {
        throw row.problem("country_iso3", "an ISO 3166-1 alpha-3 code of an ally, or NATO_TOTAL");
      }
      int year = year(row);
      String indicator = row.get("indicator");
      if (!Indicators.known(indicator)) {
        throw row.problem("indicator", "a known indicator such as defence_exp_current_usd");
      }
      String unit = row.get("unit");
      if (unit.isEmpty()) {
        throw row.problem("unit", "the unit as published, e.g. 'million USD'");
      }
      double value = number(row, "value");
      String estimate = row.get("is_estimate");
      if (!estimate.equals("true") && !estimate.equals("false")) {
        throw row.problem("is_estimate", "true or false");
      }
      out.add(
          new Observation(
              release.id(),
              country,
              year,
              indicator,
              unit,
              value,
              estimate.equals("true"),
              release.tableOf(indicator)));
    }
    if (out.isEmpty()) {
      throw new StoreException(file + " has a header but no figures.");
    }
    return out;
  }

  /**
   * What a file says each indicator's figures were called, from its optional {@link #WORDING}
   * columns; empty when it has none. An indicator whose rows disagree is refused, naming the line.
   */
  public static Map<String, Definition> definitions(byte[] content, String file) {
    Map<String, Definition> out = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (CsvRows.Row row : CsvRows.read(content, file, HEADER, WORDING)) {
      if (!row.header().contains("table_title")) {
        return Map.of();
      }
      Definition d =
          new Definition(
              emptyToNull(row.get("table_title")),
              emptyToNull(row.get("measure")),
              emptyToNull(row.get("price_base")));
      String indicator = row.get("indicator");
      Definition before = out.putIfAbsent(indicator, d);
      firstLine.putIfAbsent(indicator, row.line());
      if (before != null && !before.equals(d)) {
        throw row.problem(
            "table_title",
            "the same table_title, measure and price_base as line "
                + firstLine.get(indicator)
                + " for "
                + indicator);
      }
    }
    return out;
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  static int year(CsvRows.Row row) {
    try {
      int y = Integer.parseInt(row.get("year"));
      if (y >= Figures.FIRST_YEAR && y <= Figures.LAST_YEAR) {
        return y;
      }
    } catch (NumberFormatException e) {
      // reported below with the cell's place
    }
    throw row.problem("year", "a year from " + Figures.FIRST_YEAR + " to " + Figures.LAST_YEAR);
  }

  /**
   * A number as people and spreadsheets write it: digits, a decimal point, an exponent. Java's own
   * parser also takes hexadecimal ("0x1p3") and type suffixes ("12d"), which no publisher writes.
   */
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d{1,3})?");

  static double number(CsvRows.Row row, String column) {
    try {
      String text = row.get(column).strip();
      if (!DECIMAL.matcher(text).matches()) {
        throw row.problem(column, "a number written with digits, such as 1234.5");
      }
      double v = Double.parseDouble(text);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below with the cell's place
    }
    throw row.problem(column, "a number");
  }
}
