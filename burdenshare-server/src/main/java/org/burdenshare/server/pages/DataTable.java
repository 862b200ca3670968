package org.burdenshare.server.pages;

import java.util.ArrayList;
import java.util.List;
import org.burdenshare.render.Num;

/**
 * A table the dashboard shows and offers as CSV: the same rows for both, so the download is what
 * the reader sees. Cells are strings, {@link org.burdenshare.render.Num}s or {@link Link}s.
 *
 * @param firstNumeric index of the first column holding numbers (for alignment)
 * @param file the name its CSV is saved under, without ".csv": what it holds
 *     ("share-of-gdp-2024-nato-2024-06")
 * @param release the release all its figures come from, or null when a column names each row's
 */
public record DataTable(
    String id,
    String caption,
    List<String> columns,
    List<List<Object>> rows,
    int firstNumeric,
    String file,
    String release) {
  public DataTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  public DataTable(
      String id, String caption, List<String> columns, List<List<Object>> rows, int firstNumeric) {
    this(id, caption, columns, rows, firstNumeric, "burdenshare-" + id, null);
  }

  /** The same table, saved under a name that says what it holds, its figures from one release. */
  public DataTable named(String words, String releaseId) {
    String name = FileName.of(words + (releaseId == null ? "" : "-" + releaseId));
    return new DataTable(id, caption, columns, rows, firstNumeric, name, releaseId);
  }

  /** The rows as cells to show. */
  public List<List<Cell>> cells() {
    return rows.stream().map(r -> r.stream().map(Cell::of).toList()).toList();
  }

  /**
   * Whether a phone shows each row as a card of "column: value" lines. Tables of years (a column a
   * year) keep their grid, scrolled to the newest, for the years are read across; other tables of
   * four or more columns are too wide for a phone and stack.
   */
  public boolean stacked() {
    return columns.size() >= 4 && !ofYears();
  }

  /** Whether its last column is a year: a table read across the years, its names kept narrow. */
  public boolean ofYears() {
    return columns.get(columns.size() - 1).matches("(19|20)\\d{2}");
  }

  /**
   * The index of a "Unit" column right after the first, or -1: a page shows each row's unit under
   * its name, so that a table scrolled to its newest years still says what they count (the CSV
   * keeps the column).
   */
  public int unitColumn() {
    return columns.size() > 2 && columns.get(1).equals("Unit") ? 1 : -1;
  }

  /** Whether column i holds numbers (aligned right). */
  public boolean numeric(int i) {
    return i >= firstNumeric;
  }

  /**
   * The columns of its CSV: each figure column followed, where the publisher marks any of its
   * figures as estimates, by a column that says which ("e"); and the release when one holds all.
   */
  public List<String> csvColumns() {
    boolean[] estimated = estimatedColumns();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      out.add(columns.get(i));
      if (estimated[i]) {
        out.add(columns.get(i) + " estimate");
      }
    }
    if (release != null && !columns.contains("Release")) {
      out.add("Release");
    }
    return out;
  }

  /**
   * The rows of its CSV: figures as the page shows them (rounded as the publisher prints them,
   * without thousands separators), "e" beside estimates, and the release.
   */
  public List<List<Object>> csvRows() {
    boolean[] estimated = estimatedColumns();
    List<List<Object>> out = new ArrayList<>();
    for (List<Object> row : rows) {
      List<Object> line = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        Object v = i < row.size() ? row.get(i) : null;
        line.add(v instanceof Num n ? n.text().replace(" e", "").replace(",", "") : v);
        if (estimated[i]) {
          line.add(v instanceof Num n && n.estimate() ? "e" : "");
        }
      }
      if (release != null && !columns.contains("Release")) {
        line.add(release);
      }
      out.add(line);
    }
    return out;
  }

  /** Which columns hold at least one figure the publisher marks as an estimate. */
  private boolean[] estimatedColumns() {
    boolean[] out = new boolean[columns.size()];
    for (List<Object> r : rows) {
      for (int i = 0; i < Math.min(r.size(), out.length); i++) {
        out[i] |= r.get(i) instanceof Num n && n.estimate();
      }
    }
    return out;
  }
}
