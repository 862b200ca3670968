package org.burdenshare.store.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.burdenshare.store.StoreException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An Excel workbook (.xlsx) as the parts of its zip package, inflated once while the package is
 * checked ({@link Workbooks#parts}), and what ties them together, read with {@link XmlScanner} (no
 * DOCTYPE, no external entities): the sheets in the workbook's order and the part of each, the
 * shared strings, the font colour and weight of each cell style, and the date the workbook says it
 * was created; the cell styles' fonts are {@link XlsxStyles}'.
 *
 * <p>The importers that read sheets as streams of rows used POI's package and styles objects for
 * this ({@code OPCPackage}, {@code XSSFReader}, XMLBeans' {@code StylesTable}), whose loading and
 * building was a third of a SIPRI import's reading. A colour means here what it means to POI: an
 * indexed colour through the workbook's own palette or else Excel's default one, a theme colour
 * through the theme's colour scheme, before a colour written as RGB.
 */
final class XlsxParts {
  /** A sheet as the workbook lists it: its name and the part that holds its cells. */
  record Sheet(String name, String part) {}

  private static final String RELATIONSHIPS = "_rels/.rels";

  final Path file;
  private final Map<String, byte[]> parts; // by name in lower case, without a leading '/'
  private final String workbook;
  private final Map<String, String> workbookRelations; // relationship id -> part
  private final Map<String, String> workbookTypes; // relationship type's last word -> first part

  private XlsxParts(Path file, Map<String, byte[]> parts) {
    this.file = file;
    this.parts = parts;
    if (!parts.containsKey("[content_types].xml")) {
      throw notAWorkbook("it holds no [Content_Types].xml");
    }
    parse("[content_types].xml", new DefaultHandler()); // well-formed, as POI required
    Relations root = relations("");
    workbook = root.byType.get("officedocument");
    if (workbook == null || !parts.containsKey(workbook)) {
      throw notAWorkbook("it names no workbook part");
    }
    Relations wb = relations(workbook);
    workbookRelations = wb.byId;
    workbookTypes = wb.byType;
  }

  /** The parts of a zip package already inflated, by name as the zip gives them. */
  static XlsxParts of(Path file, Map<String, byte[]> inflated) {
    Map<String, byte[]> byName = new HashMap<>();
    inflated.forEach(
        (name, bytes) ->
            byName.putIfAbsent(
                (name.startsWith("/") ? name.substring(1) : name).toLowerCase(Locale.ROOT), bytes));
    return new XlsxParts(file, byName);
  }

  StoreException notAWorkbook(String why) {
    return new StoreException(
        file
            + " is not an Excel workbook (.xlsx) — it may be another kind of file renamed, or"
            + " truncated. ("
            + why
            + ")");
  }

  /** A part's bytes; a part the workbook names that the file lacks is named. */
  byte[] open(String part, String what) {
    byte[] b = parts.get(part);
    if (b == null) {
      throw new StoreException(
          file
              + ": "
              + what
              + " is missing (its part "
              + part
              + " is not in the file). The file may be truncated or corrupted; nothing was"
              + " imported.");
    }
    return b;
  }

  /** The sheets in the order the workbook lists them. */
  List<Sheet> sheets() {
    List<Sheet> sheets = new ArrayList<>();
    parse(
        workbook,
        new Elements() {
          @Override
          void start(String name, Attributes a) {
            if (name.equals("sheet")) {
              String sheetName = attribute(a, "name");
              String part = workbookRelations.get(attribute(a, "id"));
              if (sheetName == null || part == null) {
                throw new StoreException(
                    file
                        + ": the workbook lists a sheet "
                        + (sheetName == null ? "without a name" : "\"" + sheetName + "\"")
                        + " without its part. The file may be corrupted; nothing was imported.");
              }
              sheets.add(new Sheet(sheetName, part));
            }
          }
        });
    return sheets;
  }

  /** The shared strings as a spreadsheet shows them, without phonetic runs; none if no part. */
  String[] sharedStrings() {
    String part = workbookTypes.get("sharedstrings");
    if (part == null || !parts.containsKey(part)) {
      return new String[0];
    }
    List<String> strings = new ArrayList<>();
    parse(
        part,
        new Elements() {
          private final StringBuilder text = new StringBuilder();
          private boolean inT;
          private boolean phonetic;

          @Override
          void start(String name, Attributes a) {
            switch (name) {
              case "si" -> text.setLength(0);
              case "t" -> inT = !phonetic;
              case "rPh" -> phonetic = true;
              default -> {}
            }
          }

          @Override
          void end(String name) {
            switch (name) {
              case "si" -> strings.add(unescaped(text.toString()));
              case "t" -> inT = false;
              case "rPh" -> phonetic = false;
              default -> {}
            }
          }

          @Override
          public void characters(char[] ch, int start, int length) {
            if (inT) {
              text.append(ch, start, length);
            }
          }
        });
    return strings.toArray(String[]::new);
  }

  /**
   * Excel's escapes of characters XML cannot hold ("_x000D_"), decoded as POI decodes them in the
   * shared strings.
   */
  static String unescaped(String s) {
    int at = s.indexOf("_x");
    if (at < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int from = 0;
    for (; at >= 0; at = s.indexOf("_x", at + 1)) {
      if (at < from || at + 7 > s.length() || s.charAt(at + 6) != '_') {
        continue;
      }
      int code = 0;
      boolean hex = true;
      for (int i = at + 2; i < at + 6 && hex; i++) {
        int d = Character.digit(s.charAt(i), 16);
        hex = d >= 0 && s.charAt(i) < 128;
        code = code * 16 + d;
      }
      if (hex) {
        out.append(s, from, at).append((char) code);
        from = at + 7;
      }
    }
    return from == 0 ? s : out.append(s, from, s.length()).toString();
  }

  /** The fonts of the cell styles, or null when the workbook has no styles part. */
  XlsxStyles styles() {
    String part = workbookTypes.get("styles");
    if (part == null || !parts.containsKey(part)) {
      return null;
    }
    String theme = workbookTypes.get("theme");
    return XlsxStyles.read(this, part, theme != null && parts.containsKey(theme) ? theme : null);
  }

  /** The date the workbook's core properties say it was created (in UTC), if they say. */
  Optional<LocalDate> created() {
    String core = relations("").byType.get("core-properties");
    if (core == null || !parts.containsKey(core)) {
      return Optional.empty();
    }
    StringBuilder created = new StringBuilder();
    boolean[] found = {false};
    parse(
        core,
        new Elements() {
          private boolean in;

          @Override
          void start(String name, Attributes a) {
            in = name.equals("created") && !found[0];
          }

          @Override
          void end(String name) {
            if (in) {
              found[0] = true;
            }
            in = false;
          }

          @Override
          public void characters(char[] ch, int start, int length) {
            if (in) {
              created.append(ch, start, length);
            }
          }
        });
    String s = created.toString().strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(
            s.length() <= 10 ? LocalDate.parse(s) : LocalDateTime.parse(s).toLocalDate());
      } catch (DateTimeParseException again) {
        throw notAWorkbook("its creation date '" + s + "' is not a date");
      }
    }
  }

  /** A part's relationships: the part each id points to, and the first part of each type. */
  private record Relations(Map<String, String> byId, Map<String, String> byType) {}

  /** The relationships of a part ("" for the package's own), targets resolved to part names. */
  private Relations relations(String source) {
    int slash = source.lastIndexOf('/');
    String folder = slash < 0 ? "" : source.substring(0, slash + 1);
    String name =
        source.isEmpty()
            ? RELATIONSHIPS
            : folder + "_rels/" + source.substring(slash + 1) + ".rels";
    Map<String, String> byId = new HashMap<>();
    Map<String, String> byType = new HashMap<>();
    if (!parts.containsKey(name)) {
      return new Relations(byId, byType);
    }
    parse(
        name,
        new Elements() {
          @Override
          void start(String element, Attributes a) {
            String target = attribute(a, "Target");
            if (!element.equals("Relationship")
                || target == null
                || "External".equalsIgnoreCase(attribute(a, "TargetMode"))) {
              return;
            }
            String part = resolve(folder, target);
            String id = attribute(a, "Id");
            if (id != null) {
              byId.putIfAbsent(id, part);
            }
            String type = String.valueOf(attribute(a, "Type"));
            byType.putIfAbsent(
                type.substring(type.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT), part);
          }
        });
    return new Relations(byId, byType);
  }

  /** A relationship's target as a part name: relative to the source's folder unless absolute. */
  private static String resolve(String folder, String target) {
    String path = target.startsWith("/") ? target.substring(1) : folder + target;
    List<String> segments = new ArrayList<>();
    for (String s : path.split("/")) {
      if (s.equals("..")) {
        if (!segments.isEmpty()) {
          segments.remove(segments.size() - 1);
        }
      } else if (!s.isEmpty() && !s.equals(".")) {
        segments.add(s);
      }
    }
    return String.join("/", segments).toLowerCase(Locale.ROOT);
  }

  /** Parses a part ({@link XmlScanner}); malformed XML is named. */
  void parse(String part, DefaultHandler handler) {
    try {
      XmlScanner.parse(parts.get(part), handler);
    } catch (SAXException e) {
      throw new StoreException(
          file
              + ": its part "
              + part
              + " cannot be read: its XML is malformed ("
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
              + "). The file may be truncated or corrupted; nothing was imported.");
    }
  }

  /** A SAX handler told elements by their local names. */
  abstract static class Elements extends DefaultHandler {
    void start(String name, Attributes a) {}

    void end(String name) {}

    @Override
    public final void startElement(String uri, String localName, String qName, Attributes a) {
      start(local(localName, qName), a);
    }

    @Override
    public final void endElement(String uri, String localName, String qName) {
      end(local(localName, qName));
    }
  }

  /** An element's or attribute's name without its prefix. */
  static String local(String localName, String qName) {
    if (localName != null && !localName.isEmpty()) {
      return localName;
    }
    int colon = qName.indexOf(':');
    return colon < 0 ? qName : qName.substring(colon + 1);
  }

  /** An attribute by its name without prefix, or null. */
  static String attribute(Attributes a, String name) {
    for (int i = 0; i < a.getLength(); i++) {
      if (local(a.getLocalName(i), a.getQName(i)).equals(name)) {
        return a.getValue(i);
      }
    }
    return null;
  }
}
