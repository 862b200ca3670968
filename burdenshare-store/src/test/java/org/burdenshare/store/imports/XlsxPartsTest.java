package org.burdenshare.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.burdenshare.store.StoreException;
import org.junit.jupiter.api.Test;

/**
 * The workbook's parts as {@link XlsxParts} and {@link XlsxStyles} read them agree with what POI
 * reads from the same bytes: sheets, shared strings, each cell style's font colour and weight, the
 * creation date.
 */
class XlsxPartsTest {
  private static final Path FILE = Path.of("fonts.xlsx");

  private static byte[] workbook() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      List<XSSFFont> fonts = new ArrayList<>();
      for (short indexed :
          new short[] {
            IndexedColors.BLUE.getIndex(),
            IndexedColors.RED.getIndex(),
            IndexedColors.BLUE1.getIndex(), // indexed 4 of the default palette: a clear blue
            IndexedColors.DARK_RED.getIndex(),
            IndexedColors.AUTOMATIC.getIndex()
          }) {
        XSSFFont f = wb.createFont();
        f.setColor(indexed);
        fonts.add(f);
      }
      for (int[] rgb : new int[][] {{0, 0, 200}, {200, 0, 0}, {0, 128, 255}}) {
        XSSFFont f = wb.createFont();
        f.setColor(new XSSFColor(new byte[] {(byte) rgb[0], (byte) rgb[1], (byte) rgb[2]}));
        fonts.add(f);
      }
      XSSFFont themed = wb.createFont();
      themed.setThemeColor((short) 4);
      fonts.add(themed);
      XSSFFont bold = wb.createFont();
      bold.setBold(true);
      fonts.add(bold);
      XSSFSheet first = wb.createSheet("Current US$");
      wb.createSheet("Footnotes");
      int row = 0;
      for (XSSFFont f : fonts) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(f);
        first.createRow(row++).createCell(0).setCellStyle(s);
      }
      first.createRow(row++).createCell(0).setCellValue("Côte d'Ivoire_x000D_");
      XSSFRichTextString rich = new XSSFRichTextString("Germany");
      rich.applyFont(0, 3, bold);
      first.createRow(row).createCell(0).setCellValue(rich);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static int rgb(XSSFFont f) {
    XSSFColor c = f.getXSSFColor();
    byte[] b = c == null ? null : c.getRGB();
    return b == null ? -1 : (b[0] & 0xff) << 16 | (b[1] & 0xff) << 8 | b[2] & 0xff;
  }

  @Test
  void readsWhatPoiReads() throws Exception {
    byte[] bytes = workbook();
    XlsxParts parts = XlsxParts.of(FILE, Workbooks.parts(FILE, bytes, true));
    XlsxStyles styles = parts.styles();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(styles.size()).isEqualTo(wb.getNumCellStyles()).isGreaterThan(10);
      for (int i = 0; i < wb.getNumCellStyles(); i++) {
        XSSFFont f = wb.getCellStyleAt(i).getFont();
        assertThat(styles.indexed()[i]).as("indexed colour of style " + i).isEqualTo(f.getColor());
        assertThat(styles.rgb()[i]).as("RGB of style " + i).isEqualTo(rgb(f));
        assertThat(styles.bold()[i]).as("bold of style " + i).isEqualTo(f.getBold());
      }
      assertThat(parts.sheets())
          .extracting(XlsxParts.Sheet::name)
          .containsExactly(wb.getSheetName(0), wb.getSheetName(1));
      assertThat(parts.created())
          .isEqualTo(
              Optional.of(
                  wb.getProperties()
                      .getCoreProperties()
                      .getCreated()
                      .toInstant()
                      .atZone(ZoneOffset.UTC)
                      .toLocalDate()));
    }
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(pkg, false);
      String[] strings = parts.sharedStrings();
      assertThat(strings).hasSize(poi.getCount()).contains("Côte d'Ivoire\r", "Germany");
      for (int i = 0; i < strings.length; i++) {
        assertThat(strings[i]).isEqualTo(poi.getItemAt(i).getString());
      }
      pkg.revert();
    }
  }

  @Test
  void aZipWithoutAWorkbookIsNoWorkbook() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      z.closeEntry();
    }
    Map<String, byte[]> parts = Workbooks.parts(FILE, out.toByteArray(), true);
    assertThatThrownBy(() -> XlsxParts.of(FILE, parts))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("is not an Excel workbook")
        .hasMessageContaining("no workbook part");
  }

  @Test
  void excelsEscapesAreDecodedAsPoiDecodesThem() {
    assertThat(XlsxParts.unescaped("a_x000D_b_x0009_")).isEqualTo("a\rb\t");
    assertThat(XlsxParts.unescaped("_x00_ and _xZZZZ_ stay")).isEqualTo("_x00_ and _xZZZZ_ stay");
    assertThat(XlsxParts.unescaped("plain")).isEqualTo("plain");
  }
}
