package org.burdenshare.server;

import java.util.List;

/**
 * A table the dashboard shows and offers as CSV: the same rows for both, so the download is what
 * the reader sees. Cells are strings, {@link org.burdenshare.render.Num}s or links.
 *
 * @param firstNumeric index of the first column holding numbers (for alignment)
 */
record DataTable(
    String id, String caption, List<String> columns, List<List<Object>> rows, int firstNumeric) {
  DataTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
