package org.burdenshare.store.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.Release;
import org.burdenshare.store.Bundle;
import org.burdenshare.store.StoreException;

/**
 * Imports SIPRI's Military Expenditure Database workbook as SIPRI publishes it, in stages: {@link
 * SipriSheets} <em>reads</em> its sheets, rows and cells with their colours; this class
 * <em>harmonises</em> them — which country a name is, which indicator and unit a sheet holds,
 * estimates and uncertain figures from the colours — and describes the release from the publisher's
 * profile, a data file ({@code publishers/sipri-milex.json}). It keeps what others lose: the font
 * colours that mark SIPRI's estimates (blue) and highly uncertain figures (red), "..." (missing)
 * apart from "xxx" (the state did not exist), each country's notes and the numbered footnotes, and
 * the base year of constant prices.
 */
public final class SipriWorkbook {
  /**
   * What SIPRI's releases say of themselves: publisher, licence, notes (a data file), loaded when
   * first needed, once the sheets are read: reading it (Jackson's first use on its thread) would
   * otherwise delay the reading.
   */
  private static final class Profile {
    static final PublisherProfile PROFILE = PublisherProfile.load("sipri-milex");
  }

  static PublisherProfile profile() {
    return Profile.PROFILE;
  }

  /** What one country sheet holds. */
  private record Kind(String indicator, String unit, boolean percent, boolean localCurrency) {}

  private SipriWorkbook() {}

  public static ImportedRelease read(
      Path file, Countries countries, ReleaseDetails details, Consumer<String> progress) {
    return read(file, () -> countries, details, progress);
  }

  /**
   * Reads the workbook with the countries a caller may still be loading (on another thread, while
   * the file is read): they are asked for only once the sheets are read.
   */
  public static ImportedRelease read(
      Path file, Supplier<Countries> countries, ReleaseDetails details, Consumer<String> progress) {
    return Workbooks.streaming(
        file,
        (pkg, bytes) -> {
          SipriSheets.Printed printed = SipriSheets.read(pkg, file, progress);
          return harmonised(printed, countries.get(), details, file, Bundle.sha256(bytes));
        });
  }

  /**
   * The <em>harmonise</em> stage: the release a workbook's tables make, a function of the tables as
   * printed.
   */
  static ImportedRelease harmonised(
      SipriSheets.Printed printed,
      Countries countries,
      ReleaseDetails details,
      Path file,
      String sha256) {
    String fileName = file.getFileName().toString();
    String baseYear = baseYear(printed);
    Map<String, String> tables = new LinkedHashMap<>();
    for (SipriSheets.CountryTable t : printed.countryTables()) {
      tables.put(kind(t.table()).indicator(), "SIPRI, sheet \"" + t.sheet() + "\"");
    }
    int edition = 1 + maxYear(printed);
    LocalDate published =
        details.published() != null
            ? details.published()
            : printed
                .created()
                .orElseThrow(
                    () ->
                        new StoreException(
                            file
                                + " says nothing of its publication date: give it with --published"
                                + " YYYY-MM-DD."));
    Map<String, String> values =
        Map.of(
            "edition",
            Integer.toString(edition),
            "baseYear",
            String.valueOf(baseYear),
            "file",
            fileName);
    String title =
        details.title() != null
            ? details.title()
            : PublisherProfile.fill(profile().title(), values);
    String id = details.id() != null ? details.id() : profile().id(published);
    Release release = profile().release(id, title, published, values, tables, List.of(), Map.of());
    Figures out = new Figures(id);
    List<Observation> observations = out.observations;
    List<ImportedRelease.Flag> flags = out.flags;
    Map<String, String> notes = new LinkedHashMap<>();
    Set<String> countriesSeen = new TreeSet<>();
    for (SipriSheets.CountryTable t : printed.countryTables()) {
      Kind kind = kind(t.table());
      String table = tables.get(kind.indicator());
      for (SipriSheets.CountryRow row : t.rows()) {
        String code = code(row, countries);
        countriesSeen.add(code);
        if (!row.notes().isEmpty()) {
          notes.putIfAbsent(code, row.notes());
        }
        out.countryRow(row, code, kind, unit(kind, row, baseYear), table);
      }
    }
    String regionsTable = "SIPRI, sheet \"Regional totals\"";
    for (SipriSheets.RegionRow row : printed.regions()) {
      String code = regionCode(row.name());
      for (SipriSheets.Figure f : row.figures()) {
        if (f.number() != null) {
          observations.add(
              new Observation(
                  id,
                  code,
                  f.year(),
                  "sipri_constant_usd",
                  "billion USD " + baseYear + " prices",
                  f.number(),
                  false,
                  tables.getOrDefault("sipri_constant_usd", regionsTable)));
          if (f.colour() == SheetRows.RED) {
            flags.add(
                new ImportedRelease.Flag(
                    code, f.year(), "sipri_constant_usd", "estimates_over_10pct", null));
          }
        }
      }
      if (row.current() != null) {
        observations.add(
            new Observation(
                id,
                code,
                row.currentYear(),
                "sipri_current_usd",
                "billion USD",
                row.current(),
                false,
                tables.getOrDefault("sipri_current_usd", regionsTable)));
      }
    }
    notes.forEach((c, n) -> flags.add(new ImportedRelease.Flag(c, 0, "*", null, n)));
    for (SipriSheets.RegionRow row : printed.regions()) {
      for (SipriSheets.Figure f : row.figures()) {
        out.missing += f.number() == null && f.text().startsWith(".") ? 1 : 0;
      }
    }
    return new ImportedRelease(
        release,
        "sipri-workbook",
        fileName,
        sha256,
        observations,
        new ImportedRelease.Summary(
            printed.sheets(),
            countriesSeen.size(),
            observations.size(),
            out.estimates,
            out.uncertain,
            out.missing,
            out.notExisting,
            List.of()),
        List.of(release.licence()),
        printed.footnotes(),
        flags);
  }

  /**
   * The figures of the tables by country as they are harmonised, row by row (a method a row, which
   * the JIT compiles after a few hundred rows, where one loop over all figures would run in the
   * interpreter for most of them), and what they count.
   */
  private static final class Figures {
    final String release;
    final List<Observation> observations = new ArrayList<>();
    final List<ImportedRelease.Flag> flags = new ArrayList<>();
    int estimates;
    int uncertain;
    int missing;
    int notExisting;

    Figures(String release) {
      this.release = release;
    }

    /** A country's figures on one sheet: a cell without a number must hold one of the markers. */
    void countryRow(SipriSheets.CountryRow row, String code, Kind kind, String unit, String table) {
      for (SipriSheets.Figure f : row.figures()) {
        if (f.number() == null) {
          marker(f);
          missing += missing(f) ? 1 : 0;
          notExisting += f.text().equalsIgnoreCase("xxx") ? 1 : 0;
          continue;
        }
        double v = kind.percent() ? Decimals.percent(f.number()) : f.number();
        if (f.colour() == SheetRows.RED) {
          uncertain++;
          flags.add(new ImportedRelease.Flag(code, f.year(), kind.indicator(), "uncertain", null));
        }
        boolean estimate = f.colour() == SheetRows.BLUE;
        estimates += estimate ? 1 : 0;
        observations.add(
            new Observation(release, code, f.year(), kind.indicator(), unit, v, estimate, table));
      }
    }
  }

  static String bar(int done, int total) {
    int width = 20;
    int filled = Math.round((float) done / total * width);
    return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total;
  }

  private static Kind kind(SipriSheets.Table table) {
    return switch (table) {
      case CONSTANT ->
          new Kind("sipri_constant_usd", "million USD {baseYear} prices", false, false);
      case CURRENT -> new Kind("sipri_current_usd", "million USD", false, false);
      case GDP -> new Kind("sipri_share_of_gdp", "percent", true, false);
      case CAPITA -> new Kind("sipri_per_capita_usd", "USD per capita", false, false);
      case GOVT -> new Kind("sipri_share_of_govt_spending", "percent", true, false);
      case LOCAL_CALENDAR -> new Kind("sipri_local_currency", "{currency}", false, true);
      case LOCAL_FY ->
          new Kind("sipri_local_currency_fy", "{currency}, financial year", false, true);
      case REGIONS, FOOTNOTES ->
          throw new IllegalArgumentException(table + " is not a table by country");
    };
  }

  /** The base year of constant prices, in the constant-price sheet's name or title. */
  private static String baseYear(SipriSheets.Printed printed) {
    SipriSheets.CountryTable constant =
        printed.countryTables().stream()
            .filter(t -> t.table() == SipriSheets.Table.CONSTANT)
            .findFirst()
            .orElseThrow();
    Matcher m = BASE.matcher(constant.sheet() + " " + constant.title());
    if (m.find()) {
      return m.group(1) != null ? m.group(1) : m.group(2);
    }
    throw new StoreException(
        constant.sheet()
            + ": expected the base year of constant prices in the sheet name or title, such as"
            + " \"Constant (2023) US$\".");
  }

  private static final Pattern BASE =
      Pattern.compile("\\((\\d{4})\\)|constant (\\d{4})", Pattern.CASE_INSENSITIVE);

  /** The latest year with a figure on a sheet by country; the edition is the year after. */
  private static int maxYear(SipriSheets.Printed printed) {
    int max = 0;
    for (SipriSheets.CountryTable t : printed.countryTables()) {
      for (SipriSheets.CountryRow row : t.rows()) {
        max = Math.max(max, maxYear(row));
      }
    }
    return max;
  }

  /** The latest year with a figure in a row (a method a row, which the JIT compiles early). */
  private static int maxYear(SipriSheets.CountryRow row) {
    int max = 0;
    for (SipriSheets.Figure f : row.figures()) {
      if (f.number() != null && f.year() > max) {
        max = f.year();
      }
    }
    return max;
  }

  /** The country a row's name is, or an error naming the cell. */
  private static String code(SipriSheets.CountryRow row, Countries countries) {
    return countries
        .find(row.name())
        .map(Country::iso3)
        .orElseThrow(
            () ->
                new StoreException(
                    row.address()
                        + ": unknown country '"
                        + row.name()
                        + "': expected a country SIPRI lists (the reference table knows "
                        + countries.all().size()
                        + " names; add the name to reference/countries.csv as an alias)."));
  }

  /** A row's unit: the sheet's, with the country's currency and fiscal year where it has them. */
  private static String unit(Kind kind, SipriSheets.CountryRow row, String baseYear) {
    String unit = kind.unit().replace("{baseYear}", baseYear);
    if (!kind.localCurrency()) {
      return unit;
    }
    String currency = SPACES.matcher(row.currency()).replaceAll(" ").strip();
    if (currency.isEmpty()) {
      throw new StoreException(
          row.currencyAddress() + ": expected the currency of " + row.name() + ".");
    }
    unit = unit.replace("{currency}", currency + " (whole units)");
    return row.fiscalYear().isEmpty() ? unit : unit + " " + row.fiscalYear();
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static boolean missing(SipriSheets.Figure f) {
    return f.number() == null && (f.text().equals("...") || f.text().equals(". ."));
  }

  /** A cell without a number must hold one of SIPRI's markers. */
  private static void marker(SipriSheets.Figure f) {
    if (!missing(f) && !f.text().equalsIgnoreCase("xxx")) {
      throw new StoreException(
          f.address()
              + ": expected a number, \"...\" (missing) or \"xxx\" (state did not exist),"
              + " found '"
              + f.text()
              + "'.");
    }
  }

  private static String regionCode(String name) {
    return "SIPRI_"
        + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_").replaceAll("_+$", "");
  }
}
