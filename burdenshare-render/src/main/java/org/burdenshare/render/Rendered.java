package org.burdenshare.render;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command has to show, in a form every output format can use: lines above and below a table
 * for people, the table itself (text or CSV), and the answer object for JSON.
 */
public final class Rendered {
  private final Object json;
  private final List<String> header = new ArrayList<>();
  private final List<String> footer = new ArrayList<>();
  private List<String> columns = List.of();
  private final List<List<Object>> rows = new ArrayList<>();
  private List<String> csvColumns;
  private final List<List<Object>> csvRows = new ArrayList<>();

  public Rendered(Object json) {
    this.json = json;
  }

  public Rendered header(String line) {
    header.add(line);
    return this;
  }

  public Rendered footer(String line) {
    footer.add(line);
    return this;
  }

  public Rendered columns(String... names) {
    columns = List.of(names);
    return this;
  }

  public Rendered row(Object... cells) {
    rows.add(java.util.Arrays.asList(cells));
    return this;
  }

  /** A table for CSV that differs from the text table (long form, with provenance). */
  public Rendered csvColumns(String... names) {
    csvColumns = List.of(names);
    return this;
  }

  public Rendered csvRow(Object... cells) {
    csvRows.add(java.util.Arrays.asList(cells));
    return this;
  }

  public Object json() {
    return json;
  }

  public List<String> header() {
    return header;
  }

  public List<String> footer() {
    return footer;
  }

  public List<String> columns() {
    return columns;
  }

  public List<List<Object>> rows() {
    return rows;
  }

  public List<String> csvColumnsOrText() {
    return csvColumns == null ? columns : csvColumns;
  }

  public List<List<Object>> csvRowsOrText() {
    return csvColumns == null ? rows : csvRows;
  }
}
