package org.burdenshare.store.imports;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small workbooks in SIPRI's layout for the importer's tests: a title, a header row whose
 * first cell is "Country", bold region headings, notes, figures in blue (estimates) and red (highly
 * uncertain), "..." and "xxx", a footnotes sheet and regional totals. Each test mutates the parts
 * it needs.
 */
final class SyntheticSipri {
  /** What to build; tests change the fields before {@link #write}. */
  static final class Spec {
    int headerRow = 5;
    List<String> sheets =
        new ArrayList<>(
            List.of(
                "Constant (2023) US$",
                "Current US$",
                "Share of GDP",
                "Regional totals",
                "Footnotes"));
    String germanyName = "Germany";
    Object germany2020Current = 52_000.5; // a number, or text to break it
    Consumer<XSSFWorkbook> mutate = wb -> {};
  }

  private SyntheticSipri() {}

  static Path write(Path dir, Spec spec) throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    Font boldFont = wb.createFont();
    boldFont.setBold(true);
    CellStyle bold = wb.createCellStyle();
    bold.setFont(boldFont);
    Font blueFont = wb.createFont();
    blueFont.setColor(IndexedColors.BLUE.getIndex()); // indexed 12, SIPRI's estimates
    CellStyle blue = wb.createCellStyle();
    blue.setFont(blueFont);
    Font redFont = wb.createFont();
    redFont.setColor(IndexedColors.RED.getIndex()); // indexed 10, highly uncertain
    CellStyle red = wb.createCellStyle();
    red.setFont(redFont);
    for (String name : spec.sheets) {
      Sheet s = wb.createSheet(name);
      if (name.startsWith("Footnotes")) {
        s.createRow(0).createCell(0).setCellValue("Footnotes and special notes");
        Row r = s.createRow(4);
        r.createCell(0).setCellValue("§");
        r.createCell(1).setCellValue("Figures for these countries are for the adopted budget.");
        Row n = s.createRow(11);
        n.createCell(0).setCellValue(1);
        n.createCell(2).setCellValue("Germany: figures include pensions.");
        continue;
      }
      if (name.startsWith("Regional")) {
        s.createRow(0)
            .createCell(0)
            .setCellValue("Military expenditure by region in constant US dollars");
        Row h = s.createRow(spec.headerRow);
        h.createCell(0).setCellValue("Region");
        for (int y = 2020; y <= 2022; y++) {
          h.createCell(1 + y - 2020).setCellValue(y);
        }
        h.createCell(4).setCellValue("2022 (current prices)");
        Row w = s.createRow(spec.headerRow + 1);
        w.createCell(0).setCellValue("World");
        w.createCell(1).setCellValue(1900.25);
        w.createCell(2).setCellValue("...");
        Cell est = w.createCell(3);
        est.setCellValue(2000.5);
        est.setCellStyle(red);
        w.createCell(4).setCellValue(2100.75);
        continue;
      }
      String title =
          name.contains("Constant")
              ? "Military expenditure by country, in constant (2023) US$ m."
              : name.contains("Current")
                  ? "Military expenditure by country, in current US$ m."
                  : "Military expenditure by country as a share of GDP";
      s.createRow(0).createCell(0).setCellValue(title);
      Row h = s.createRow(spec.headerRow);
      h.createCell(0).setCellValue("Country");
      h.createCell(1).setCellValue("Notes");
      for (int y = 2020; y <= 2022; y++) {
        h.createCell(2 + y - 2020).setCellValue(Integer.toString(y));
      }
      Row region = s.createRow(spec.headerRow + 2);
      Cell europe = region.createCell(0);
      europe.setCellValue("Europe");
      europe.setCellStyle(bold);
      boolean share = name.contains("GDP");
      Row de = s.createRow(spec.headerRow + 3);
      de.createCell(0).setCellValue(spec.germanyName);
      de.createCell(1).setCellValue("§1");
      Cell c2020 = de.createCell(2);
      if (name.contains("Current") && spec.germany2020Current instanceof String text) {
        c2020.setCellValue(text);
      } else {
        c2020.setCellValue(
            share
                ? 0.0134
                : name.contains("Current") ? (Double) spec.germany2020Current : 51_000.25);
      }
      Cell c2021 = de.createCell(3);
      c2021.setCellValue(share ? 0.0141 : 56_000);
      c2021.setCellStyle(blue);
      Cell c2022 = de.createCell(4);
      c2022.setCellValue(share ? 0.0139 : 55_500);
      c2022.setCellStyle(red);
      Row ddr = s.createRow(spec.headerRow + 4);
      ddr.createCell(0).setCellValue("German Democratic Republic");
      ddr.createCell(2).setCellValue("xxx");
      ddr.createCell(3).setCellValue("xxx");
      ddr.createCell(4).setCellValue("xxx");
      Row ru = s.createRow(spec.headerRow + 5);
      ru.createCell(0).setCellValue("Russia");
      ru.createCell(2).setCellValue(share ? 0.041 : 60_000);
      ru.createCell(3).setCellValue("...");
      ru.createCell(4).setCellValue(share ? 0.058 : 90_000);
    }
    spec.mutate.accept(wb);
    Path file = Files.createTempFile(dir, "sipri", ".xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    wb.close();
    return file;
  }
}
