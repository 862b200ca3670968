package org.burdenshare.store.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.burdenshare.store.StoreException;

/**
 * The <em>read</em> stage of SIPRI's Military Expenditure Database workbook: its sheets found by
 * name or title, header rows by the cell "Country" (or "Region") in column A, columns by their
 * headings, and every cell of a row with its address, its number or its marker ("...", "xxx") and
 * its font colour (SIPRI's blue for estimates, red for highly uncertain figures). Nothing is
 * decided here about countries, indicators or units; {@link SipriWorkbook} harmonises what this
 * reads.
 */
final class SipriSheets {
  private SipriSheets() {}

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
   * One cell under a year: its number, or else its text ("...", "xxx"), and its colour (1 blue, 2
   * red, 0 other).
   */
  record Figure(int year, String address, Double number, String text, int colour) {}

  /** A region's row of the regional totals, with its figure in current dollars if printed. */
  record RegionRow(String name, List<Figure> figures, Integer currentYear, Double current) {}

  /**
   * The rows of a country sheet: those with a name and at least one figure or marker, without the
   * bold region headings.
   */
  static List<CountryRow> countryRows(Sheet sheet, boolean localCurrency) {
    Row header = header(sheet, "Country");
    Map<Integer, Integer> years = yearColumns(header);
    int notesColumn = column(header, "notes");
    int currencyColumn = column(header, "currency");
    int fyColumn = column(header, "fiscal year");
    if (localCurrency && currencyColumn < 0) {
      throw new StoreException(
          sheet.getSheetName()
              + " row "
              + (header.getRowNum() + 1)
              + ": expected a \"Currency\" column.");
    }
    List<CountryRow> rows = new ArrayList<>();
    for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Cell nameCell = row.getCell(0);
      String name = Workbooks.text(nameCell);
      if (name.isEmpty() || font(nameCell).getBold()) {
        continue; // a blank line, or a region or subregion heading (bold)
      }
      List<Figure> figures = figures(row, years);
      if (figures.isEmpty()) {
        continue; // notes under the table
      }
      rows.add(
          new CountryRow(
              name,
              Workbooks.address(nameCell),
              currencyColumn < 0 ? "" : Workbooks.text(row.getCell(currencyColumn)),
              currencyColumn < 0
                  ? ""
                  : Workbooks.address(
                      row.getCell(currencyColumn, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)),
              fyColumn < 0 ? "" : Workbooks.text(row.getCell(fyColumn)),
              notesColumn < 0 ? "" : Workbooks.text(row.getCell(notesColumn)),
              figures));
    }
    return rows;
  }

  /** The rows of the regional totals, or none when the workbook has no such sheet. */
  static List<RegionRow> regionRows(Sheet sheet) {
    if (sheet == null) {
      return List.of();
    }
    Row header = header(sheet, "Region");
    Map<Integer, Integer> years = yearColumns(header);
    int currentColumn = -1;
    Integer currentYear = null;
    for (Cell c : header) {
      Matcher m =
          Pattern.compile("^((?:19|20)\\d{2}) \\(current", Pattern.CASE_INSENSITIVE)
              .matcher(Workbooks.text(c));
      if (m.find()) {
        currentColumn = c.getColumnIndex();
        currentYear = Integer.parseInt(m.group(1));
      }
    }
    List<RegionRow> rows = new ArrayList<>();
    for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || Workbooks.text(row.getCell(0)).isEmpty()) {
        continue;
      }
      Cell current = currentColumn < 0 ? null : row.getCell(currentColumn);
      rows.add(
          new RegionRow(
              Workbooks.text(row.getCell(0)),
              figures(row, years),
              currentYear,
              current != null && Workbooks.isNumber(current) ? Workbooks.number(current) : null));
    }
    return rows;
  }

  /** The cells of a row under the years that hold a number or a text. */
  private static List<Figure> figures(Row row, Map<Integer, Integer> years) {
    List<Figure> out = new ArrayList<>();
    for (Map.Entry<Integer, Integer> y : years.entrySet()) {
      Cell c = row.getCell(y.getKey());
      if (c == null) {
        continue;
      }
      boolean number = Workbooks.isNumber(c);
      String text = Workbooks.text(c);
      if (!number && text.isEmpty()) {
        continue;
      }
      out.add(
          new Figure(
              y.getValue(),
              Workbooks.address(c),
              number ? Workbooks.number(c) : null,
              text,
              number ? colour(c) : 0));
    }
    return out;
  }

  static final Pattern YEAR = Pattern.compile("^(?:19|20)\\d{2}$");

  static final Pattern BASE =
      Pattern.compile("\\((\\d{4})\\)|constant (\\d{4})", Pattern.CASE_INSENSITIVE);

  static final short BLUE = 12;

  static final short RED = 10;

  /** The sheets by what they hold, found by name or by the title in A1. */
  static Map<String, Sheet> findSheets(XSSFWorkbook wb, Path file) {
    Map<String, String[]> wanted = new LinkedHashMap<>();
    wanted.put("constant", new String[] {"constant"});
    wanted.put("current", new String[] {"current us"});
    wanted.put("gdp", new String[] {"share of gdp"});
    wanted.put("capita", new String[] {"per capita"});
    wanted.put("govt", new String[] {"govt", "government"});
    wanted.put("local-calendar", new String[] {"calendar year"});
    wanted.put("local-fy", new String[] {"financial year"});
    wanted.put("regions", new String[] {"regional", "by region"});
    wanted.put("footnotes", new String[] {"footnote"});
    Map<String, Sheet> found = new LinkedHashMap<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      Sheet s = wb.getSheetAt(i);
      String name = s.getSheetName().toLowerCase(Locale.ROOT);
      String title = firstText(s).toLowerCase(Locale.ROOT);
      for (Map.Entry<String, String[]> w : wanted.entrySet()) {
        if (found.containsKey(w.getKey())) {
          continue;
        }
        for (String key : w.getValue()) {
          if (name.contains(key)
              || title.contains(key) && !w.getKey().equals("constant")
              || w.getKey().equals("constant")
                  && title.contains("constant")
                  && title.contains("by country")) {
            found.put(w.getKey(), s);
            break;
          }
        }
        if (found.containsValue(s)) {
          break;
        }
      }
    }
    for (String needed : List.of("constant", "current", "gdp")) {
      if (!found.containsKey(needed)) {
        throw new StoreException(
            file
                + ": no sheet of "
                + switch (needed) {
                  case "constant" ->
                      "military expenditure in constant US$ (\"Constant (2023) US$\")";
                  case "current" -> "military expenditure in current US$ (\"Current US$\")";
                  default -> "military expenditure as a share of GDP (\"Share of GDP\")";
                }
                + " — sheets found: "
                + sheetNames(wb)
                + ". Is this SIPRI's Military Expenditure Database workbook?");
      }
    }
    return found;
  }

  static String sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return String.join(", ", names);
  }

  static String firstText(Sheet s) {
    for (Row r : s) {
      for (Cell c : r) {
        String t = Workbooks.text(c);
        if (!t.isEmpty()) {
          return t;
        }
      }
      if (r.getRowNum() > 3) {
        break;
      }
    }
    return "";
  }

  static String baseYear(Sheet sheet) {
    Matcher m = BASE.matcher(sheet.getSheetName() + " " + firstText(sheet));
    if (m.find()) {
      return m.group(1) != null ? m.group(1) : m.group(2);
    }
    throw new StoreException(
        sheet.getSheetName()
            + ": expected the base year of constant prices in the sheet name or title, such as \"Constant (2023) US$\".");
  }

  /** The header row: the first row whose column A says "Country" (or "Region"). */
  static Row header(Sheet sheet, String word) {
    for (Row r : sheet) {
      if (Workbooks.text(r.getCell(0)).equalsIgnoreCase(word)) {
        return r;
      }
      if (r.getRowNum() > 40) {
        break;
      }
    }
    throw new StoreException(
        sheet.getSheetName()
            + "!A1:A40: expected a header row whose first cell is \""
            + word
            + "\".");
  }

  static Map<Integer, Integer> yearColumns(Row header) {
    Map<Integer, Integer> years = new LinkedHashMap<>();
    for (Cell c : header) {
      String t = Workbooks.yearText(c);
      if (YEAR.matcher(t).matches()) {
        years.put(c.getColumnIndex(), Integer.parseInt(t));
      }
    }
    if (years.size() < 3) {
      throw new StoreException(
          header.getSheet().getSheetName()
              + " row "
              + (header.getRowNum() + 1)
              + ": expected year columns (1949, 1950, ...) in the header row.");
    }
    return years;
  }

  static int column(Row header, String heading) {
    for (Cell c : header) {
      if (Workbooks.text(c).toLowerCase(Locale.ROOT).startsWith(heading)) {
        return c.getColumnIndex();
      }
    }
    return -1;
  }

  static XSSFFont font(Cell c) {
    return ((XSSFCellStyle) c.getCellStyle()).getFont();
  }

  /** 1 for SIPRI's blue (estimate), 2 for red (highly uncertain), 0 otherwise. */
  static int colour(Cell c) {
    XSSFFont f = font(c);
    short idx = f.getColor();
    if (idx == BLUE) {
      return 1;
    }
    if (idx == RED) {
      return 2;
    }
    XSSFColor x = f.getXSSFColor();
    if (x != null && x.getRGB() != null) {
      byte[] rgb = x.getRGB();
      int r = rgb[0] & 0xff;
      int g = rgb[1] & 0xff;
      int b = rgb[2] & 0xff;
      if (b > 150 && r < 100 && g < 100) {
        return 1;
      }
      if (r > 150 && g < 100 && b < 100) {
        return 2;
      }
    }
    return 0;
  }

  static List<ImportedRelease.Footnote> readFootnotes(Sheet sheet) {
    List<ImportedRelease.Footnote> out = new ArrayList<>();
    if (sheet == null) {
      return out;
    }
    for (Row r : sheet) {
      Cell a = r.getCell(0);
      String id = Workbooks.text(a);
      if (id.isEmpty() && Workbooks.isNumber(a)) {
        id = Integer.toString((int) Workbooks.number(a));
      }
      if (id.isEmpty() || id.length() > 4) {
        continue;
      }
      String text = "";
      for (int col = 1; col <= 3 && text.isEmpty(); col++) {
        text = Workbooks.text(r.getCell(col));
      }
      if (!text.isEmpty()) {
        out.add(new ImportedRelease.Footnote(id, text));
      }
    }
    return out;
  }
}
