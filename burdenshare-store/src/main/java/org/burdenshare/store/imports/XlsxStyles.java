package org.burdenshare.store.imports;

import static org.burdenshare.store.imports.XlsxParts.attribute;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.burdenshare.store.StoreException;
import org.xml.sax.Attributes;

/**
 * The font of each cell style (by its index in the workbook's {@code cellXfs}): the RGB of its
 * colour (or -1 for none), its indexed colour as POI reports it ({@code Font.getColor()}), and
 * whether it is bold: what {@link SheetRows} needs to tell SIPRI's estimates (blue) and highly
 * uncertain figures (red), and region headings (bold), read from the styles part with a SAX parser
 * instead of POI's XMLBeans {@code StylesTable}. A colour means what it means to POI ({@code
 * XSSFFont.getXSSFColor().getRGB()}): an indexed colour through the workbook's own palette or else
 * Excel's default one, a theme colour through the theme's colour scheme, before one written as RGB.
 */
record XlsxStyles(int[] rgb, int[] indexed, boolean[] bold) {
  int size() {
    return rgb.length;
  }

  /** The fonts of a workbook's cell styles, from its styles part and theme part (or null). */
  static XlsxStyles read(XlsxParts workbook, String part, String themePart) {
    StylesReader r = new StylesReader();
    workbook.parse(part, r);
    int[][] theme =
        r.usesTheme && themePart != null ? themeColours(workbook, themePart) : new int[0][];
    int n = r.cellXfs.size();
    int[] rgb = new int[n];
    int[] indexed = new int[n];
    boolean[] bold = new boolean[n];
    for (int i = 0; i < n; i++) {
      int[] xf = r.cellXfs.get(i); // {fontId or -1, xfId}
      int fontId = xf[0];
      if (fontId < 0) {
        int styleXf = xf[1];
        fontId = styleXf >= 0 && styleXf < r.cellStyleXfs.size() ? r.cellStyleXfs.get(styleXf) : -1;
      }
      if (fontId < 0 || fontId >= r.fonts.size()) {
        throw new StoreException(
            workbook.file
                + ": the cell style "
                + i
                + " names a font the workbook's styles lack; the file may be corrupted. Nothing"
                + " was imported.");
      }
      Font f = r.fonts.get(fontId);
      indexed[i] = f.indexedAsReported();
      bold[i] = f.bold;
      rgb[i] = f.rgb(r.palette, theme);
    }
    return new XlsxStyles(rgb, indexed, bold);
  }

  /** A font as the styles part gives it. */
  private static final class Font {
    boolean bold;
    boolean hasColour;
    int indexed = -1; // its colour's indexed attribute, or -1
    int theme = -1; // its colour's theme attribute, or -1
    int rgb = -1; // its colour's rgb attribute, or -1

    /** The RGB of its colour as POI works it out (XSSFColor.getRGB), or -1 for none. */
    int rgb(List<Integer> palette, int[][] theme) {
      if (!hasColour) {
        return -1;
      }
      if (indexed >= 0) {
        if (!palette.isEmpty()) {
          return indexed < palette.size() ? palette.get(indexed) : -1;
        }
        byte[] d = DefaultIndexedColorMap.getDefaultRGB(indexed);
        return d == null || d.length < 3
            ? -1
            : (d[d.length - 3] & 0xff) << 16
                | (d[d.length - 2] & 0xff) << 8
                | d[d.length - 1] & 0xff;
      }
      if (this.theme >= 0 && this.theme < theme.length && theme[this.theme] != null) {
        return theme[this.theme][0];
      }
      return rgb;
    }

    /** POI's {@code Font.getColor()}: black (8) without a colour, else the indexed one or 0. */
    int indexedAsReported() {
      return !hasColour ? 8 : Math.max(indexed, 0);
    }
  }

  /** The fonts, cell styles and palette of a styles part. */
  private static final class StylesReader extends XlsxParts.Elements {
    final List<Font> fonts = new ArrayList<>();
    final List<int[]> cellXfs = new ArrayList<>();
    final List<Integer> cellStyleXfs = new ArrayList<>();
    final List<Integer> palette = new ArrayList<>();
    boolean usesTheme;
    private final List<String> path = new ArrayList<>();
    private Font font; // the font being read, directly in <fonts>

    @Override
    void start(String name, Attributes a) {
      String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
      path.add(name);
      switch (name) {
        case "font" -> {
          if (parent.equals("fonts")) {
            font = new Font();
            fonts.add(font);
          }
        }
        case "b" -> {
          if (font != null && parent.equals("font")) {
            String v = attribute(a, "val");
            font.bold = v == null || v.equals("1") || v.equalsIgnoreCase("true");
          }
        }
        case "color" -> {
          if (font != null && parent.equals("font") && !font.hasColour) {
            font.hasColour = true;
            font.indexed = number(attribute(a, "indexed"));
            font.theme = number(attribute(a, "theme"));
            font.rgb = hexColour(attribute(a, "rgb"));
            usesTheme |= font.theme >= 0;
          }
        }
        case "xf" -> {
          int fontId = number(attribute(a, "fontId"));
          if (parent.equals("cellXfs")) {
            cellXfs.add(new int[] {fontId, Math.max(0, number(attribute(a, "xfId")))});
          } else if (parent.equals("cellStyleXfs")) {
            cellStyleXfs.add(Math.max(0, fontId));
          }
        }
        case "rgbColor" -> {
          if (parent.equals("indexedColors")) {
            palette.add(hexColour(attribute(a, "rgb")));
          }
        }
        default -> {}
      }
    }

    @Override
    void end(String name) {
      path.remove(path.size() - 1);
      if (name.equals("font")) {
        font = null;
      }
    }
  }

  /**
   * The theme's colours by the index a cell's colour gives (light 1, dark 1, light 2, dark 2, six
   * accents, two hyperlink colours, in POI's order), each {rgb}, or null where the theme has none.
   */
  private static int[][] themeColours(XlsxParts workbook, String part) {
    int[][] colours = new int[12][];
    List<String> order =
        List.of(
            "lt1",
            "dk1",
            "lt2",
            "dk2",
            "accent1",
            "accent2",
            "accent3",
            "accent4",
            "accent5",
            "accent6",
            "hlink",
            "folHlink");
    workbook.parse(
        part,
        new XlsxParts.Elements() {
          private boolean scheme;
          private int current = -1;

          @Override
          void start(String name, Attributes a) {
            if (name.equals("clrScheme")) {
              scheme = true;
            } else if (scheme && order.contains(name)) {
              current = order.indexOf(name);
            } else if (current >= 0 && colours[current] == null) {
              int rgb =
                  name.equals("srgbClr")
                      ? hexColour(attribute(a, "val"))
                      : name.equals("sysClr") ? hexColour(attribute(a, "lastClr")) : -1;
              if (rgb >= 0) {
                colours[current] = new int[] {rgb};
              }
            }
          }

          @Override
          void end(String name) {
            if (name.equals("clrScheme")) {
              scheme = false;
            } else if (order.contains(name)) {
              current = -1;
            }
          }
        });
    return colours;
  }

  /** A whole number attribute, or -1 for none or one that is not a number. */
  private static int number(String s) {
    if (s == null) {
      return -1;
    }
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** An RGB or ARGB colour in hex ("FF0000FF", "0000FF") as RGB, or -1 for none or another form. */
  private static int hexColour(String s) {
    if (s == null || (s.length() != 6 && s.length() != 8)) {
      return -1;
    }
    try {
      return Integer.parseUnsignedInt(s.substring(s.length() - 6), 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
