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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.dataset.Observation;
import org.burdenshare.core.releases.Definition;
import org.burdenshare.core.releases.Release;
import org.burdenshare.store.Bundle;
import org.burdenshare.store.EditionCatalogue;
import org.burdenshare.store.StoreException;

/**
 * Reads NATO's defence-expenditure workbook as NATO publishes it. Tables are found by their titles
 * ("Table 2 : Defence expenditure") and headers (a row of years, "2023e" for estimates), blocks by
 * their headings ("Current prices", "Share of real GDP"), not by fixed positions, because NATO
 * moves things a little every year (Table 7 starts a column further right in 2024).
 */
public final class NatoWorkbook {
  /** What NATO's releases say of themselves: publisher, licence, printed decimals (a data file). */
  static final PublisherProfile PROFILE = PublisherProfile.load("nato-defence-expenditure");

  private static final Pattern TITLE =
      Pattern.compile("^Table\\s+(\\w+)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d{2})(e?)$");
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
    return Workbooks.guarded(file, () -> readUnguarded(file, countries, details, progress));
  }

  private static ImportedRelease readUnguarded(
      Path file, Countries countries, ReleaseDetails details, Consumer<String> progress) {
    byte[] bytes = Workbooks.bytes(file);
    try (XSSFWorkbook wb = Workbooks.open(file, bytes)) {
      List<Observation> pending = new ArrayList<>();
      Map<String, String> tables = new LinkedHashMap<>();
      Map<String, Definition> definitions = new LinkedHashMap<>();
      List<String> skipped = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      Set<String> seenCountries = new TreeSet<>();
      TreeSet<Integer> years = new TreeSet<>();
      Set<Integer> estimateYears = new TreeSet<>();
      int sheets = 0;
      Set<String> indicatorsFound = new LinkedHashSet<>();
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        Sheet sheet = wb.getSheetAt(s);
        progress.accept(
            "Reading sheet "
                + sheet.getSheetName()
                + " ("
                + (s + 1)
                + " of "
                + wb.getNumberOfSheets()
                + ")");
        int before = pending.size();
        readSheet(
            sheet,
            countries,
            pending,
            tables,
            definitions,
            skipped,
            notes,
            seenCountries,
            years,
            estimateYears);
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
          details.title() != null
              ? details.title()
              : PublisherProfile.fill(PROFILE.title(), values);
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
    } catch (java.io.IOException e) {
      throw new StoreException("Cannot read " + file + ": " + e.getMessage());
    }
  }

  /**
   * NATO's year headers run left to right, one column a year; a row that goes back (2019 and 2023e
   * swapped, a year written twice) would file figures under the wrong years, so it is refused.
   */
  private static void checkYearOrder(Sheet sheet, int row, Map<Integer, int[]> years) {
    Integer previousColumn = null;
    for (Map.Entry<Integer, int[]> y : years.entrySet()) {
      if (previousColumn != null && y.getValue()[0] <= years.get(previousColumn)[0]) {
        throw new StoreException(
            sheet.getSheetName()
                + "!"
                + new org.apache.poi.ss.util.CellReference(row, previousColumn)
                    .formatAsString(false)
                + " and "
                + new org.apache.poi.ss.util.CellReference(row, y.getKey()).formatAsString(false)
                + ": the year headers "
                + years.get(previousColumn)[0]
                + " and "
                + y.getValue()[0]
                + " do not increase from left to right, so figures would be filed under the"
                + " wrong years. Nothing was imported.");
      }
      previousColumn = y.getKey();
    }
  }

  private static void readSheet(
      Sheet sheet,
      Countries countries,
      List<Observation> out,
      Map<String, String> tables,
      Map<String, Definition> definitions,
      List<String> skipped,
      List<String> notes,
      Set<String> seenCountries,
      Set<Integer> allYears,
      Set<Integer> estimateYears) {
    String tableNo = null;
    String title = null;
    String printed = null;
    String unitText = "";
    Map<Integer, int[]> yearColumns = null; // column -> {year, estimate}
    int firstYearColumn = Integer.MAX_VALUE;
    Block block = null;
    String baseYear = null;
    for (Row row : sheet) {
      List<Cell> texts = new ArrayList<>();
      for (Cell c : row) {
        if (!Workbooks.text(c).isEmpty()) {
          texts.add(c);
        }
      }
      if (tableNo == null) {
        for (Cell c : texts) {
          Matcher m = TITLE.matcher(Workbooks.text(c));
          if (m.matches()) {
            tableNo = m.group(1).toUpperCase(Locale.ROOT);
            title = m.group(2).strip();
            printed = Workbooks.text(c).strip();
          }
        }
        if ("4".equals(tableNo)) {
          skipped.add(sheet.getSheetName() + ": Table 4 repeats Tables 2 and 3 for two years");
          return;
        }
        continue;
      }
      if (yearColumns == null) {
        Map<Integer, int[]> ys = new TreeMap<>();
        for (Cell c : row) {
          String t = Workbooks.yearText(c);
          Matcher m = YEAR.matcher(t);
          if (m.matches()) {
            ys.put(
                c.getColumnIndex(),
                new int[] {Integer.parseInt(m.group(1)), m.group(2).isEmpty() ? 0 : 1});
          }
        }
        if (ys.size() >= 3) {
          checkYearOrder(sheet, row.getRowNum(), ys);
          yearColumns = ys;
          firstYearColumn = ys.keySet().iterator().next();
        } else if (!texts.isEmpty()) {
          unitText =
              unitText.isEmpty()
                  ? Workbooks.text(texts.get(0))
                  : unitText + " " + Workbooks.text(texts.get(0));
        }
        continue;
      }
      String label = "";
      Cell labelCell = null;
      for (Cell c : texts) {
        if (c.getColumnIndex() < firstYearColumn) {
          label = Workbooks.text(c);
          labelCell = c;
        }
      }
      List<Cell> numbers = new ArrayList<>();
      for (int col : yearColumns.keySet()) {
        Cell c = row.getCell(col);
        if (Workbooks.isNumber(c)) {
          numbers.add(c);
        }
      }
      if (numbers.isEmpty()) {
        if (!label.isEmpty()) {
          if (label.toLowerCase(Locale.ROOT).startsWith("notes")
              || label.startsWith("*")
              || label.startsWith("(")) {
            notes.add(label);
          } else if (!label.matches("^-\\d+-$")) {
            block = block(tableNo, title, unitText, label, sheet);
            Matcher b = BASE_YEAR.matcher(label + " " + unitText);
            if (b.find()) {
              baseYear = b.group(1);
            }
          }
        } else if (row.getPhysicalNumberOfCells() > 0 && hasErrorCells(row)) {
          skipped.add(
              sheet.getSheetName()
                  + " row "
                  + (row.getRowNum() + 1)
                  + ": no label (formula errors)");
        }
        continue;
      }
      if (label.isEmpty()) {
        skipped.add(
            sheet.getSheetName()
                + " row "
                + (row.getRowNum() + 1)
                + ": figures without a country label");
        continue;
      }
      if (block == null) {
        block = block(tableNo, title, unitText, "", sheet);
        Matcher b = BASE_YEAR.matcher(unitText);
        if (b.find()) {
          baseYear = b.group(1);
        }
      }
      if (block == null) {
        skipped.add(
            sheet.getSheetName()
                + ": Table "
                + tableNo
                + " ("
                + title
                + ") is not one burdenshare reads");
        return;
      }
      String country = country(label, labelCell, countries);
      if (!country.startsWith("NATO_")) {
        seenCountries.add(country);
      }
      String unit = block.unit();
      if (unit.contains("{cur}")) {
        unit = unit.replace("{cur}", currency(label, labelCell));
      }
      if (unit.contains("{base}")) {
        if (baseYear == null) {
          throw new StoreException(
              Workbooks.address(labelCell)
                  + ": expected the base year of constant prices (\"Constant 2015 prices\") above this block.");
        }
        unit = unit.replace("{base}", baseYear);
      }
      tables.putIfAbsent(block.indicator(), block.table());
      definitions.putIfAbsent(
          block.indicator(),
          definition(block.indicator(), printed, title, block.table(), unitText));
      for (Map.Entry<Integer, int[]> y : yearColumns.entrySet()) {
        Cell c = row.getCell(y.getKey());
        if (c == null || Workbooks.text(c).isEmpty() && !Workbooks.isNumber(c)) {
          continue;
        }
        if (!Workbooks.isNumber(c)) {
          throw new StoreException(
              Workbooks.address(c)
                  + ": expected a number for "
                  + country
                  + " "
                  + y.getValue()[0]
                  + ", found '"
                  + Workbooks.text(c)
                  + "'.");
        }
        allYears.add(y.getValue()[0]);
        if (y.getValue()[1] == 1) {
          estimateYears.add(y.getValue()[0]);
        }
        out.add(
            new Observation(
                "",
                country,
                y.getValue()[0],
                block.indicator(),
                unit,
                Workbooks.number(c),
                y.getValue()[1] == 1,
                ""));
      }
    }
    if (tableNo == null) {
      skipped.add(sheet.getSheetName() + ": no \"Table N :\" title");
    } else if (yearColumns == null) {
      throw new StoreException(
          sheet.getSheetName()
              + ": Table "
              + tableNo
              + " has no header row of years (2014, 2015, ..., 2024e).");
    }
  }

  private static boolean hasErrorCells(Row row) {
    for (Cell c : row) {
      if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.ERROR) {
        return true;
      }
    }
    return false;
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
  private static Block block(
      String table, String title, String unitText, String heading, Sheet sheet) {
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
  private static String country(String label, Cell cell, Countries countries) {
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
                    Workbooks.address(cell)
                        + ": unknown country '"
                        + name
                        + "': expected the name of an ally (or NATO Total, NATO Europe and Canada)."));
  }

  private static String currency(String label, Cell cell) {
    Matcher m = CURRENCY.matcher(label);
    if (!m.find()) {
      throw new StoreException(
          Workbooks.address(cell)
              + ": expected the currency in parentheses after the country, such as 'Albania (Leks)'.");
    }
    String code = CURRENCIES.get(m.group(1).strip().toLowerCase(Locale.ROOT));
    if (code == null && m.group(1).strip().equalsIgnoreCase("kroner")) {
      return label.toLowerCase(Locale.ROOT).startsWith("norway") ? "NOK" : "DKK";
    }
    if (code == null) {
      throw new StoreException(
          Workbooks.address(cell) + ": unknown currency '" + m.group(1) + "'.");
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
