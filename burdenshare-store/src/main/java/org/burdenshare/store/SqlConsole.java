package org.burdenshare.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Read-only SQL over the database, for people who want to ask what the commands do not. The
 * connection is opened read-only, with file and network access and extension loading switched off
 * and the configuration locked, so a query can neither change the data nor reach outside it. Rows,
 * memory, threads and time are bounded: results stream and stop at the row limit, and a query that
 * does not stop when cancelled at its time limit is abandoned within a second of it.
 */
public final class SqlConsole {
  /** The tables a query can use, for help and error messages. */
  public static final String TABLES =
      "observations, releases, countries, groups, common_funding_cost_shares,"
          + " common_funding_budgets, meta";

  /**
   * A query's answer: column names, at most the row limit of rows, whether more were cut, and how
   * many values were shortened to {@link #MAX_VALUE} characters.
   */
  public record Result(
      List<String> columns, List<List<Object>> rows, boolean truncated, long valuesCut) {}

  /**
   * The most characters one value is printed with: a list, a struct or a text longer than this
   * (array_agg over the whole table, string_agg of every figure) is made text and cut by DuckDB,
   * before it reaches Java, so that printing it costs neither time nor memory.
   */
  public static final int MAX_VALUE = 10_000;

  /** The most characters a result holds, all values together; rows beyond are not fetched. */
  public static final long MAX_RESULT_CHARACTERS = 20_000_000;

  private SqlConsole() {}

  /** How much memory a query may use; DuckDB would otherwise take 80 % of the machine's. */
  public static final String MEMORY_LIMIT = "1GB";

  // DuckDB would otherwise spill what does not fit in its memory to <database>.tmp beside the
  // database (959 MB for a GROUP BY over 3·10^8 rows): the console writes no file, and such a
  // query fails with the memory message instead.
  private static final String NO_TEMP_FILES = "0B";

  private static final java.util.concurrent.atomic.AtomicBoolean ABANDONED =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Whether a query was left running past its limit. The process should then end without waiting
   * for it: DuckDB's shutdown hook would wait for the query to finish.
   */
  public static boolean abandonedQuery() {
    return ABANDONED.get();
  }

  /** DuckDB checks for a cancel between steps; one long step gets this long after the limit. */
  static final Duration GRACE = Duration.ofMillis(500);

  public static Result query(Store store, String sql, int maxRows, Duration timeout) {
    if (sql == null || sql.isBlank()) {
      throw new StoreException("No query given: expected a SELECT statement over " + TABLES + ".");
    }
    Properties locked = new Properties();
    locked.setProperty("enable_external_access", "false");
    locked.setProperty("autoinstall_known_extensions", "false");
    locked.setProperty("autoload_known_extensions", "false");
    locked.setProperty("allow_community_extensions", "false");
    locked.setProperty("memory_limit", MEMORY_LIMIT);
    locked.setProperty("max_temp_directory_size", NO_TEMP_FILES);
    locked.setProperty("temp_directory", "");
    locked.setProperty("threads", "2");
    locked.setProperty("lock_configuration", "true");
    // Rows are fetched as they are read, so --max-rows stops the query instead of cutting its
    // finished result (SELECT * FROM range(1000000000) would otherwise be built whole).
    locked.setProperty(org.duckdb.DuckDBDriver.JDBC_STREAM_RESULTS, "true");
    Connection c;
    Statement st;
    try {
      c = store.readOnlyConnection(locked);
      st = c.createStatement();
    } catch (SQLException e) {
      throw explain(e, false, timeout);
    }
    AtomicBoolean timedOut = new AtomicBoolean();
    // The query runs on its own thread, so that one that ignores the cancel (a single huge
    // function call) is abandoned at the limit instead of holding the caller.
    CompletableFuture<Result> running =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return run(c, st, sql, maxRows);
              } catch (SQLException e) {
                throw new java.util.concurrent.CompletionException(e);
              }
            },
            r -> {
              Thread t = new Thread(r, "sql-query");
              t.setDaemon(true);
              t.start();
            });
    try {
      try {
        return running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        timedOut.set(true);
        // The driver's cancel may wait for a lock the running query holds, so it gets a thread
        // of its own: the limit must hold even when the cancel does not.
        Thread canceller =
            new Thread(
                () -> {
                  try {
                    st.cancel();
                  } catch (SQLException ignored) {
                    // ended on its own meanwhile
                  }
                },
                "sql-cancel");
        canceller.setDaemon(true);
        canceller.start();
        try {
          return running.get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
          ABANDONED.set(true);
          throw stopped(timeout);
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException sqlError) {
        throw explain(sqlError, timedOut.get(), timeout);
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw stopped(timeout);
    } finally {
      if (running.isDone()) {
        close(st, c);
      }
      // else the query thread still holds them; the process ends, or the thread closes nothing
    }
  }

  private static Result run(Connection c, Statement st, String sql, int maxRows)
      throws SQLException {
    if (!st.execute(bounded(c, sql))) {
      return new Result(List.of("result"), List.of(List.of("no rows")), false, 0);
    }
    try (ResultSet rs = st.getResultSet()) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        columns.add(md.getColumnLabel(i));
      }
      List<List<Object>> rows = new ArrayList<>();
      boolean truncated = false;
      long characters = 0;
      long cut = 0;
      while (rs.next()) {
        if (rows.size() == maxRows || characters > MAX_RESULT_CHARACTERS) {
          truncated = true;
          break;
        }
        List<Object> row = new ArrayList<>(columns.size());
        for (int i = 1; i <= columns.size(); i++) {
          Object value = rs.getObject(i);
          if (value instanceof String text) {
            if (text.length() > MAX_VALUE) {
              value = text.substring(0, MAX_VALUE) + "…";
              cut++;
            }
            characters += ((String) value).length();
          } else {
            characters += 16;
          }
          row.add(value);
        }
        rows.add(row);
      }
      return new Result(columns, rows, truncated, cut);
    }
  }

  /**
   * The query with every value that can be long (text, lists, structs, maps, blobs) made text and
   * cut to {@link #MAX_VALUE} + 1 characters by DuckDB, inside the time limit; the query as given
   * when it cannot be wrapped (several statements, a PRAGMA), in which case DuckDB's own error or
   * answer follows.
   */
  static String bounded(Connection c, String sql) {
    String query = sql.strip();
    while (query.endsWith(";")) {
      query = query.substring(0, query.length() - 1).strip();
    }
    try (java.sql.PreparedStatement p = c.prepareStatement(query)) {
      ResultSetMetaData md = p.getMetaData();
      if (md == null || md.getColumnCount() == 0) {
        return sql;
      }
      List<String> names = new ArrayList<>();
      List<String> values = new ArrayList<>();
      boolean wide = false;
      for (int i = 1; i <= md.getColumnCount(); i++) {
        String type = md.getColumnTypeName(i).toUpperCase(Locale.ROOT);
        boolean longValue =
            type.equals("VARCHAR")
                || type.equals("BLOB")
                || type.equals("BIT")
                || type.contains("[")
                || type.startsWith("STRUCT")
                || type.startsWith("MAP")
                || type.startsWith("UNION")
                || type.startsWith("JSON");
        wide |= longValue;
        names.add("c" + i);
        values.add(
            (longValue ? "left(CAST(c" + i + " AS VARCHAR), " + (MAX_VALUE + 1) + ")" : "c" + i)
                + " AS \""
                + md.getColumnLabel(i).replace("\"", "\"\"")
                + "\"");
      }
      if (!wide) {
        return sql;
      }
      return "SELECT "
          + String.join(", ", values)
          + " FROM ("
          + query
          + "\n) AS bounded("
          + String.join(", ", names)
          + ")";
    } catch (SQLException e) {
      return sql;
    }
  }

  private static void close(Statement st, Connection c) {
    try (c;
        st) {
      // closed
    } catch (SQLException ignored) {
      // nothing left to save
    }
  }

  private static StoreException stopped(Duration timeout) {
    return new StoreException(
        "The query was stopped after " + timeout.toSeconds() + " s, the time limit (--timeout).");
  }

  private static StoreException explain(SQLException e, boolean timedOut, Duration timeout) {
    String m = Store.clean(e);
    String lower = m.toLowerCase(Locale.ROOT);
    if (timedOut || lower.contains("interrupt")) {
      return stopped(timeout);
    }
    if (lower.contains("out of memory")
        || lower.contains("memory limit")
        || lower.contains("could not allocate")
        || lower.contains("failed to allocate")
        || lower.contains("offload")
        || lower.contains("temp_directory")
        || lower.contains("temporary directory")
        || lower.contains("invalid result set")) {
      return new StoreException(
          "The query needed more than "
              + MEMORY_LIMIT
              + " of memory, the SQL console's limit (it writes nothing to disk), and was stopped."
              + " Ask for less at once: filter with WHERE, add LIMIT, or aggregate before joining"
              + " or sorting.");
    }
    if (lower.contains("read-only") || lower.contains("read only")) {
      return new StoreException(
          "The SQL console is read-only: the query tried to change the database ("
              + m
              + "). Ask with SELECT, WITH, DESCRIBE or SHOW; nothing was changed.");
    }
    if (lower.contains("disabled by configuration")
        || lower.contains("external access")
        || lower.contains("lock_configuration")
        || lower.contains("configuration has been locked")) {
      return new StoreException(
          "The SQL console cannot reach files, the network or the configuration ("
              + m
              + "). Query the tables: "
              + TABLES
              + ".");
    }
    return new StoreException("The query failed: " + m + ". Tables: " + TABLES + ".");
  }
}
