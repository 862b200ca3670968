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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Read-only SQL over the database, for people who want to ask what the commands do not. The
 * connection is opened read-only, with file and network access and extension loading switched off
 * and the configuration locked, so a query can neither change the data nor reach outside it. Rows
 * and time are bounded.
 */
public final class SqlConsole {
  /** The tables a query can use, for help and error messages. */
  public static final String TABLES =
      "observations, releases, countries, groups, common_funding_cost_shares,"
          + " common_funding_budgets, meta";

  /** A query's answer: column names, at most the row limit of rows, and whether more were cut. */
  public record Result(List<String> columns, List<List<Object>> rows, boolean truncated) {}

  private SqlConsole() {}

  public static Result query(Store store, String sql, int maxRows, Duration timeout) {
    if (sql == null || sql.isBlank()) {
      throw new StoreException("No query given: expected a SELECT statement over " + TABLES + ".");
    }
    Properties locked = new Properties();
    locked.setProperty("enable_external_access", "false");
    locked.setProperty("autoinstall_known_extensions", "false");
    locked.setProperty("autoload_known_extensions", "false");
    locked.setProperty("allow_community_extensions", "false");
    locked.setProperty("lock_configuration", "true");
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sql-timeout");
              t.setDaemon(true);
              return t;
            });
    AtomicBoolean timedOut = new AtomicBoolean();
    try (Connection c = store.readOnlyConnection(locked);
        Statement st = c.createStatement()) {
      st.setMaxRows(maxRows + 1);
      ScheduledFuture<?> cancel =
          timer.schedule(
              () -> {
                timedOut.set(true);
                try {
                  st.cancel();
                } catch (SQLException e) {
                  // the statement ended on its own
                }
              },
              timeout.toMillis(),
              TimeUnit.MILLISECONDS);
      try {
        if (!st.execute(sql)) {
          return new Result(List.of("result"), List.of(List.of("no rows")), false);
        }
        try (ResultSet rs = st.getResultSet()) {
          ResultSetMetaData md = rs.getMetaData();
          List<String> columns = new ArrayList<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            columns.add(md.getColumnLabel(i));
          }
          List<List<Object>> rows = new ArrayList<>();
          boolean truncated = false;
          while (rs.next()) {
            if (rows.size() == maxRows) {
              truncated = true;
              break;
            }
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
              row.add(rs.getObject(i));
            }
            rows.add(row);
          }
          return new Result(columns, rows, truncated);
        }
      } finally {
        cancel.cancel(false);
      }
    } catch (SQLException e) {
      throw explain(e, timedOut.get(), timeout);
    } finally {
      timer.shutdownNow();
    }
  }

  private static StoreException explain(SQLException e, boolean timedOut, Duration timeout) {
    String m = Store.clean(e);
    String lower = m.toLowerCase(Locale.ROOT);
    if (timedOut || lower.contains("interrupt")) {
      return new StoreException(
          "The query was stopped after " + timeout.toSeconds() + " s, the time limit (--timeout).");
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
