package org.burdenshare.store.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.Definition;
import org.burdenshare.core.releases.Release;
import org.burdenshare.store.Bundle;
import org.burdenshare.store.EditionCatalogue;
import org.burdenshare.store.StoreException;

/**
 * Imports NATO's defence-expenditure workbook as NATO publishes it, in stages: {@link NatoTables}
 * <em>reads</em> each sheet's printed table (title, year header, block headings, labelled rows of
 * figures); this class <em>harmonises</em> them — which indicator and unit a block holds ("Constant
 * 2015 prices" in Table 2), which ally a label names ("Czechia* (Koruny)"), which currency — and
 * describes the release from the publisher's profile, a data file ({@code
 * publishers/nato-defence-expenditure.json}).
 */
public final class NatoWorkbook {
  /** What NATO's releases say of themselves: publisher, licence, printed decimals (a data file). */
  static final PublisherProfile PROFILE = PublisherProfile.load("nato-defence-expenditure");

  private static final Pattern BASE_YEAR =
      Pattern.compile("((?:19|20)\\d{2}) prices", Pattern.CASE_INSENSITIVE);
  private static final Pattern CURRENCY = Pattern.compile("\\(([^)]+)\\)\\s*$");
  private static final Map<String, String> CURRENCIES =
      Map.ofEntries(
          Map.entry("leks", "ALL"),
          Map.entry("euros", "EUR"),
          Map.entry("leva", "BGN"),
          Map.entry("canadian dollars", "CAD"),
          Map.entry("koruny", "CZK"),
          Map.entry("forint", "HUF"),
          Map.entry("denars", "MKD"),
          Map.entry("zlotys", "PLN"),
          Map.entry("new lei", "RON"),
          Map.entry("kronor", "SEK"),
          Map.entry("liras", "TRY"),
          Map.entry("pounds", "GBP"),
          Map.entry("us dollars", "USD"));
  private static final Map<String, String> AGGREGATES =
      Map.of("nato europe and canada", "NATO_EUROPE_CANADA", "nato total", "NATO_TOTAL");

  private NatoWorkbook() {}

  /** A block of rows: which indicator, in which unit pattern ({cur} for the national currency). */
  private record Block(String indicator, String unit, String table) {}

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
    List<Observation> pending = new ArrayList<>();
    Map<String, String> tables = new LinkedHashMap<>();
    Map<String, Definition> definitions = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Set<String> seenCountries = new TreeSet<>();
    TreeSet<Integer> years = new TreeSet<>();
    int sheets = 0;
    Set<String> indicatorsFound = new LinkedHashSet<>();
    NatoTables.Read read = NatoTables.read(wb, progress);
    skipped.addAll(read.skipped());
    notes.addAll(read.notes());
    for (NatoTables.Printed table : read.tables()) {
      int before = pending.size();
      harmonise(table, countries, pending, tables, definitions, skipped, seenCountries, years);
      if (pending.size() > before) {
        sheets++;
      }
      pending.subList(before, pending.size()).forEach(o -> indicatorsFound.add(o.indicator()));
    }
    for (String needed : List.of("defence_exp_current_usd", "share_of_gdp")) {
      if (!indicatorsFound.contains(needed)) {
        throw new StoreException(
            file
                + " has no table of "
                + needed
                + ": expected NATO's \"Table 2 : Defence expenditure\""
                + " (million US dollars) and \"Table 3\" (share of GDP). Is it NATO's defence-expenditure workbook?");
      }
    }
    LocalDate published =
        details.published() != null ? details.published() : publicationDate(file, wb);
    Map<String, String> values =
        Map.of(
            "firstYear",
            Integer.toString(years.first()),
            "lastYear",
            Integer.toString(years.last()),
            "file",
            file.getFileName().toString());
    String title =
        details.title() != null ? details.title() : PublisherProfile.fill(PROFILE.title(), values);
    String id = details.id() != null ? details.id() : PROFILE.id(published);
    Release release = PROFILE.release(id, title, published, values, tables, notes, definitions);
    List<Observation> obs = new ArrayList<>();
    int estimates = 0;
    for (Observation o : pending) {
      obs.add(
          new Observation(
              id,
              o.country(),
              o.year(),
              o.indicator(),
              o.unit(),
              o.value(),
              o.estimate(),
              tables.get(o.indicator())));
      estimates += o.estimate() ? 1 : 0;
    }
    return new ImportedRelease(
        release,
        "nato-workbook",
        file.getFileName().toString(),
        Bundle.sha256(bytes),
        obs,
        new ImportedRelease.Summary(
            sheets, seenCountries.size(), obs.size(), estimates, 0, 0, 0, skipped),
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * The <em>harmonise</em> stage for one table: each block's indicator and unit, each label's ally
   * and currency, each figure an observation (its release filled in later).
   */
  private static void harmonise(
      NatoTables.Printed t,
      Countries countries,
      List<Observation> out,
      Map<String, String> tables,
      Map<String, Definition> definitions,
      List<String> skipped,
      Set<String> seenCountries,
      Set<Integer> allYears) {
    Block block = null;
    String baseYear = null;
    for (NatoTables.Line line : t.lines()) {
      if (line instanceof NatoTables.Heading h) {
        block = block(t.number(), t.title(), t.unitText(), h.text());
        Matcher b = BASE_YEAR.matcher(h.text() + " " + t.unitText());
        if (b.find()) {
          baseYear = b.group(1);
        }
        continue;
      }
      NatoTables.Figures row = (NatoTables.Figures) line;
      if (block == null) {
        block = block(t.number(), t.title(), t.unitText(), "");
        Matcher b = BASE_YEAR.matcher(t.unitText());
        if (b.find()) {
          baseYear = b.group(1);
        }
      }
      if (block == null) {
        skipped.add(
            t.sheet()
                + ": Table "
                + t.number()
                + " ("
                + t.title()
                + ") is not one burdenshare reads");
        return;
      }
      String country = country(row.label(), row.address(), countries);
      if (!country.startsWith("NATO_")) {
        seenCountries.add(country);
      }
      String unit = block.unit();
      if (unit.contains("{cur}")) {
        unit = unit.replace("{cur}", currency(row.label(), row.address()));
      }
      if (unit.contains("{base}")) {
        if (baseYear == null) {
          throw new StoreException(
              row.address()
                  + ": expected the base year of constant prices (\"Constant 2015 prices\") above"
                  + " this block.");
        }
        unit = unit.replace("{base}", baseYear);
      }
      tables.putIfAbsent(block.indicator(), block.table());
      definitions.putIfAbsent(
          block.indicator(),
          definition(block.indicator(), t.printed(), t.title(), block.table(), t.unitText()));
      for (NatoTables.Figure f : row.figures()) {
        allYears.add(f.year());
        out.add(
            new Observation(
                "", country, f.year(), block.indicator(), unit, f.value(), f.estimate(), ""));
      }
    }
  }

  private static final Pattern MEASURE =
      Pattern.compile(
          "((?:core\\s+)?defence\\s+(?:expenditure|investment|spending))",
          Pattern.CASE_INSENSITIVE);

  /**
   * What the workbook called an indicator's figures: the table title as printed, the measure it
   * names ("Core defence expenditure" in the 2026 edition, "Defence expenditure" before), and the
   * price base from the block's heading or the table's sub-title.
   */
  static Definition definition(
      String indicator, String printed, String title, String where, String unitText) {
    String measure;
    if (indicator.startsWith("gdp_per_capita")) {
      measure = "GDP per capita";
    } else if (indicator.startsWith("gdp_")) {
      measure = "GDP";
    } else if (indicator.equals("military_personnel")) {
      measure = "Military personnel";
    } else {
      Matcher m = MEASURE.matcher(title);
      String found = m.find() ? m.group(1).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) : null;
      measure = found == null ? null : Character.toUpperCase(found.charAt(0)) + found.substring(1);
    }
    String priceBase = null;
    for (String text : List.of(where, unitText)) {
      if (priceBase == null && text.toLowerCase(Locale.ROOT).contains("prices")) {
        priceBase = text.replaceFirst("^Table \\w+, ", "").strip();
      }
    }
    return new Definition(printed, measure, priceBase);
  }

  /** The indicator a block of a table holds, from the table number, its title and the heading. */
  private static Block block(String table, String title, String unitText, String heading) {
    String h = heading.toLowerCase(Locale.ROOT);
    String t = title.toLowerCase(Locale.ROOT);
    String u = unitText.toLowerCase(Locale.ROOT);
    String where = "Table " + table + ", " + (heading.isEmpty() ? title : heading);
    boolean constant = h.contains("constant");
    switch (table) {
      case "1":
        return constant
            ? new Block(
                "defence_exp_national_currency_constant", "million {cur} {base} prices", where)
            : new Block("defence_exp_national_currency", "million {cur}", where);
      case "2":
        return constant
            ? new Block("defence_exp_constant_usd", "million USD {base} prices", where)
            : new Block("defence_exp_current_usd", "million USD", where);
      case "3":
        if (h.contains("share")) {
          return new Block("share_of_gdp", "percent", where);
        }
        return h.contains("change") ? new Block("real_change", "percent", where) : null;
      case "5":
        return constant
            ? new Block("gdp_constant_usd", "million USD {base} prices", where)
            : new Block("gdp_current_usd", "million USD", where);
      case "6":
        if (h.contains("gdp per capita")) {
          return new Block("gdp_per_capita_usd", "thousand USD {base} prices", where);
        }
        return h.contains("defence")
            ? new Block("defence_exp_per_capita_usd", "USD {base} prices", where)
            : null;
      case "7":
        return t.contains("personnel") || u.contains("thousand")
            ? new Block("military_personnel", "thousands", "Table 7, " + title)
            : null;
      case "8A":
      case "8B":
        for (String cat : List.of("equipment", "personnel", "infrastructure", "other")) {
          if (h.startsWith(cat)) {
            return new Block(cat + "_share", "percent", where);
          }
        }
        return null;
      default:
        return null;
    }
  }

  /** A row label to an ISO3 code: "Czechia* (Koruny)" → CZE; the aggregates to NATO's codes. */
  private static String country(String label, String address, Countries countries) {
    String name = CURRENCY.matcher(label).replaceAll("").replace("*", "").strip();
    String aggregate = AGGREGATES.get(name.toLowerCase(Locale.ROOT));
    if (aggregate != null) {
      return aggregate;
    }
    return countries
        .find(name)
        .map(Country::iso3)
        .orElseThrow(
            () ->
                new StoreException(
                    address
                        + ": unknown country '"
                        + name
                        + "': expected the name of an ally (or NATO Total, NATO Europe and Canada)."));
  }

  private static String currency(String label, String address) {
    Matcher m = CURRENCY.matcher(label);
    if (!m.find()) {
      throw new StoreException(
          address
              + ": expected the currency in parentheses after the country, such as 'Albania (Leks)'.");
    }
    String code = CURRENCIES.get(m.group(1).strip().toLowerCase(Locale.ROOT));
    if (code == null && m.group(1).strip().equalsIgnoreCase("kroner")) {
      return label.toLowerCase(Locale.ROOT).startsWith("norway") ? "NOK" : "DKK";
    }
    if (code == null) {
      throw new StoreException(address + ": unknown currency '" + m.group(1) + "'.");
    }
    return code;
  }

  /**
   * The date in a file name such as 240617-def-exp-2024-TABLES-en.xlsx, else the workbook's
   * creation date.
   */
  private static LocalDate publicationDate(Path file, XSSFWorkbook wb) {
    Matcher m =
        Pattern.compile("^(\\d{2})(\\d{2})(\\d{2})-").matcher(file.getFileName().toString());
    if (m.find()) {
      return LocalDate.of(
          2000 + Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    }
    // No date in the file name: the workbook's creation date, or the publication date of the
    // catalogue's edition that followed it, so that the import joins the catalogue.
    LocalDate created = Workbooks.created(wb, file);
    return EditionCatalogue.publishedSoonAfter(created).orElse(created);
  }
}
