package org.burdenshare.store.imports;

import java.math.BigDecimal;
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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
  /** What SIPRI's releases say of themselves: publisher, licence, notes (a data file). */
  static final PublisherProfile PROFILE = PublisherProfile.load("sipri-milex");

  /** What one country sheet holds. */
  private record Kind(String indicator, String unit, boolean percent, boolean localCurrency) {}

  private SipriWorkbook() {}

  public static ImportedRelease read(
      Path file, Countries countries, ReleaseDetails details, Consumer<String> progress) {
    return Workbooks.importing(
        file, (wb, bytes) -> harmonised(file, wb, bytes, countries, details, progress));
  }

  private static ImportedRelease harmonised(
      Path file,
      XSSFWorkbook wb,
      byte[] bytes,
      Countries countries,
      ReleaseDetails details,
      Consumer<String> progress) {
    Map<String, Sheet> found = SipriSheets.findSheets(wb, file);
    List<Observation> obs = new ArrayList<>();
    List<ImportedRelease.Flag> flags = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    Map<String, String> notesByCountry = new LinkedHashMap<>();
    int[] counts = new int[4]; // estimates, uncertain, missing, notExisting
    int maxYear = 0;
    String baseYear = null;
    int done = 0;
    for (Map.Entry<String, Sheet> e : found.entrySet()) {
      done++;
      Sheet sheet = e.getValue();
      progress.accept(bar(done, found.size()) + " " + sheet.getSheetName());
      if (e.getKey().equals("regions") || e.getKey().equals("footnotes")) {
        continue;
      }
      Kind kind = kind(e.getKey(), sheet);
      if (kind.indicator().equals("sipri_constant_usd")) {
        baseYear = SipriSheets.baseYear(sheet);
        kind = new Kind(kind.indicator(), "million USD " + baseYear + " prices", false, false);
      }
      maxYear =
          Math.max(
              maxYear,
              harmoniseCountries(sheet, kind, countries, obs, flags, seen, notesByCountry, counts));
    }
    int regions = harmoniseRegions(found.get("regions"), obs, flags, baseYear, counts);
    List<ImportedRelease.Footnote> footnotes = SipriSheets.readFootnotes(found.get("footnotes"));
    notesByCountry.forEach((c, n) -> flags.add(new ImportedRelease.Flag(c, 0, "*", null, n)));
    int edition = maxYear + 1;
    LocalDate published =
        details.published() != null ? details.published() : Workbooks.created(wb, file);
    Map<String, String> values =
        Map.of(
            "edition",
            Integer.toString(edition),
            "baseYear",
            String.valueOf(baseYear),
            "file",
            file.getFileName().toString());
    String title =
        details.title() != null ? details.title() : PublisherProfile.fill(PROFILE.title(), values);
    String id = details.id() != null ? details.id() : PROFILE.id(published);
    Map<String, String> tables = new LinkedHashMap<>();
    for (Map.Entry<String, Sheet> e : found.entrySet()) {
      if (!e.getKey().equals("regions") && !e.getKey().equals("footnotes")) {
        tables.put(
            kind(e.getKey(), e.getValue()).indicator(),
            "SIPRI, sheet \"" + e.getValue().getSheetName() + "\"");
      }
    }
    Release release = PROFILE.release(id, title, published, values, tables, List.of(), Map.of());
    String licence = release.licence();
    List<Observation> withTables = new ArrayList<>(obs.size());
    for (Observation o : obs) {
      withTables.add(
          new Observation(
              id,
              o.country(),
              o.year(),
              o.indicator(),
              o.unit(),
              o.value(),
              o.estimate(),
              tables.getOrDefault(o.indicator(), "SIPRI, sheet \"Regional totals\"")));
    }
    List<ImportedRelease.Flag> idFlags = new ArrayList<>(flags);
    return new ImportedRelease(
        release,
        "sipri-workbook",
        file.getFileName().toString(),
        Bundle.sha256(bytes),
        withTables,
        new ImportedRelease.Summary(
            found.size(),
            seen.size(),
            withTables.size(),
            counts[0],
            counts[1],
            counts[2],
            counts[3],
            skipped),
        List.of(licence),
        footnotes,
        idFlags);
  }

  static String bar(int done, int total) {
    int width = 20;
    int filled = Math.round((float) done / total * width);
    return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total;
  }

  private static Kind kind(String key, Sheet sheet) {
    return switch (key) {
      case "constant" ->
          new Kind("sipri_constant_usd", "million USD constant prices", false, false);
      case "current" -> new Kind("sipri_current_usd", "million USD", false, false);
      case "gdp" -> new Kind("sipri_share_of_gdp", "percent", true, false);
      case "capita" -> new Kind("sipri_per_capita_usd", "USD per capita", false, false);
      case "govt" -> new Kind("sipri_share_of_govt_spending", "percent", true, false);
      case "local-calendar" -> new Kind("sipri_local_currency", "{currency}", false, true);
      default -> new Kind("sipri_local_currency_fy", "{currency}, financial year", false, true);
    };
  }

  /** The <em>harmonise</em> stage of a country sheet: allies, units, estimates and flags. */
  private static int harmoniseCountries(
      Sheet sheet,
      Kind kind,
      Countries countries,
      List<Observation> out,
      List<ImportedRelease.Flag> flags,
      Set<String> seen,
      Map<String, String> notes,
      int[] counts) {
    int maxYear = 0;
    for (SipriSheets.CountryRow row : SipriSheets.countryRows(sheet, kind.localCurrency())) {
      String name = row.name();
      String code =
          countries
              .find(name)
              .map(Country::iso3)
              .orElseThrow(
                  () ->
                      new StoreException(
                          row.address()
                              + ": unknown country '"
                              + name
                              + "': expected a country SIPRI lists (the reference table knows "
                              + countries.all().size()
                              + " names; add the name to reference/countries.csv as an alias)."));
      seen.add(code);
      if (!row.notes().isEmpty()) {
        notes.putIfAbsent(code, row.notes());
      }
      String unit = kind.unit();
      if (kind.localCurrency()) {
        String currency = row.currency().replaceAll("\\s+", " ").strip();
        if (currency.isEmpty()) {
          throw new StoreException(
              row.currencyAddress() + ": expected the currency of " + name + ".");
        }
        unit = unit.replace("{currency}", currency + " (whole units)");
        if (!row.fiscalYear().isEmpty()) {
          unit = unit + " " + row.fiscalYear();
        }
      }
      for (SipriSheets.Figure f : row.figures()) {
        if (f.number() == null) {
          if (f.text().equals("...") || f.text().equals(". .")) {
            counts[2]++;
          } else if (f.text().equalsIgnoreCase("xxx")) {
            counts[3]++;
          } else {
            throw new StoreException(
                f.address()
                    + ": expected a number, \"...\" (missing) or \"xxx\" (state did not exist),"
                    + " found '"
                    + f.text()
                    + "'.");
          }
          continue;
        }
        double v = f.number();
        if (kind.percent()) {
          v = new BigDecimal(Double.toString(v)).multiply(BigDecimal.valueOf(100)).doubleValue();
        }
        counts[0] += f.colour() == 1 ? 1 : 0;
        counts[1] += f.colour() == 2 ? 1 : 0;
        if (f.colour() == 2) {
          flags.add(new ImportedRelease.Flag(code, f.year(), kind.indicator(), "uncertain", null));
        }
        maxYear = Math.max(maxYear, f.year());
        out.add(
            new Observation("", code, f.year(), kind.indicator(), unit, v, f.colour() == 1, ""));
      }
    }
    return maxYear;
  }

  /**
   * The regional totals: World, regions, subregions, in billions, constant (and one current)
   * column.
   */
  private static int harmoniseRegions(
      Sheet sheet,
      List<Observation> out,
      List<ImportedRelease.Flag> flags,
      String baseYear,
      int[] counts) {
    int n = 0;
    for (SipriSheets.RegionRow row : SipriSheets.regionRows(sheet)) {
      String code =
          "SIPRI_"
              + row.name()
                  .toUpperCase(Locale.ROOT)
                  .replaceAll("[^A-Z]+", "_")
                  .replaceAll("_+$", "");
      boolean any = false;
      for (SipriSheets.Figure f : row.figures()) {
        if (f.number() != null) {
          any = true;
          out.add(
              new Observation(
                  "",
                  code,
                  f.year(),
                  "sipri_constant_usd",
                  "billion USD " + baseYear + " prices",
                  f.number(),
                  false,
                  ""));
          if (f.colour() == 2) {
            flags.add(
                new ImportedRelease.Flag(
                    code, f.year(), "sipri_constant_usd", "estimates_over_10pct", null));
          }
        } else if (f.text().startsWith(".")) {
          counts[2]++;
        }
      }
      if (row.current() != null) {
        out.add(
            new Observation(
                "",
                code,
                row.currentYear(),
                "sipri_current_usd",
                "billion USD",
                row.current(),
                false,
                ""));
      }
      n += any ? 1 : 0;
    }
    return n;
  }
}
