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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.dataset.Observation;
import org.burdenshare.core.releases.Release;
import org.burdenshare.store.Bundle;
import org.burdenshare.store.StoreException;

/**
 * Reads SIPRI's Military Expenditure Database workbook as SIPRI publishes it. Sheets are found by
 * their names or titles, header rows by the cell "Country" (or "Region") in column A, columns by
 * their headings. It keeps what others lose: the font colours that mark SIPRI's estimates (blue)
 * and highly uncertain figures (red), "..." (missing) apart from "xxx" (the state did not exist),
 * each country's notes and the numbered footnotes, and the base year of constant prices.
 */
public final class SipriWorkbook {
  /** What SIPRI's releases say of themselves: publisher, licence, notes (a data file). */
  static final PublisherProfile PROFILE = PublisherProfile.load("sipri-milex");

  private static final Pattern YEAR = Pattern.compile("^(?:19|20)\\d{2}$");
  private static final Pattern BASE =
      Pattern.compile("\\((\\d{4})\\)|constant (\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final short BLUE = 12;
  private static final short RED = 10;

  /** What one country sheet holds. */
  private record Kind(String indicator, String unit, boolean percent, boolean localCurrency) {}

  private SipriWorkbook() {}

  public static ImportedRelease read(
      Path file, Countries countries, ReleaseDetails details, Consumer<String> progress) {
    return Workbooks.guarded(file, () -> readUnguarded(file, countries, details, progress));
  }

  private static ImportedRelease readUnguarded(
      Path file, Countries countries, ReleaseDetails details, Consumer<String> progress) {
    byte[] bytes = Workbooks.bytes(file);
    try (XSSFWorkbook wb = Workbooks.open(file, bytes)) {
      Map<String, Sheet> found = findSheets(wb, file);
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
          baseYear = baseYear(sheet);
          kind = new Kind(kind.indicator(), "million USD " + baseYear + " prices", false, false);
        }
        maxYear =
            Math.max(
                maxYear,
                readCountrySheet(sheet, kind, countries, obs, flags, seen, notesByCountry, counts));
      }
      int regions = readRegions(found.get("regions"), obs, flags, baseYear, counts);
      List<ImportedRelease.Footnote> footnotes = readFootnotes(found.get("footnotes"));
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
          details.title() != null
              ? details.title()
              : PublisherProfile.fill(PROFILE.title(), values);
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
    } catch (java.io.IOException e) {
      throw new StoreException("Cannot read " + file + ": " + e.getMessage());
    }
  }

  static String bar(int done, int total) {
    int width = 20;
    int filled = Math.round((float) done / total * width);
    return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total;
  }

  /** The sheets by what they hold, found by name or by the title in A1. */
  private static Map<String, Sheet> findSheets(XSSFWorkbook wb, Path file) {
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

  private static String sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return String.join(", ", names);
  }

  private static String firstText(Sheet s) {
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

  private static String baseYear(Sheet sheet) {
    Matcher m = BASE.matcher(sheet.getSheetName() + " " + firstText(sheet));
    if (m.find()) {
      return m.group(1) != null ? m.group(1) : m.group(2);
    }
    throw new StoreException(
        sheet.getSheetName()
            + ": expected the base year of constant prices in the sheet name or title, such as \"Constant (2023) US$\".");
  }

  /** The header row: the first row whose column A says "Country" (or "Region"). */
  private static Row header(Sheet sheet, String word) {
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

  private static Map<Integer, Integer> yearColumns(Row header) {
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

  private static int column(Row header, String heading) {
    for (Cell c : header) {
      if (Workbooks.text(c).toLowerCase(Locale.ROOT).startsWith(heading)) {
        return c.getColumnIndex();
      }
    }
    return -1;
  }

  private static XSSFFont font(Cell c) {
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

  private static int readCountrySheet(
      Sheet sheet,
      Kind kind,
      Countries countries,
      List<Observation> out,
      List<ImportedRelease.Flag> flags,
      Set<String> seen,
      Map<String, String> notes,
      int[] counts) {
    Row header = header(sheet, "Country");
    Map<Integer, Integer> years = yearColumns(header);
    int notesColumn = column(header, "notes");
    int currencyColumn = column(header, "currency");
    int fyColumn = column(header, "fiscal year");
    if (kind.localCurrency() && currencyColumn < 0) {
      throw new StoreException(
          sheet.getSheetName()
              + " row "
              + (header.getRowNum() + 1)
              + ": expected a \"Currency\" column.");
    }
    int maxYear = 0;
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
      boolean hasFigures = false;
      for (int col : years.keySet()) {
        Cell c = row.getCell(col);
        if (c != null && (Workbooks.isNumber(c) || !Workbooks.text(c).isEmpty())) {
          hasFigures = true;
          break;
        }
      }
      if (!hasFigures) {
        continue; // notes under the table
      }
      String code =
          countries
              .find(name)
              .map(Country::iso3)
              .orElseThrow(
                  () ->
                      new StoreException(
                          Workbooks.address(nameCell)
                              + ": unknown country '"
                              + name
                              + "': expected a country SIPRI lists (the reference table knows "
                              + countries.all().size()
                              + " names; add the name to reference/countries.csv as an alias)."));
      seen.add(code);
      if (notesColumn >= 0 && !Workbooks.text(row.getCell(notesColumn)).isEmpty()) {
        notes.putIfAbsent(code, Workbooks.text(row.getCell(notesColumn)));
      }
      String unit = kind.unit();
      if (kind.localCurrency()) {
        String currency =
            Workbooks.text(row.getCell(currencyColumn)).replaceAll("\\s+", " ").strip();
        if (currency.isEmpty()) {
          throw new StoreException(
              Workbooks.address(
                      row.getCell(currencyColumn, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK))
                  + ": expected the currency of "
                  + name
                  + ".");
        }
        unit = unit.replace("{currency}", currency + " (whole units)");
        if (fyColumn >= 0 && !Workbooks.text(row.getCell(fyColumn)).isEmpty()) {
          unit = unit + " " + Workbooks.text(row.getCell(fyColumn));
        }
      }
      for (Map.Entry<Integer, Integer> y : years.entrySet()) {
        Cell c = row.getCell(y.getKey());
        if (c == null) {
          continue;
        }
        String text = Workbooks.text(c);
        if (!Workbooks.isNumber(c)) {
          if (text.isEmpty()) {
            continue;
          }
          if (text.equals("...") || text.equals(". .")) {
            counts[2]++;
          } else if (text.equalsIgnoreCase("xxx")) {
            counts[3]++;
          } else {
            throw new StoreException(
                Workbooks.address(c)
                    + ": expected a number, \"...\" (missing) or \"xxx\" (state did not exist), found '"
                    + text
                    + "'.");
          }
          continue;
        }
        double v = Workbooks.number(c);
        if (kind.percent()) {
          v = new BigDecimal(Double.toString(v)).multiply(BigDecimal.valueOf(100)).doubleValue();
        }
        int colour = colour(c);
        counts[0] += colour == 1 ? 1 : 0;
        counts[1] += colour == 2 ? 1 : 0;
        if (colour == 2) {
          flags.add(
              new ImportedRelease.Flag(code, y.getValue(), kind.indicator(), "uncertain", null));
        }
        maxYear = Math.max(maxYear, y.getValue());
        out.add(
            new Observation("", code, y.getValue(), kind.indicator(), unit, v, colour == 1, ""));
      }
    }
    return maxYear;
  }

  /**
   * The regional totals: World, regions, subregions, in billions, constant (and one current)
   * column.
   */
  private static int readRegions(
      Sheet sheet,
      List<Observation> out,
      List<ImportedRelease.Flag> flags,
      String baseYear,
      int[] counts) {
    if (sheet == null) {
      return 0;
    }
    Row header = header(sheet, "Region");
    Map<Integer, Integer> years = yearColumns(header);
    int currentColumn = -1;
    int currentYear = 0;
    for (Cell c : header) {
      Matcher m =
          Pattern.compile("^((?:19|20)\\d{2}) \\(current", Pattern.CASE_INSENSITIVE)
              .matcher(Workbooks.text(c));
      if (m.find()) {
        currentColumn = c.getColumnIndex();
        currentYear = Integer.parseInt(m.group(1));
      }
    }
    int n = 0;
    for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || Workbooks.text(row.getCell(0)).isEmpty()) {
        continue;
      }
      String name = Workbooks.text(row.getCell(0));
      String code =
          "SIPRI_" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_").replaceAll("_+$", "");
      boolean any = false;
      for (Map.Entry<Integer, Integer> y : years.entrySet()) {
        Cell c = row.getCell(y.getKey());
        if (c != null && Workbooks.isNumber(c)) {
          any = true;
          out.add(
              new Observation(
                  "",
                  code,
                  y.getValue(),
                  "sipri_constant_usd",
                  "billion USD " + baseYear + " prices",
                  Workbooks.number(c),
                  false,
                  ""));
          if (colour(c) == 2) {
            flags.add(
                new ImportedRelease.Flag(
                    code, y.getValue(), "sipri_constant_usd", "estimates_over_10pct", null));
          }
        } else if (c != null && Workbooks.text(c).startsWith(".")) {
          counts[2]++;
        }
      }
      if (currentColumn >= 0) {
        Cell c = row.getCell(currentColumn);
        if (c != null && Workbooks.isNumber(c)) {
          out.add(
              new Observation(
                  "",
                  code,
                  currentYear,
                  "sipri_current_usd",
                  "billion USD",
                  Workbooks.number(c),
                  false,
                  ""));
        }
      }
      n += any ? 1 : 0;
    }
    return n;
  }

  private static List<ImportedRelease.Footnote> readFootnotes(Sheet sheet) {
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
