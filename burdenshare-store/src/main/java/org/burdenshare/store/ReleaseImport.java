package org.burdenshare.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.Provenance;
import org.burdenshare.store.imports.ImportedRelease;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writing an imported release into the database, after the checks every import passes: in one
 * transaction, all of it or nothing; the same file twice changes nothing; a corrected file of an
 * imported release replaces it; a bundled release is never replaced.
 */
final class ReleaseImport {
  private ReleaseImport() {}

  /**
   * Writes an imported release in one transaction: all of it, or nothing. The same file twice
   * changes nothing; a corrected file of an imported release replaces it; a bundled release is
   * never replaced.
   */
  static Store.ImportOutcome write(
      Store store, ImportedRelease r, boolean dryRun, Consumer<String> progress) {
    // The same checks for every file, and for --dry-run, on another thread while the database
    // opens (a tenth of a SIPRI import's time, each): nothing is written and no outcome given
    // before they pass, and their refusal comes first, whatever the database said meanwhile.
    FutureTask<List<String>> checks =
        new FutureTask<>(
            () ->
                org.burdenshare.store.imports.ImportValidation.check(
                    r, LocalDate.now(java.time.ZoneOffset.UTC)));
    Thread checker = new Thread(checks, "burdenshare-check-figures");
    checker.setDaemon(true);
    checker.start();
    try {
      return write(store, r, dryRun, progress, checks);
    } catch (RuntimeException e) {
      ImportTasks.done(checks);
      throw e;
    }
  }

  private static Store.ImportOutcome write(
      Store store,
      ImportedRelease r,
      boolean dryRun,
      Consumer<String> progress,
      FutureTask<List<String>> checks) {
    Path dir = store.directory();
    Path file = store.databaseFile();
    if (!dryRun) {
      DataDirectory.ensureWritable(dir);
    }
    String id = r.release().id();
    try (Connection c = Store.connect(file, dryRun)) {
      String sameFile = null;
      try (PreparedStatement p =
          c.prepareStatement("SELECT release_id FROM releases WHERE content_sha256 = ?")) {
        p.setString(1, r.sha256());
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next()) {
            sameFile = rs.getString("release_id");
          }
        }
      }
      List<String> warnings = new ArrayList<>(ImportTasks.done(checks));
      if (sameFile != null) {
        return new Store.ImportOutcome(
            Store.ImportAction.UNCHANGED,
            sameFile,
            "This file was imported already, as release " + sameFile + ": nothing changed.",
            List.of());
      }
      Boolean bundled = null;
      try (PreparedStatement p =
          c.prepareStatement("SELECT bundled FROM releases WHERE release_id = ?")) {
        p.setString(1, id);
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next()) {
            bundled = rs.getBoolean("bundled");
          }
        }
      }
      if (Boolean.TRUE.equals(bundled)) {
        int differences = differences(c, r);
        if (differences == 0) {
          return new Store.ImportOutcome(
              Store.ImportAction.IDENTICAL_TO_BUNDLED,
              id,
              "The file holds the bundled release "
                  + id
                  + " figure for figure ("
                  + r.observations().size()
                  + " figures): nothing changed.",
              List.of());
        }
        throw new StoreException(
            "The file's release "
                + id
                + " is a bundled release, and "
                + differences
                + " of its figures differ from the bundled ones. Bundled releases are never"
                + " replaced: import it under another id with --id.");
      }
      warnings.addAll(vanished(c, r));
      if (dryRun) {
        return new Store.ImportOutcome(
            Store.ImportAction.CHECKED,
            id,
            "Checked, nothing written (--dry-run): release "
                + id
                + " would be "
                + (bundled == null ? "added" : "replaced")
                + ".",
            warnings);
      }
      // One thread: DuckDB's workers spent more CPU than they saved on a release's few tens of
      // thousands of rows (measured: a SIPRI import's writing took a fifth less CPU, and no
      // longer).
      long threads = ReleaseRows.oneThread(c);
      c.setAutoCommit(false);
      try {
        ReleaseRows.deleteRelease(c, id);
        insertImported(c, r);
        progress.accept("Writing " + r.observations().size() + " figures…");
        ReleaseRows.appendObservations(c, r.observations());
        try (DuckDBAppender a =
            c.unwrap(DuckDBConnection.class).createAppender("main", "release_footnotes")) {
          for (var f : r.footnotes()) {
            a.beginRow().append(id).append(f.id()).append(f.text()).endRow();
          }
        }
        try (DuckDBAppender a =
            c.unwrap(DuckDBConnection.class).createAppender("main", "observation_flags")) {
          for (var f : r.flags()) {
            a.beginRow().append(id).append(f.country()).append(f.year()).append(f.indicator());
            if (f.flag() == null) {
              a.appendNull();
            } else {
              a.append(f.flag());
            }
            if (f.notes() == null) {
              a.appendNull();
            } else {
              a.append(f.notes());
            }
            a.endRow();
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        ReleaseRows.rollbackKeeping(c, e);
        throw e;
      } finally {
        ReleaseRows.threads(c, threads);
      }
      return new Store.ImportOutcome(
          bundled == null ? Store.ImportAction.ADDED : Store.ImportAction.REPLACED,
          id,
          (bundled == null ? "Added" : "Replaced")
              + " release "
              + id
              + ": "
              + r.observations().size()
              + " figures.",
          warnings);
    } catch (SQLException e) {
      throw new StoreException(
          "Could not import into " + file + ": " + Store.clean(e) + ". Nothing was changed.", e);
    }
  }

  /**
   * The indicators the latest other release of the same dataset in the database holds that this one
   * lacks or holds less than half as many figures of: a table that vanished from a file (renamed,
   * its header damaged, its cells unreadable) is named rather than silently missing from the total.
   */
  private static List<String> vanished(Connection c, ImportedRelease r) throws SQLException {
    Map<String, Long> here = new TreeMap<>();
    r.observations().forEach(o -> here.merge(o.indicator(), 1L, Long::sum));
    List<String> found = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "WITH latest AS (SELECT release_id FROM releases WHERE dataset = ? AND release_id <> ?"
                + " AND NOT coalesce(partial, false)"
                + " ORDER BY published DESC, release_id DESC LIMIT 1)"
                + " SELECT o.release_id, o.indicator, count(*) AS figures FROM observations o"
                + " JOIN latest USING (release_id) GROUP BY 1, 2 ORDER BY 2")) {
      p.setString(1, r.release().dataset());
      p.setString(2, r.release().id());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          long before = rs.getLong("figures");
          String indicator = rs.getString("indicator");
          long now = here.getOrDefault(indicator, 0L);
          if (now * 2 < before) {
            found.add(
                indicator
                    + ": "
                    + (now == 0 ? "no figures" : now == 1 ? "1 figure" : now + " figures")
                    + " in this file, against "
                    + before
                    + " in "
                    + rs.getString("release_id")
                    + ", the latest release of the same series in the database. Is a table"
                    + " missing or unreadable?");
          }
        }
      }
    }
    return found;
  }

  /** How many figures of a bundled release the imported one does not reproduce exactly. */
  private static int differences(Connection c, ImportedRelease r) throws SQLException {
    Map<String, Observation> mine = new HashMap<>();
    for (Observation o : r.observations()) {
      mine.put(o.country() + "|" + o.year() + "|" + o.indicator(), o);
    }
    int differ = 0;
    int seen = 0;
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT country_iso3, year, indicator, unit, value, is_estimate FROM observations WHERE release_id = ?")) {
      p.setString(1, r.release().id());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          seen++;
          Observation o =
              mine.get(
                  rs.getString("country_iso3")
                      + "|"
                      + rs.getInt("year")
                      + "|"
                      + rs.getString("indicator"));
          if (o == null
              || !o.unit().equals(rs.getString("unit"))
              || o.value() != rs.getDouble("value")
              || o.estimate() != rs.getBoolean("is_estimate")) {
            differ++;
          }
        }
      }
    }
    return differ + Math.max(0, mine.size() - seen);
  }

  /**
   * The file an import read: what the importer says (name, SHA-256), with the size, address and
   * download date the caller knows (a download) when it set them on the release.
   */
  private static Provenance provenance(ImportedRelease r) {
    Provenance p = r.release().provenance();
    return p == null
        ? Provenance.local(r.file(), null, r.sha256())
        : new Provenance(r.file(), p.bytes(), r.sha256(), p.address(), p.retrieved(), p.kept());
  }

  private static void insertImported(
      Connection c, org.burdenshare.store.imports.ImportedRelease imported) throws SQLException {
    ReleaseRows.insertReleaseRow(
        c,
        imported.release(),
        imported.format(),
        1000,
        provenance(imported),
        String.join("\n", imported.notices()));
  }
}
