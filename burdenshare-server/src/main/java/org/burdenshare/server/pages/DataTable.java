package org.burdenshare.server.pages;

import java.util.List;

/**
 * A table the dashboard shows and offers as CSV: the same rows for both, so the download is what
 * the reader sees. Cells are strings, {@link org.burdenshare.render.Num}s or {@link Link}s.
 *
 * @param firstNumeric index of the first column holding numbers (for alignment)
 */
public record DataTable(
    String id, String caption, List<String> columns, List<List<Object>> rows, int firstNumeric) {
  public DataTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** The rows as cells to show. */
  public List<List<Cell>> cells() {
    return rows.stream().map(r -> r.stream().map(Cell::of).toList()).toList();
  }

  /** Whether column i holds numbers (aligned right). */
  public boolean numeric(int i) {
    return i >= firstNumeric;
  }
}
