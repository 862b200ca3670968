package org.burdenshare.store.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.burdenshare.store.StoreException;

/**
 * The <em>read</em> stage of NATO's workbook: each sheet's table as printed — its number and title,
 * the text above the year header, the row of years ("2023e" for estimates), then, in order, the
 * headings of its blocks ("Constant 2015 prices") and the rows of figures with their labels and
 * cell addresses. Nothing is decided here about countries, indicators or units; {@link
 * NatoWorkbook} harmonises what this reads. Tables are found by their titles and headers, not by
 * fixed positions, because NATO moves things a little every year (Table 7 starts a column further
 * right in 2024).
 */
final class NatoTables {
  private NatoTables() {}

  private static final Pattern TITLE =
      Pattern.compile("^Table\\s+(\\w+)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d{2})(e?)$");

  /**
   * A table as printed on one sheet.
   *
   * @param number the table's number as printed ("2", "8A")
   * @param printed the title cell as printed ("Table 2 : Defence expenditure")
   * @param unitText the text between the title and the year header ("Million US dollars")
   * @param lines its headings and rows of figures, top to bottom
   */
  record Printed(
      String sheet,
      String number,
      String title,
      String printed,
      String unitText,
      List<Line> lines) {}

  /** A line of a table below its year header. */
  sealed interface Line permits Heading, Figures {}

  /** A label without figures: the heading of the block below it ("Current prices"). */
  record Heading(String text) implements Line {}

  /** A row of figures under its label ("Albania (Leks)"), at the label's cell address. */
  record Figures(String label, String address, List<Figure> figures) implements Line {}

  /** One printed figure, under its year; {@code estimate} when the year is printed "2023e". */
  record Figure(int year, boolean estimate, double value) {}

  /** What the workbook holds: its tables, the notes printed under them, and what was skipped. */
  record Read(List<Printed> tables, List<String> notes, List<String> skipped) {}

  static Read read(XSSFWorkbook wb, Consumer<String> progress) {
    List<Printed> tables = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
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
      Printed t = sheet(sheet, notes, skipped);
      if (t != null) {
        tables.add(t);
      }
    }
    return new Read(tables, notes, skipped);
  }

  private static Printed sheet(Sheet sheet, List<String> notes, List<String> skipped) {
    String number = null;
    String title = null;
    String printed = null;
    String unitText = "";
    Map<Integer, int[]> yearColumns = null; // column -> {year, estimate}
    int firstYearColumn = Integer.MAX_VALUE;
    int headerRow = -1;
    // numbers in columns without a year header, by column: a damaged header loses a column
    Map<Integer, Integer> unheaded = new TreeMap<>();
    int figureRows = 0;
    List<Line> lines = new ArrayList<>();
    for (Row row : sheet) {
      List<Cell> texts = new ArrayList<>();
      for (Cell c : row) {
        if (!Workbooks.text(c).isEmpty()) {
          texts.add(c);
        }
      }
      if (number == null) {
        for (Cell c : texts) {
          Matcher m = TITLE.matcher(Workbooks.text(c));
          if (m.matches()) {
            number = m.group(1).toUpperCase(java.util.Locale.ROOT);
            title = m.group(2).strip();
            printed = Workbooks.text(c).strip();
          }
        }
        if ("4".equals(number)) {
          skipped.add(sheet.getSheetName() + ": Table 4 repeats Tables 2 and 3 for two years");
          return null;
        }
        continue;
      }
      if (yearColumns == null) {
        Map<Integer, int[]> ys = new TreeMap<>();
        for (Cell c : row) {
          Matcher m = YEAR.matcher(Workbooks.yearText(c));
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
          headerRow = row.getRowNum();
        } else if (!texts.isEmpty()) {
          String t = Workbooks.text(texts.get(0));
          unitText = unitText.isEmpty() ? t : unitText + " " + t;
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
      // a row without a number under any year is a heading or a note, whatever text it holds
      List<Figure> figures =
          noNumbers(row, yearColumns) ? List.of() : figures(row, yearColumns, label);
      if (figures.isEmpty()) {
        if (!label.isEmpty()) {
          if (label.toLowerCase(java.util.Locale.ROOT).startsWith("notes")
              || label.startsWith("*")
              || label.startsWith("(")) {
            notes.add(label);
          } else if (!label.matches("^-\\d+-$")) {
            lines.add(new Heading(label));
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
      lines.add(new Figures(label, Workbooks.address(labelCell), figures));
      figureRows++;
      for (Cell c : row) {
        if (Workbooks.isNumber(c)
            && !yearColumns.containsKey(c.getColumnIndex())
            && c.getColumnIndex() != labelCell.getColumnIndex()) {
          unheaded.merge(c.getColumnIndex(), 1, Integer::sum);
        }
      }
    }
    if (number == null) {
      skipped.add(sheet.getSheetName() + ": no \"Table N :\" title");
      return null;
    }
    if (yearColumns == null) {
      throw new StoreException(
          sheet.getSheetName()
              + ": Table "
              + number
              + " has no header row of years (2014, 2015, ..., 2024e).");
    }
    checkNoColumnLost(sheet, number, headerRow, yearColumns, unheaded, figureRows);
    return new Printed(sheet.getSheetName(), number, title, printed, unitText, lines);
  }

  /**
   * A column of figures whose year header is not a year (a damaged or retyped cell) would be left
   * out without a word, and the import would look whole: refused, naming the header cell. A column
   * counts when at least half the table's rows of figures (and three) have a number in it, so that
   * a stray number beside a table is not taken for a column.
   */
  private static void checkNoColumnLost(
      Sheet sheet,
      String number,
      int headerRow,
      Map<Integer, int[]> yearColumns,
      Map<Integer, Integer> unheaded,
      int figureRows) {
    for (Map.Entry<Integer, Integer> column : unheaded.entrySet()) {
      if (column.getValue() < Math.max(3, (figureRows + 1) / 2)) {
        continue;
      }
      Row header = sheet.getRow(headerRow);
      Cell cell = header == null ? null : header.getCell(column.getKey());
      String printed = cell == null ? "" : Workbooks.yearText(cell);
      if (printed.isEmpty() && cell != null && Workbooks.isNumber(cell)) {
        printed = String.valueOf(Workbooks.number(cell));
      }
      int[] first = yearColumns.values().iterator().next();
      int[] last = first;
      for (int[] y : yearColumns.values()) {
        last = y;
      }
      throw new StoreException(
          sheet.getSheetName()
              + "!"
              + new org.apache.poi.ss.util.CellReference(headerRow, column.getKey())
                  .formatAsString(false)
              + ": Table "
              + number
              + " has "
              + column.getValue()
              + " figures in this column, but its header "
              + (printed.isEmpty() ? "is empty" : "is '" + printed + "'")
              + ", not a year like the others ("
              + first[0]
              + " to "
              + last[0]
              + (last[1] == 1 ? "e" : "")
              + "), so they would be lost. Is a year header damaged? Nothing was imported.");
    }
  }

  /** The figures of a row, one per year column that holds one; text there is refused. */
  private static List<Figure> figures(Row row, Map<Integer, int[]> yearColumns, String label) {
    List<Figure> figures = new ArrayList<>();
    for (Map.Entry<Integer, int[]> y : yearColumns.entrySet()) {
      Cell c = row.getCell(y.getKey());
      if (c == null || Workbooks.text(c).isEmpty() && !Workbooks.isNumber(c)) {
        continue;
      }
      if (!Workbooks.isNumber(c)) {
        throw new StoreException(
            Workbooks.address(c)
                + ": expected a number for "
                + (label.isEmpty() ? "this row" : label)
                + " "
                + y.getValue()[0]
                + ", found '"
                + Workbooks.text(c)
                + "'.");
      }
      figures.add(new Figure(y.getValue()[0], y.getValue()[1] == 1, Workbooks.number(c)));
    }
    return figures;
  }

  /** Whether a row has no number in any year column (a heading written across them). */
  private static boolean noNumbers(Row row, Map<Integer, int[]> yearColumns) {
    for (int col : yearColumns.keySet()) {
      if (Workbooks.isNumber(row.getCell(col))) {
        return false;
      }
    }
    return true;
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

  private static boolean hasErrorCells(Row row) {
    for (Cell c : row) {
      if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.ERROR) {
        return true;
      }
    }
    return false;
  }
}
