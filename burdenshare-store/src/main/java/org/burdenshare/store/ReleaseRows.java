package org.burdenshare.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.Provenance;
import org.burdenshare.core.releases.Release;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writing a release's rows, the same for a bundled release and an import: its row in {@code
 * releases}, its observations, and removing all of a release before it is written again. Callers
 * hold the transaction.
 */
final class ReleaseRows {
  static final ObjectMapper JSON = new ObjectMapper();

  private ReleaseRows() {}

  /**
   * Rolls back after a failed write, keeping the failure's own cause in front: when the disk is
   * full DuckDB may have ended the transaction already, and the rollback's "no transaction is
   * active" would otherwise hide "No space left on device".
   */
  static void rollbackKeeping(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException | RuntimeException r) {
      cause.addSuppressed(r);
    }
  }

  /**
   * Makes the database work on one thread while a release is written, and says how many it worked
   * on: the setting belongs to the database, which a server shares between its connections, and
   * {@link #threads} sets it back as it was.
   */
  static long oneThread(Connection c) throws SQLException {
    long before;
    try (java.sql.Statement s = c.createStatement()) {
      try (java.sql.ResultSet rs = s.executeQuery("SELECT current_setting('threads')")) {
        rs.next();
        before = rs.getLong(1);
      }
      s.execute("SET threads = 1");
    }
    return before;
  }

  /** Sets the database's threads back; failing to never hides the write's own failure. */
  static void threads(Connection c, long threads) {
    try (java.sql.Statement s = c.createStatement()) {
      s.execute("SET threads = " + Math.max(1, threads));
    } catch (SQLException | RuntimeException e) {
      // the write's outcome stands; the database's default returns when it is next opened
    }
  }

  static void deleteRelease(Connection c, String id) throws SQLException {
    // Every table that holds rows of a release, so that replacing one leaves nothing behind.
    for (String table :
        List.of("observations", "observation_flags", "release_footnotes", "releases")) {
      try (PreparedStatement p =
          c.prepareStatement("DELETE FROM " + table + " WHERE release_id = ?")) {
        p.setString(1, id);
        p.executeUpdate();
      }
    }
  }

  /**
   * One row of the releases table; bundled releases and imports differ only in what they pass.
   *
   * @param file the file it was read from; its name and SHA-256 are required, the rest may be null
   */
  static void insertReleaseRow(
      Connection c, Release r, String label, int precedence, Provenance file, String sources)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO releases (release_id, dataset, publisher, title, published, cutoff, url,"
                + " attribution, licence, label, tables_json, decimals_json, notes_json, bundled,"
                + " precedence, source_file, content_sha256, sources_text, loaded_at, partial,"
                + " holdings_json, definitions_json, source_bytes, source_address, retrieved_at,"
                + " kept_file)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?)")) {
      int i = 1;
      p.setString(i++, r.id());
      p.setString(i++, r.dataset());
      p.setString(i++, r.publisher());
      p.setString(i++, r.title());
      p.setObject(i++, r.published());
      p.setObject(i++, r.cutoff());
      p.setString(i++, r.url());
      p.setString(i++, r.attribution());
      p.setString(i++, r.licence());
      p.setString(i++, label);
      p.setString(i++, json(r.tables()));
      p.setString(i++, json(r.decimals()));
      p.setString(i++, json(r.notes()));
      p.setBoolean(i++, r.bundled());
      p.setInt(i++, precedence);
      p.setString(i++, file.file());
      p.setString(i++, file.sha256());
      p.setString(i++, sources);
      p.setTimestamp(i++, Timestamp.from(Instant.now()));
      p.setBoolean(i++, r.partial());
      p.setString(i++, json(r.holdings()));
      p.setString(i++, json(r.definitions()));
      p.setObject(i++, file.bytes());
      p.setString(i++, file.address());
      // UTC, without a zone: DuckDB's TIMESTAMP, which every DuckDB reads alike
      p.setObject(
          i++,
          file.retrieved() == null
              ? null
              : LocalDateTime.ofInstant(file.retrieved(), ZoneOffset.UTC));
      p.setString(i++, file.kept());
      p.executeUpdate();
    }
  }

  static void appendObservations(Connection c, List<Observation> obs) throws SQLException {
    try (DuckDBAppender a =
        c.unwrap(DuckDBConnection.class).createAppender("main", "observations")) {
      for (Observation o : obs) {
        appendRow(a, o);
      }
    }
  }

  /** One row, in a method of its own: the JIT compiles it after a few hundred rows. */
  private static void appendRow(DuckDBAppender a, Observation o) throws SQLException {
    a.beginRow()
        .append(o.release())
        .append(o.country())
        .append(o.year())
        .append(o.indicator())
        .append(o.unit())
        .append(o.value())
        .append(o.estimate())
        .append(o.table())
        .endRow();
  }

  static void upsertMeta(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
      p.setString(1, key);
      p.setString(2, value);
      p.executeUpdate();
    }
  }

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
