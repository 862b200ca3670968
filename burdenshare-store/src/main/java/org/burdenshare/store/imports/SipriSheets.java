package org.burdenshare.store.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.burdenshare.store.StoreException;

/**
 * The <em>read</em> stage of SIPRI's Military Expenditure Database workbook: its sheets found by
 * name or title, header rows by the cell "Country" (or "Region") in column A, columns by their
 * headings, and every cell of a row with its address, its number or its marker ("...", "xxx") and
 * its font colour (SIPRI's blue for estimates, red for highly uncertain figures). The sheets are
 * read as streams of rows ({@link SheetRows}), never as a whole workbook in memory. Nothing is
 * decided here about countries, indicators or units; {@link SipriWorkbook} harmonises the records
 * this returns.
 */
final class SipriSheets {
  private SipriSheets() {}

  /** The tables SIPRI's workbook holds, each found by words of its sheet's name or title. */
  enum Table {
    CONSTANT("constant"),
    CURRENT("current us"),
    GDP("share of gdp"),
    CAPITA("per capita"),
    GOVT("govt", "government"),
    LOCAL_CALENDAR("calendar year"),
    LOCAL_FY("financial year"),
    REGIONS("regional", "by region"),
    FOOTNOTES("footnote");

    private final List<String> words;

    Table(String... words) {
      this.words = List.of(words);
    }

    /** Whether a sheet of this name and title holds this table. */
    boolean holds(String name, String title) {
      for (String word : words) {
        if (this == CONSTANT
            ? name.contains(word) || title.contains("constant") && title.contains("by country")
            : name.contains(word) || title.contains(word)) {
          return true;
        }
      }
      return false;
    }

    boolean localCurrency() {
      return this == LOCAL_CALENDAR || this == LOCAL_FY;
    }

    boolean ofCountries() {
      return this != REGIONS && this != FOOTNOTES;
    }
  }

  /**
   * What the workbook holds, as printed.
   *
   * @param sheets how many sheets were found holding a table
   * @param countryTables the tables by country, in the workbook's order
   * @param regions the regional totals, or none when the workbook has no such sheet
   * @param created the date the workbook says it was created, if it says
   */
  record Printed(
      int sheets,
      List<CountryTable> countryTables,
      List<RegionRow> regions,
      List<ImportedRelease.Footnote> footnotes,
      Optional<LocalDate> created) {}

  /** A table by country: which table, its sheet's name and its title (the first text on it). */
  record CountryTable(Table table, String sheet, String title, List<CountryRow> rows) {}

  /**
   * A country's row of one sheet.
   *
   * @param currency its currency as printed, or empty where the sheet has no such column
   * @param currencyAddress the address of its currency cell
   * @param fiscalYear its fiscal year as printed, or empty
   * @param notes SIPRI's note on the country, or empty
   */
  record CountryRow(
      String name,
      String address,
      String currency,
      String currencyAddress,
      String fiscalYear,
      String notes,
      List<Figure> figures) {}

  /**
   * One cell under a year: its number, or else its text ("...", "xxx"), and its colour ({@link
   * SheetRows#BLUE}, {@link SheetRows#RED} or {@link SheetRows#OTHER}), as printed in a cell that
   * messages name.
   */
  record Figure(int year, Double number, String text, int colour, SheetRows.Cell at) {
    String address() {
      return at.address();
    }
  }

  /** A region's row of the regional totals, with its figure in current dollars if printed. */
  record RegionRow(String name, List<Figure> figures, Integer currentYear, Double current) {}

  private static final Pattern CURRENT_YEAR =
      Pattern.compile("^((?:19|20)\\d{2}) \\(current", Pattern.CASE_INSENSITIVE);

  /** A sheet's name and title, and where it is in the workbook. */
  private record Found(int index, String name, String title) {}

  /** What one sheet holds, once read: its country table, regional totals or footnotes. */
  private record Read(
      CountryTable countries, List<RegionRow> regions, List<ImportedRelease.Footnote> footnotes) {}

  /**
   * Reads the workbook's tables: the sheets are found first, then read on two threads (each sheet
   * stands alone), and their tables put in the workbook's order. A damaged sheet is reported as
   * reading them one after another would: the first in the workbook's order.
   */
  static Printed read(XlsxParts workbook, Path file, Consumer<String> progress) {
    SheetRows.Tables tables = new SheetRows.Tables(workbook.sharedStrings(), workbook.styles());
    List<XlsxParts.Sheet> sheets = workbook.sheets();
    Map<Table, Found> found = find(workbook, sheets, tables, file);
    List<Map.Entry<Table, Found>> jobs =
        found.entrySet().stream()
            .sorted(Comparator.comparingInt(e -> e.getValue().index()))
            .toList();
    Object[] outcomes = new Object[jobs.size()]; // each a Read, or what reading it threw
    AtomicInteger next = new AtomicInteger();
    AtomicInteger started = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int k; (k = next.getAndIncrement()) < jobs.size(); ) {
            Found f = jobs.get(k).getValue();
            progress.accept(
                SipriWorkbook.bar(started.incrementAndGet(), jobs.size()) + " " + f.name());
            try {
              outcomes[k] =
                  read(jobs.get(k).getKey(), f, open(workbook, sheets.get(f.index())), tables);
            } catch (RuntimeException e) {
              outcomes[k] = e;
            }
          }
        };
    FutureTask<Void> helper = new FutureTask<>(worker, null);
    Thread thread = new Thread(helper, "burdenshare-read-sheets");
    thread.setDaemon(true);
    thread.start();
    worker.run();
    try {
      helper.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(
          file + ": interrupted while reading its sheets; nothing was imported.");
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause()); // the worker keeps what it meets
    }
    List<CountryTable> countryTables = new ArrayList<>();
    List<RegionRow> regions = List.of();
    List<ImportedRelease.Footnote> footnotes = List.of();
    for (Object outcome : outcomes) {
      if (outcome instanceof RuntimeException e) {
        throw e;
      }
      Read r = (Read) outcome;
      if (r.countries() != null) {
        countryTables.add(r.countries());
      } else if (r.regions() != null) {
        regions = r.regions();
      } else {
        footnotes = r.footnotes();
      }
    }
    return new Printed(found.size(), countryTables, regions, footnotes, workbook.created());
  }

  /** One sheet's table. */
  private static Read read(Table table, Found f, byte[] part, SheetRows.Tables tables) {
    return switch (table) {
      case REGIONS -> new Read(null, regionRows(f.name(), part, tables), null);
      case FOOTNOTES -> new Read(null, null, footnotes(f.name(), part, tables));
      default ->
          new Read(
              new CountryTable(
                  table, f.name(), f.title(), countryRows(f.name(), part, tables, table)),
              null,
              null);
    };
  }

  private static byte[] open(XlsxParts workbook, XlsxParts.Sheet sheet) {
    return workbook.open(sheet.part(), "the sheet \"" + sheet.name() + "\"");
  }

  /**
   * The sheets by what they hold, found by name or by their title (the first text in their first
   * rows); each sheet holds one table, the first sheet found for a table holds it.
   */
  private static Map<Table, Found> find(
      XlsxParts workbook, List<XlsxParts.Sheet> sheets, SheetRows.Tables tables, Path file) {
    Map<Table, Found> found = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      String sheet = sheets.get(i).name();
      names.add(sheet);
      String title = title(sheet, open(workbook, sheets.get(i)), tables);
      String name = sheet.toLowerCase(Locale.ROOT);
      String lower = title.toLowerCase(Locale.ROOT);
      for (Table t : Table.values()) {
        if (!found.containsKey(t) && t.holds(name, lower)) {
          found.put(t, new Found(i, sheet, title));
          break;
        }
      }
    }
    for (Table needed : List.of(Table.CONSTANT, Table.CURRENT, Table.GDP)) {
      if (!found.containsKey(needed)) {
        throw new StoreException(
            file
                + ": no sheet of "
                + switch (needed) {
                  case CONSTANT -> "military expenditure in constant US$ (\"Constant (2023) US$\")";
                  case CURRENT -> "military expenditure in current US$ (\"Current US$\")";
                  default -> "military expenditure as a share of GDP (\"Share of GDP\")";
                }
                + " — sheets found: "
                + String.join(", ", names)
                + ". Is this SIPRI's Military Expenditure Database workbook?");
      }
    }
    return found;
  }

  /** The first text in a sheet's first rows (up to the first row below the fourth). */
  private static String title(String sheet, byte[] part, SheetRows.Tables tables) {
    String[] title = {""};
    SheetRows.read(
        sheet,
        part,
        tables,
        row -> {
          for (SheetRows.Cell c : row.cells()) {
            if (!c.text().isEmpty()) {
              title[0] = c.text();
              return false;
            }
          }
          return row.index() <= 3;
        });
    return title[0];
  }

  /**
   * The rows of a country sheet: those with a name and at least one figure or marker, without the
   * bold region headings.
   */
  private static List<CountryRow> countryRows(
      String sheet, byte[] part, SheetRows.Tables tables, Table table) {
    List<CountryRow> rows = new ArrayList<>();
    TableHeader header =
        TableHeader.read(
            sheet,
            part,
            tables,
            "Country",
            (h, row) -> {
              SheetRows.Cell name = row.cell(0);
              if (name == null || name.text().isEmpty() || name.bold()) {
                return; // a blank line, or a region or subregion heading (bold)
              }
              List<Figure> figures = figures(row, h.years());
              if (figures.isEmpty()) {
                return; // notes under the table
              }
              int currency = h.currency();
              int fiscalYear = h.fiscalYear();
              int notes = h.notes();
              rows.add(
                  new CountryRow(
                      name.text(),
                      name.address(),
                      currency < 0 ? "" : row.text(currency),
                      currency < 0 ? "" : SheetRows.Cell.address(sheet, row.index(), currency),
                      fiscalYear < 0 ? "" : row.text(fiscalYear),
                      notes < 0 ? "" : row.text(notes),
                      figures));
            });
    checkCurrencyColumn(sheet, table, header);
    return rows;
  }

  /** A sheet of figures in local currency names each row's currency in a column of its own. */
  private static void checkCurrencyColumn(String sheet, Table table, TableHeader header) {
    if (table.localCurrency() && header.currency() < 0) {
      throw new StoreException(
          sheet + " row " + (header.row().index() + 1) + ": expected a \"Currency\" column.");
    }
  }

  /** The rows of the regional totals. */
  private static List<RegionRow> regionRows(String sheet, byte[] part, SheetRows.Tables tables) {
    List<RegionRow> rows = new ArrayList<>();
    TableHeader.read(
        sheet,
        part,
        tables,
        "Region",
        (h, row) -> {
          String name = row.text(0);
          if (name.isEmpty()) {
            return;
          }
          Integer currentYear = null;
          SheetRows.Cell current = null;
          for (SheetRows.Cell c : h.row().cells()) {
            Matcher m = CURRENT_YEAR.matcher(c.text());
            if (m.find()) {
              currentYear = Integer.parseInt(m.group(1));
              current = row.cell(c.column());
            }
          }
          rows.add(
              new RegionRow(
                  name,
                  figures(row, h.years()),
                  currentYear,
                  current != null && current.isNumber() ? current.number() : null));
        });
    return rows;
  }

  /** The cells of a row under the years that hold a number or a text. */
  private static List<Figure> figures(SheetRows.Row row, Map<Integer, Integer> years) {
    List<Figure> out = new ArrayList<>();
    for (SheetRows.Cell c : row.cells()) {
      Integer year = years.get(c.column());
      if (year != null) {
        out.add(
            new Figure(
                year,
                c.isNumber() ? c.number() : null,
                c.text(),
                c.isNumber() ? c.colour() : SheetRows.OTHER,
                c));
      }
    }
    return out;
  }

  /** The numbered footnotes: an id of up to four characters in column A, its text beside it. */
  private static List<ImportedRelease.Footnote> footnotes(
      String sheet, byte[] part, SheetRows.Tables tables) {
    List<ImportedRelease.Footnote> out = new ArrayList<>();
    SheetRows.read(
        sheet,
        part,
        tables,
        row -> {
          SheetRows.Cell a = row.cell(0);
          String id = a == null ? "" : a.text();
          if (id.isEmpty() && a != null && a.isNumber()) {
            id = Integer.toString((int) a.number());
          }
          if (id.isEmpty() || id.length() > 4) {
            return true;
          }
          String text = "";
          for (int col = 1; col <= 3 && text.isEmpty(); col++) {
            text = row.text(col);
          }
          if (!text.isEmpty()) {
            out.add(new ImportedRelease.Footnote(id, text));
          }
          return true;
        });
    return out;
  }
}
