package org.burdenshare.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Damaged and nonsensical versions of a file, as an attacker or a careless user would make them:
 * truncations and flipped bytes; for workbooks, edits of the XML inside the zip (invalid XML,
 * DOCTYPEs and entities, huge strings, deep nesting, parts removed, NaN, infinities, negatives and
 * 1e308 in cells, year headers swapped, rows duplicated, sheets renamed and hidden, formulas); for
 * CSV files, the same nonsense in cells, duplicated and cut lines, swapped columns. Each input says
 * what was done to it, and the same seed gives the same inputs. Long (about 450 lines) because it
 * is a catalogue of damages, each a few lines.
 */
final class Corruptions {
  /** One damaged file: what was done, and its bytes. */
  record Input(String what, byte[] bytes) {}

  private Corruptions() {}

  private static final String[] NONSENSE = {
    "NaN",
    "Infinity",
    "-Infinity",
    "1e308",
    "1e309",
    "-1e308",
    "-1234.5",
    "250",
    "-3",
    "0x1p3",
    "12d",
    "",
    "1,5",
    "abc",
    "9".repeat(400)
  };

  // ------------------------------------------------------------------ workbooks

  private static final List<BiFunction<Map<String, byte[]>, Random, String>> XML_EDITS =
      List.of(
          Corruptions::cutXml,
          Corruptions::doctype,
          Corruptions::billionLaughs,
          Corruptions::hugeString,
          Corruptions::deepNesting,
          Corruptions::removePart,
          Corruptions::garbagePart,
          Corruptions::nonsenseInCells,
          Corruptions::nonsenseInCells,
          Corruptions::nonsenseInCells,
          Corruptions::swapYears,
          Corruptions::damageYearHeader,
          Corruptions::duplicateRow,
          Corruptions::duplicateRow,
          Corruptions::renameSheet,
          Corruptions::hideSheet,
          Corruptions::formula);

  /** {@code count} damaged copies of a workbook. */
  static List<Input> ofWorkbook(byte[] original, int count, long seed) {
    Random random = new Random(seed);
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(10);
      if (kind == 0) {
        int length = random.nextInt(original.length);
        inputs.add(new Input("truncated to " + length + " bytes", copy(original, length)));
      } else if (kind == 1) {
        byte[] b = original.clone();
        int flips = 1 + random.nextInt(8);
        for (int f = 0; f < flips; f++) {
          b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
        }
        inputs.add(new Input(flips + " bytes flipped", b));
      } else {
        Map<String, byte[]> parts = unzip(original);
        int edits = 1 + random.nextInt(3);
        List<String> done = new ArrayList<>();
        for (int e = 0; e < edits; e++) {
          done.add(XML_EDITS.get(random.nextInt(XML_EDITS.size())).apply(parts, random));
        }
        inputs.add(new Input(String.join("; ", done), zip(parts)));
      }
    }
    return inputs;
  }

  private static String cutXml(Map<String, byte[]> parts, Random random) {
    String name = anyXml(parts, random);
    byte[] b = parts.get(name);
    parts.put(name, copy(b, random.nextInt(Math.max(1, b.length))));
    return "XML of " + name + " cut short";
  }

  private static String doctype(Map<String, byte[]> parts, Random random) {
    String name = anyXml(parts, random);
    String entity =
        random.nextBoolean()
            ? "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            : "<!DOCTYPE r SYSTEM \"http://127.0.0.1:1/evil.dtd\">";
    parts.put(name, afterDeclaration(text(parts.get(name)), entity));
    return "DOCTYPE in " + name;
  }

  private static String billionLaughs(Map<String, byte[]> parts, Random random) {
    String name = anyXml(parts, random);
    StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"");
      dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String xml = text(afterDeclaration(text(parts.get(name)), dtd.toString()));
    parts.put(name, xml.replaceFirst("<t>", "<t>&l9;").getBytes(StandardCharsets.UTF_8));
    return "billion laughs in " + name;
  }

  private static String hugeString(Map<String, byte[]> parts, Random random) {
    String name =
        parts.containsKey("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : anyXml(parts, random);
    String xml = text(parts.get(name));
    String huge = "A".repeat(2_000_000 + random.nextInt(3_000_000));
    parts.put(
        name,
        xml.replaceFirst("<t>[^<]*</t>", "<t>" + huge + "</t>").getBytes(StandardCharsets.UTF_8));
    return "a string of " + huge.length() + " characters in " + name;
  }

  private static String deepNesting(Map<String, byte[]> parts, Random random) {
    String name = anyXml(parts, random);
    String xml = text(parts.get(name));
    int depth = 10_000 + random.nextInt(90_000);
    int close = xml.lastIndexOf("</");
    if (close < 0) {
      return "no nesting possible in " + name;
    }
    parts.put(
        name,
        (xml.substring(0, close)
                + "<x>".repeat(depth)
                + "</x>".repeat(depth)
                + xml.substring(close))
            .getBytes(StandardCharsets.UTF_8));
    return depth + " nested elements in " + name;
  }

  private static String removePart(Map<String, byte[]> parts, Random random) {
    String name = anyXml(parts, random);
    parts.remove(name);
    return name + " removed";
  }

  private static String garbagePart(Map<String, byte[]> parts, Random random) {
    String name = anyXml(parts, random);
    byte[] b = new byte[1 + random.nextInt(4096)];
    random.nextBytes(b);
    parts.put(name, b);
    return name + " replaced by random bytes";
  }

  private static final Pattern NUMBER_CELL =
      Pattern.compile("(<c r=\"[A-Z]+\\d+\"(?: s=\"\\d+\")?>)<v>(-?[\\d.E+-]+)</v>");

  private static String nonsenseInCells(Map<String, byte[]> parts, Random random) {
    String name = anySheet(parts, random);
    String xml = text(parts.get(name));
    List<int[]> cells = new ArrayList<>();
    Matcher m = NUMBER_CELL.matcher(xml);
    while (m.find()) {
      cells.add(new int[] {m.start(2), m.end(2)});
    }
    if (cells.isEmpty()) {
      return "no number in " + name;
    }
    String value = NONSENSE[random.nextInt(NONSENSE.length)];
    int many = random.nextInt(4) == 0 ? cells.size() : 1 + random.nextInt(5);
    StringBuilder b = new StringBuilder(xml);
    // from the end, so that earlier offsets stay right
    List<int[]> chosen = new ArrayList<>();
    for (int i = 0; i < many; i++) {
      chosen.add(cells.get(random.nextInt(cells.size())));
    }
    chosen.stream()
        .distinct()
        .sorted((a, c) -> Integer.compare(c[0], a[0]))
        .forEach(c -> b.replace(c[0], c[1], value));
    parts.put(name, b.toString().getBytes(StandardCharsets.UTF_8));
    return (many >= cells.size() ? "every number" : many + " numbers")
        + " of "
        + name
        + " set to '"
        + abbreviate(value)
        + "'";
  }

  private static final Pattern YEAR_TEXT = Pattern.compile("<t>(20\\d\\d e?|20\\d\\de?)</t>");

  private static String swapYears(Map<String, byte[]> parts, Random random) {
    String name = "xl/sharedStrings.xml";
    if (!parts.containsKey(name)) {
      return "no shared strings";
    }
    String xml = text(parts.get(name));
    List<MatchResult> years = new ArrayList<>();
    Matcher m = YEAR_TEXT.matcher(xml);
    while (m.find()) {
      years.add(new MatchResult(m.start(1), m.end(1), m.group(1)));
    }
    if (years.size() < 2) {
      return "fewer than two year headers";
    }
    MatchResult a = years.get(random.nextInt(years.size()));
    MatchResult b = years.get(random.nextInt(years.size()));
    if (a.start() == b.start()) {
      return "a year header swapped with itself";
    }
    MatchResult first = a.start() < b.start() ? a : b;
    MatchResult second = first == a ? b : a;
    String swapped =
        xml.substring(0, first.start())
            + second.text()
            + xml.substring(first.end(), second.start())
            + first.text()
            + xml.substring(second.end());
    parts.put(name, swapped.getBytes(StandardCharsets.UTF_8));
    return "year headers " + first.text() + " and " + second.text() + " swapped";
  }

  private record MatchResult(int start, int end, String text) {}

  private static final Pattern YEAR_NUMBER =
      Pattern.compile("(<c r=\"[A-Z]+\\d+\"[^>]*><v>)(20\\d\\d)(</v>)");

  /**
   * One year header made something else — a letter O for a zero, two digits, a word, nothing — as a
   * shared string (every sheet that prints it) or as a number on one sheet. The column under it
   * must not vanish in silence.
   */
  private static String damageYearHeader(Map<String, byte[]> parts, Random random) {
    String[] damaged = {"2O19", "16", "Year", " ", "2019*"};
    String into = damaged[random.nextInt(damaged.length)];
    if (random.nextBoolean() && parts.containsKey("xl/sharedStrings.xml")) {
      String xml = text(parts.get("xl/sharedStrings.xml"));
      Matcher m = YEAR_TEXT.matcher(xml);
      List<MatchResult> years = new ArrayList<>();
      while (m.find()) {
        years.add(new MatchResult(m.start(1), m.end(1), m.group(1)));
      }
      if (!years.isEmpty()) {
        MatchResult y = years.get(random.nextInt(years.size()));
        parts.put(
            "xl/sharedStrings.xml",
            (xml.substring(0, y.start()) + into + xml.substring(y.end()))
                .getBytes(StandardCharsets.UTF_8));
        return "year header text " + y.text() + " made '" + into + "'";
      }
    }
    String name = anySheet(parts, random);
    String xml = text(parts.get(name));
    Matcher m = YEAR_NUMBER.matcher(xml);
    List<MatchResult> years = new ArrayList<>();
    while (m.find()) {
      years.add(new MatchResult(m.start(2), m.end(2), m.group(2)));
    }
    if (years.isEmpty()) {
      return "no year header number in " + name;
    }
    MatchResult y = years.get(random.nextInt(Math.min(years.size(), 13)));
    String number = into.strip().matches("\\d+") ? into : "16";
    parts.put(
        name,
        (xml.substring(0, y.start()) + number + xml.substring(y.end()))
            .getBytes(StandardCharsets.UTF_8));
    return "year header " + y.text() + " in " + name + " made " + number;
  }

  private static final Pattern ROW =
      Pattern.compile("<row r=\"(\\d+)\"[^>]*>.*?</row>", Pattern.DOTALL);

  private static String duplicateRow(Map<String, byte[]> parts, Random random) {
    String name = anySheet(parts, random);
    String xml = text(parts.get(name));
    List<String> rows = new ArrayList<>();
    int last = 0;
    Matcher m = ROW.matcher(xml);
    while (m.find()) {
      rows.add(m.group());
      last = Math.max(last, Integer.parseInt(m.group(1)));
    }
    int end = xml.lastIndexOf("</sheetData>");
    if (rows.isEmpty() || end < 0) {
      return "no row in " + name;
    }
    String row = rows.get(random.nextInt(rows.size()));
    String number = row.replaceFirst("(?s)<row r=\"(\\d+)\".*", "$1");
    String copy =
        row.replaceFirst("<row r=\"\\d+\"", "<row r=\"" + (last + 1) + "\"")
            .replaceAll("r=\"([A-Z]+)" + number + "\"", "r=\"$1" + (last + 1) + "\"");
    parts.put(
        name, (xml.substring(0, end) + copy + xml.substring(end)).getBytes(StandardCharsets.UTF_8));
    return "row " + number + " of " + name + " repeated below the table";
  }

  private static String renameSheet(Map<String, byte[]> parts, Random random) {
    String name = "xl/workbook.xml";
    String xml = text(parts.getOrDefault(name, new byte[0]));
    String renamed =
        random.nextBoolean() ? "Sheet" + random.nextInt(99) : "Table 2 : Defence expenditure";
    parts.put(
        name,
        xml.replaceFirst("<sheet name=\"[^\"]*\"", "<sheet name=\"" + renamed + "\"")
            .getBytes(StandardCharsets.UTF_8));
    return "a sheet renamed " + renamed;
  }

  private static String hideSheet(Map<String, byte[]> parts, Random random) {
    String name = "xl/workbook.xml";
    String xml = text(parts.getOrDefault(name, new byte[0]));
    parts.put(
        name,
        xml.replaceFirst("<sheet name=", "<sheet state=\"veryHidden\" name=")
            .getBytes(StandardCharsets.UTF_8));
    return "a sheet hidden";
  }

  private static String formula(Map<String, byte[]> parts, Random random) {
    String name = anySheet(parts, random);
    String xml = text(parts.get(name));
    String f =
        random.nextBoolean()
            ? "<f>1/0</f><v>#DIV/0!</v>"
            : "<f>HYPERLINK(\"http://127.0.0.1:1\")</f>";
    parts.put(
        name,
        NUMBER_CELL
            .matcher(xml)
            .replaceFirst("$1" + Matcher.quoteReplacement(f))
            .getBytes(StandardCharsets.UTF_8));
    return "a formula in " + name;
  }

  // ------------------------------------------------------------------ CSV

  /** {@code count} damaged copies of a CSV file. */
  static List<Input> ofCsv(String original, int count, long seed) {
    Random random = new Random(seed);
    List<String> lines = List.of(original.split("\n", -1));
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> l = new ArrayList<>(lines);
      String what;
      switch (random.nextInt(9)) {
        case 0 -> {
          int length = random.nextInt(original.length());
          inputs.add(
              new Input(
                  "truncated to " + length + " characters",
                  original.substring(0, length).getBytes(StandardCharsets.UTF_8)));
          continue;
        }
        case 1 -> {
          byte[] b = original.getBytes(StandardCharsets.UTF_8);
          int flips = 1 + random.nextInt(8);
          for (int f = 0; f < flips; f++) {
            b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
          }
          inputs.add(new Input(flips + " bytes flipped", b));
          continue;
        }
        case 2, 3 -> {
          String value = NONSENSE[random.nextInt(NONSENSE.length)];
          int row = 1 + random.nextInt(l.size() - 2);
          l.set(row, l.get(row).replaceFirst(",[^,]*,(true|false)$", "," + value + ",$1"));
          what = "line " + (row + 1) + " value set to '" + abbreviate(value) + "'";
        }
        case 4 -> {
          int row = 1 + random.nextInt(l.size() - 2);
          l.add(
              row,
              l.get(row).replaceFirst(",[^,]*,(true|false)$", "," + random.nextInt(9999) + ",$1"));
          what = "line " + (row + 1) + " repeated with another value";
        }
        case 5 -> {
          int row = 1 + random.nextInt(l.size() - 2);
          String[] years = {"1800", "3000", "20x4", "-2024", "2024.5", ""};
          String year = years[random.nextInt(years.length)];
          l.set(row, l.get(row).replaceFirst("^([^,]*,[^,]*,[^,]*),\\d+,", "$1," + year + ","));
          what = "line " + (row + 1) + " year set to '" + year + "'";
        }
        case 6 -> {
          String[] header = l.get(0).split(",");
          int a = random.nextInt(header.length);
          int b = random.nextInt(header.length);
          String t = header[a];
          header[a] = header[b];
          header[b] = t;
          l.set(0, String.join(",", header));
          what = "header columns " + (a + 1) + " and " + (b + 1) + " swapped";
        }
        case 7 -> {
          String[] odd = {
            "\"unbalanced", "\u0000\u0000", "x".repeat(1_000_000), "a,b,c,d,e,f,g,h,i,j,k", "\uFEFF"
          };
          String o = odd[random.nextInt(odd.length)];
          int row = 1 + random.nextInt(l.size() - 2);
          l.set(row, o + l.get(row));
          what = "line " + (row + 1) + " begins with '" + abbreviate(o) + "'";
        }
        default -> {
          int row = 1 + random.nextInt(l.size() - 2);
          String[] countries = {"XXX", "deu", "D E U", "", "NATO"};
          String c = countries[random.nextInt(countries.length)];
          l.set(row, l.get(row).replaceFirst("^([^,]*),[^,]*,", "$1," + c + ","));
          what = "line " + (row + 1) + " country set to '" + c + "'";
        }
      }
      inputs.add(new Input(what, String.join("\n", l).getBytes(StandardCharsets.UTF_8)));
    }
    return inputs;
  }

  // ------------------------------------------------------------------ helpers

  private static String abbreviate(String s) {
    String visible = s.replace("\u0000", "\\0").replace("\uFEFF", "BOM");
    return visible.length() > 20
        ? visible.substring(0, 8) + "…(" + visible.length() + ")"
        : visible;
  }

  private static String anyXml(Map<String, byte[]> parts, Random random) {
    List<String> xml =
        parts.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
    return xml.isEmpty() ? "[Content_Types].xml" : xml.get(random.nextInt(xml.size()));
  }

  private static String anySheet(Map<String, byte[]> parts, Random random) {
    List<String> sheets =
        parts.keySet().stream().filter(n -> n.startsWith("xl/worksheets/sheet")).toList();
    return sheets.isEmpty() ? anyXml(parts, random) : sheets.get(random.nextInt(sheets.size()));
  }

  private static byte[] afterDeclaration(String xml, String insert) {
    int at = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
    return (xml.substring(0, at) + insert + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static byte[] copy(byte[] b, int length) {
    return java.util.Arrays.copyOf(b, length);
  }

  static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (var p : parts.entrySet()) {
        out.putNextEntry(new ZipEntry(p.getKey()));
        out.write(p.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
