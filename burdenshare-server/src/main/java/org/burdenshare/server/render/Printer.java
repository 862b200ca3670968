package org.burdenshare.server.render;

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
      return org.burdenshare.server.render.Json.PRETTY.writeValueAsString(o);
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

  private static void csv(List<String> columns, List<List<Object>> rows, PrintWriter out) {
    out.println(String.join(",", columns.stream().map(Printer::csvCell).toList()));
    for (List<Object> row : rows) {
      List<String> cells = new ArrayList<>();
      for (Object v : row) {
        cells.add(v == null ? "" : v instanceof Num n ? n.raw() : csvCell(v.toString()));
      }
      out.println(String.join(",", cells));
    }
  }

  private static String csvCell(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
