package org.burdenshare.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints a {@link Rendered} answer as an aligned text table, CSV or JSON. */
public final class Printer {
  private Printer() {}

  public static void print(Rendered r, OutputFormat format, PrintWriter out) {
    switch (format) {
      case json -> out.println(json(r.json()));
      case csv -> csv(r.csvColumnsOrText(), r.csvRowsOrText(), out);
      default -> text(r, out);
    }
    out.flush();
  }

  static String json(Object o) {
    try {
      return org.burdenshare.render.Json.PRETTY.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer could not be written as JSON", e);
    }
  }

  private static void text(Rendered r, PrintWriter out) {
    r.header().forEach(out::println);
    if (!r.columns().isEmpty()) {
      if (!r.header().isEmpty()) {
        out.println();
      }
      List<String> cols = r.columns();
      List<List<String>> cells = new ArrayList<>();
      boolean[] numeric = new boolean[cols.size()];
      for (List<Object> row : r.rows()) {
        List<String> line = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
          Object v = i < row.size() ? row.get(i) : null;
          if (v instanceof Num || v instanceof Number) {
            numeric[i] = true;
          }
          line.add(v == null ? "" : v instanceof Num n ? n.text() : v.toString());
        }
        cells.add(line);
      }
      int[] width = new int[cols.size()];
      for (int i = 0; i < cols.size(); i++) {
        width[i] = cols.get(i).length();
        for (List<String> line : cells) {
          width[i] = Math.max(width[i], line.get(i).length());
        }
      }
      out.println(line(cols, width, numeric).stripTrailing());
      StringBuilder rule = new StringBuilder();
      for (int i = 0; i < cols.size(); i++) {
        rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
      }
      out.println(rule);
      for (List<String> line : cells) {
        out.println(line(line, width, numeric).stripTrailing());
      }
    }
    if (!r.footer().isEmpty()) {
      out.println();
      r.footer().forEach(out::println);
    }
  }

  private static String line(List<String> cells, int[] width, boolean[] numeric) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - c.length());
      b.append(i == 0 ? "" : "  ").append(numeric[i] ? pad + c : c + pad);
    }
    return b.toString();
  }

  /** A table as CSV text: raw numbers, RFC 4180 quoting. */
  public static String csv(List<String> columns, List<List<Object>> rows) {
    java.io.StringWriter text = new java.io.StringWriter();
    PrintWriter out = new PrintWriter(text);
    csv(columns, rows, out);
    out.flush();
    return text.toString();
  }

  // Jackson's CSV writer quotes what RFC 4180 asks (commas, quotes, CR and LF alike) and nothing
  // else; lines end in LF, as the rest of the output does. Made on first use (a holder class):
  // an answer printed as text should not pay for starting Jackson.
  private static final class Csv {
    static final com.fasterxml.jackson.dataformat.csv.CsvMapper MAPPER =
        com.fasterxml.jackson.dataformat.csv.CsvMapper.builder()
            // only what must be quoted: without it, any value with a space is ("United States")
            .enable(
                com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
  }

  /**
   * A text cell as a spreadsheet will not run it: text that begins like a formula ({@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '}, OWASP's
   * rule against CSV injection, so that a title such as {@code =HYPERLINK(…)} stays text in whoever
   * opens the file. A number written as text ("-3.5") is left alone: it cannot be a formula.
   */
  public static String csvCell(Object v) {
    String s = v.toString();
    if (s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0 || PLAIN_NUMBER.matcher(s).matches()) {
      return s;
    }
    return "'" + s;
  }

  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  private static void csv(List<String> columns, List<List<Object>> rows, PrintWriter out) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(columns.stream().map(Printer::csvCell).toList());
    for (List<Object> row : rows) {
      List<String> cells = new ArrayList<>();
      for (Object v : row) {
        cells.add(
            v == null
                ? ""
                : v instanceof Num n ? n.raw() : v instanceof Number ? v.toString() : csvCell(v));
      }
      lines.add(cells);
    }
    try {
      out.print(
          Csv.MAPPER
              .writer(
                  com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema()
                      .withLineSeparator("\n"))
              .writeValueAsString(lines));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
