package org.burdenshare.store.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellReference;
import org.burdenshare.store.StoreException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A worksheet read as a stream of rows, the way POI's event API reads it: the sheet's XML part is
 * parsed once, each row handed on as it ends, and nothing of the sheet is kept here, so that memory
 * does not grow with the workbook (the object model of the whole workbook, {@code XSSFWorkbook},
 * takes some 40 times the file's size). Cells carry what an importer reads in a spreadsheet: their
 * text as shown (shared, inline or a formula's cached text), their number, and the colour and
 * weight of their font from the workbook's styles.
 */
final class SheetRows {
  private SheetRows() {}

  /** Colour codes of a font: SIPRI prints estimates in blue and highly uncertain figures in red. */
  static final int OTHER = 0;

  static final int BLUE = 1;

  static final int RED = 2;

  /**
   * One cell as printed.
   *
   * @param text its text, stripped, or "" for numbers, blanks, booleans and errors
   * @param value its number as written in the file when the cell is numeric, else null
   * @param colour {@link #BLUE}, {@link #RED} or {@link #OTHER}, from its font
   */
  record Cell(
      String sheet, int row, int column, String text, String value, int colour, boolean bold) {
    boolean isNumber() {
      return value != null;
    }

    /** The number; a numeric cell whose content is not a number (a corrupted file) names itself. */
    double number() {
      try {
        return value.isEmpty() ? 0 : Decimals.parse(value);
      } catch (NumberFormatException e) {
        throw new StoreException(
            address()
                + ": the cell cannot be read as a number ("
                + e.getMessage()
                + "); the file may be corrupted.");
      }
    }

    /** Its address for messages: Sheet!B12. */
    String address() {
      return address(sheet, row, column);
    }

    static String address(String sheet, int row, int column) {
      return sheet + "!" + new CellReference(row, column).formatAsString(false);
    }

    /** A header cell's year, written as text or as a number ("2019", 2019), or "" for neither. */
    String yearText() {
      if (!text.isEmpty() || !isNumber()) {
        return text;
      }
      double v = number();
      return v == Math.rint(v) ? Integer.toString((int) v) : "";
    }
  }

  /** A row as printed: its index (0-based) and its cells with content, left to right. */
  record Row(int index, List<Cell> cells) {
    /** The cell in a column, or null. */
    Cell cell(int column) {
      for (Cell c : cells) {
        if (c.column() == column) {
          return c;
        }
      }
      return null;
    }

    /** The text in a column, or "". */
    String text(int column) {
      Cell c = cell(column);
      return c == null ? "" : c.text();
    }
  }

  /** What a reader does with each row; returning false stops the reading. */
  @FunctionalInterface
  interface RowReader {
    boolean row(Row row);
  }

  /** Thrown to stop the parser once a reader has what it needs. */
  private static final class Enough extends SAXException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super("enough rows");
    }
  }

  /**
   * The workbook-wide tables a sheet's cells point into.
   *
   * @param strings the shared strings as shown
   * @param styles the cell styles' fonts, or null for a workbook without styles
   */
  record Tables(String[] strings, XlsxStyles styles) {}

  /** Reads a sheet's XML part, handing each row to the reader in the order the file has them. */
  static void read(String sheet, byte[] part, Tables tables, RowReader reader) {
    Handler handler = new Handler(sheet, tables, reader);
    try {
      XmlScanner.parse(part, handler);
    } catch (Enough e) {
      // the reader has what it needs
    } catch (SAXException e) {
      throw new StoreException(
          "the sheet \""
              + sheet
              + "\" cannot be read: its XML is malformed ("
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
              + "). The file may be truncated or corrupted; nothing was imported.");
    }
  }

  /** Font colour and weight by style index, worked out once per style. */
  private static final class Fonts {
    private final XlsxStyles styles;
    private final int[] colour; // by style, or -1 where not yet worked out

    Fonts(XlsxStyles styles) {
      this.styles = styles;
      this.colour = new int[styles == null ? 0 : styles.size()];
      java.util.Arrays.fill(colour, -1);
    }

    /** The colour of a style, or a message naming the cell for a style the workbook lacks. */
    int colour(int style, String sheet, int row, int column) {
      if (style < 0) {
        throw new StoreException(
            Cell.address(sheet, row, column)
                + ": the cell's style is negative; the file may be corrupted.");
      }
      if (styles == null) {
        return OTHER;
      }
      if (style >= colour.length) {
        throw new StoreException(
            Cell.address(sheet, row, column)
                + ": the cell's style "
                + style
                + " is not in the workbook's styles; the file may be corrupted.");
      }
      if (colour[style] < 0) {
        colour[style] = colour(styles.indexed()[style], styles.rgb()[style]);
      }
      return colour[style];
    }

    boolean bold(int style) {
      return styles != null && styles.bold()[style];
    }

    /** SIPRI's blue (indexed 12, or any clear blue), red (indexed 10, or any clear red). */
    private static int colour(int indexed, int rgb) {
      if (indexed == 12) {
        return BLUE;
      }
      if (indexed == 10) {
        return RED;
      }
      if (rgb >= 0) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        if (b > 150 && r < 100 && g < 100) {
          return BLUE;
        }
        if (r > 150 && g < 100 && b < 100) {
          return RED;
        }
      }
      return OTHER;
    }
  }

  /** The SAX handler: rows and cells of {@code sheetData}, their values and styles. */
  private static final class Handler extends DefaultHandler {
    private final String sheet;
    private final String[] strings;
    private final Fonts fonts;
    private final RowReader reader;
    private int row = -1;
    private List<Cell> cells = new ArrayList<>();
    private int column = -1;
    private String type;
    private int style;
    private boolean formula;
    private StringBuilder text; // the characters of the element being collected, or null
    private final StringBuilder collecting = new StringBuilder();
    private String v; // the cell's <v>
    private StringBuilder inline; // the text of an inline string's <t> runs
    private boolean phonetic; // inside <rPh>, which Excel does not show

    Handler(String sheet, Tables tables, RowReader reader) {
      this.sheet = sheet;
      this.strings = tables.strings();
      this.fonts = new Fonts(tables.styles());
      this.reader = reader;
    }

    private static String name(String localName, String qName) {
      if (localName != null && !localName.isEmpty()) {
        return localName;
      }
      int colon = qName.indexOf(':');
      return colon < 0 ? qName : qName.substring(colon + 1);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) {
      switch (name(localName, qName)) {
        case "row" -> {
          int r = a instanceof PlainAttributes p ? p.digits("r") : PlainAttributes.OTHER;
          row = r >= 0 ? r - 1 : a.getValue("r") == null ? row + 1 : rowIndex(a.getValue("r"));
          cells = new ArrayList<>();
          column = -1;
        }
        case "c" -> {
          // the usual forms without a String each (r="AB12" s="3" t="s"), any other as written
          PlainAttributes p = a instanceof PlainAttributes plain ? plain : null;
          int c = p != null ? p.column("r") : PlainAttributes.OTHER;
          String r = c == PlainAttributes.OTHER ? a.getValue("r") : null;
          column = c >= 0 ? c : r == null ? column + 1 : column(r);
          String t = p != null ? p.shared("t") : a.getValue("t");
          type = t == null ? "n" : t;
          int s = p != null ? p.digits("s") : PlainAttributes.OTHER;
          String styled = s == PlainAttributes.OTHER ? a.getValue("s") : null;
          style = s >= 0 ? s : styled == null ? 0 : styleIndex(styled);
          formula = false;
          v = null;
          inline = null;
        }
        case "f" -> formula = true;
        case "v" -> text = collected();
        case "is" -> inline = new StringBuilder();
        case "rPh" -> phonetic = true;
        case "t" -> text = inline != null && !phonetic ? collected() : null;
        default -> {}
      }
    }

    /** The one buffer of an element's text, emptied: a {@code <v>} or {@code <t>} has no other. */
    private StringBuilder collected() {
      collecting.setLength(0);
      return collecting;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (text != null) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      switch (name(localName, qName)) {
        case "v" -> {
          v = text.toString();
          text = null;
        }
        case "t" -> {
          if (text != null && inline != null) {
            inline.append(text);
          }
          text = null;
        }
        case "rPh" -> phonetic = false;
        case "c" -> cell();
        case "row" -> {
          if (!reader.row(new Row(row, List.copyOf(cells)))) {
            throw new Enough();
          }
        }
        default -> {}
      }
    }

    /** A cell's text and number as a spreadsheet shows them; empty cells are not kept. */
    private void cell() {
      String shown = "";
      String number = null;
      switch (type) {
        case "s" -> {
          if (v != null && !formula) {
            shown = sharedString(v);
          }
        }
        case "inlineStr" -> shown = inline == null ? "" : inline.toString();
        case "str" -> shown = v == null ? "" : v;
        case "n" -> number = v == null && !formula ? null : v == null ? "" : v;
        default -> {} // booleans, errors: neither text nor number
      }
      shown = shown.strip();
      if (shown.isEmpty() && number == null) {
        return;
      }
      int colour = fonts.colour(style, sheet, row, column);
      cells.add(new Cell(sheet, row, column, shown, number, colour, fonts.bold(style)));
    }

    private String sharedString(String index) {
      int i;
      try {
        i = Integer.parseInt(index.strip());
      } catch (NumberFormatException e) {
        i = -1;
      }
      if (i < 0 || i >= strings.length) {
        throw new StoreException(
            Cell.address(sheet, row, column)
                + ": the cell's text "
                + index
                + " is not in the workbook's shared strings; the file may be corrupted.");
      }
      return strings[i];
    }

    /**
     * The column of a cell reference: for the plain form every workbook writes ("AB12") read here,
     * any other ("$AB$12", "ab12") as POI's {@link CellReference} reads it.
     */
    private static int column(String ref) {
      int letters = 0;
      int column = 0;
      while (letters < ref.length() && letters < 3) {
        char c = ref.charAt(letters);
        if (c < 'A' || c > 'Z') {
          break;
        }
        column = column * 26 + (c - 'A' + 1);
        letters++;
      }
      boolean plain = letters > 0 && letters < ref.length();
      for (int i = letters; plain && i < ref.length(); i++) {
        plain = ref.charAt(i) >= '0' && ref.charAt(i) <= '9';
      }
      return plain ? column - 1 : new CellReference(ref).getCol();
    }

    private int rowIndex(String r) {
      try {
        return Integer.parseInt(r.strip()) - 1;
      } catch (NumberFormatException e) {
        throw new StoreException(
            sheet
                + ": a row is numbered '"
                + r
                + "', not a number; the file may be corrupted. Nothing was imported.");
      }
    }

    private int styleIndex(String s) {
      try {
        return Integer.parseInt(s.strip());
      } catch (NumberFormatException e) {
        throw new StoreException(
            sheet
                + " row "
                + (row + 1)
                + ": a cell's style is '"
                + s.toLowerCase(Locale.ROOT)
                + "', not a number; the file may be corrupted. Nothing was imported.");
      }
    }
  }
}
