package org.burdenshare.store.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.burdenshare.store.StoreException;

/**
 * The header row of a printed table: found by the word in its column A ("Country"), with the year
 * of each column, checked before a figure is filed under one. The years must run left to right, one
 * column per year, each the year after the one to its left: a year twice, two years swapped or a
 * year left out would otherwise file figures under the wrong years (or none) without a word.
 *
 * @param years the year of each column that holds one
 * @param currency the column headed "Currency", or -1
 * @param fiscalYear the column headed "Fiscal year", or -1
 * @param notes the column headed "Notes", or -1
 */
record TableHeader(
    SheetRows.Row row, Map<Integer, Integer> years, int currency, int fiscalYear, int notes) {
  TableHeader(SheetRows.Row row, Map<Integer, Integer> years) {
    this(row, years, column(row, "currency"), column(row, "fiscal year"), column(row, "notes"));
  }

  /**
   * The column of a row whose heading starts with the words given (lower case), or -1; those of a
   * country table's currency, fiscal year and notes are found once, not for each row of the table.
   */
  private static int column(SheetRows.Row row, String heading) {
    for (SheetRows.Cell c : row.cells()) {
      if (c.text().toLowerCase(Locale.ROOT).startsWith(heading)) {
        return c.column();
      }
    }
    return -1;
  }

  /**
   * Reads a table below its header row: the first row (among the first 41) whose column A says
   * {@code word}; each row below it goes to {@code body}.
   */
  static TableHeader read(
      String sheet,
      byte[] part,
      SheetRows.Tables tables,
      String word,
      BiConsumer<TableHeader, SheetRows.Row> body) {
    TableHeader[] header = {null};
    SheetRows.read(
        sheet,
        part,
        tables,
        row -> {
          if (header[0] != null) {
            body.accept(header[0], row);
          } else if (row.text(0).equalsIgnoreCase(word)) {
            header[0] = new TableHeader(row, columns(sheet, row));
          } else if (row.index() > 40) {
            return false;
          }
          return true;
        });
    if (header[0] == null) {
      throw new StoreException(
          sheet + "!A1:A40: expected a header row whose first cell is \"" + word + "\".");
    }
    return header[0];
  }

  private static final Pattern YEAR = Pattern.compile("^(?:19|20)\\d{2}$");

  /** The year of each column of a header row that holds one (1949 or "1949"), checked. */
  private static Map<Integer, Integer> columns(String sheet, SheetRows.Row header) {
    List<SheetRows.Cell> cells = new ArrayList<>();
    for (SheetRows.Cell c : header.cells()) {
      if (YEAR.matcher(c.yearText()).matches()) {
        cells.add(c);
      }
    }
    if (cells.size() < 3) {
      throw new StoreException(
          sheet
              + " row "
              + (header.index() + 1)
              + ": expected year columns (1949, 1950, ...) in the header row.");
    }
    // order and repeats first: two years swapped are "out of order", not "a year left out"
    for (int i = 1; i < cells.size(); i++) {
      int before = year(cells.get(i - 1));
      int after = year(cells.get(i));
      if (after <= before) {
        throw wrong(
            sheet,
            cells.get(i - 1),
            cells.get(i),
            after == before ? "repeat a year" : "are out of order");
      }
    }
    for (int i = 1; i < cells.size(); i++) {
      int before = year(cells.get(i - 1));
      int after = year(cells.get(i));
      if (after != before + 1) {
        throw wrong(
            sheet,
            cells.get(i - 1),
            cells.get(i),
            "leave out " + (after - before == 2 ? before + 1 : (before + 1) + "–" + (after - 1)));
      }
    }
    Map<Integer, Integer> years = new LinkedHashMap<>();
    cells.forEach(c -> years.put(c.column(), year(c)));
    return years;
  }

  private static int year(SheetRows.Cell c) {
    return Integer.parseInt(c.yearText());
  }

  private static StoreException wrong(
      String sheet, SheetRows.Cell left, SheetRows.Cell right, String what) {
    return new StoreException(
        left.address()
            + " and "
            + right.address().substring(sheet.length() + 1)
            + ": the year headers "
            + year(left)
            + " and "
            + year(right)
            + " "
            + what
            + "; expected one column per year, each the year after the one to its left, or"
            + " figures would be filed under the wrong years. Nothing was imported.");
  }
}
