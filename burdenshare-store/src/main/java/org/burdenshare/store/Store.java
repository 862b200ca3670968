package org.burdenshare.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.Groups;
import org.burdenshare.core.releases.Provenance;
import org.burdenshare.core.releases.PublisherCheck;
import org.burdenshare.store.imports.ImportedRelease;
import org.duckdb.DuckDBDriver;

/**
 * The system of record: one DuckDB file in the data directory. Opening it loads the bundled
 * releases on first use, and adds releases that a newer product bundles, in one transaction that
 * either commits everything or nothing; data the user imported is never touched. A brand-new
 * database is built beside its final name and moved into place only when complete, so a failed
 * first load leaves no file behind.
 *
 * <p>Reading the snapshot is {@link SnapshotReader}'s, writing an import {@link ReleaseImport}'s,
 * the rows both bundled releases and imports write {@link ReleaseRows}', and what a file holds
 * {@link StoredState}'s. What stays here is the file's lifecycle (create, check, migrate, update
 * the bundled releases and reference tables) and how its failures are said, which read best
 * together.
 */
public final class Store {
  /**
   * The storage format the database file is written in: DuckDB 1.0's, the oldest that holds what
   * the schema needs, so that the file opens in DuckDB 1.x (Python's and R's duckdb packages) as in
   * 2.x. DuckDB keeps a file's format when it writes to it later, so imports keep it too.
   */
  public static final String STORAGE_VERSION = "v1.0.0";

  private static final String REFERENCE_KEY = "reference_sha256";
  private static final String SUPPLEMENTS_KEY = "supplements_sha256";
  // The manifest's hash: when it changes, bundled releases are written again with its metadata.
  private static final String MANIFEST_KEY = "manifest_sha256";

  // The bundled files as the database was last brought up to them (Bundle.fingerprint): when they
  // are the jar's, the database is current without parsing the manifest or hashing each file.
  private static final String BUNDLE_FILES_KEY = "bundle_files";

  private final Path dir;
  private final Path file;
  // Read on first need: a database that is current needs neither to open, and parsing the
  // manifest and the reference tables is a good part of what opening costs a one-shot command.
  private Bundle bundle;
  private Groups reference;

  private Store(Path dir) {
    this.dir = dir;
    this.file = dir.resolve(DataDirectory.DATABASE_FILE);
  }

  private synchronized Bundle bundle() {
    if (bundle == null) {
      bundle = Bundle.load();
    }
    return bundle;
  }

  private synchronized Groups reference() {
    if (reference == null) {
      reference = ReferenceData.load();
    }
    return reference;
  }

  /**
   * Opens the store in a data directory, creating or updating its database as needed.
   *
   * @param progress told, in words, about long work (the first load)
   */
  public static Store open(Path dir, Consumer<String> progress) {
    Store store = new Store(dir);
    store.ensureCurrent(progress);
    return store;
  }

  public Path databaseFile() {
    return file;
  }

  public Path directory() {
    return dir;
  }

  // ---------------------------------------------------------------- opening and loading

  private void ensureCurrent(Consumer<String> progress) {
    if (!Files.exists(file)) {
      DataDirectory.ensureWritable(dir);
      progress.accept("Setting up the burdenshare database in " + dir + " (first use)…");
      createFresh(progress);
      return;
    }
    if (!Files.isRegularFile(file)) {
      throw new StoreException(
          file
              + " is not a file: expected the burdenshare database. Move it away or choose"
              + " another --data-dir.");
    }
    StoredState state;
    try (Connection c = connect(file, true)) {
      state = StoredState.read(c, file);
    } catch (SQLException e) {
      throw unreadable(e);
    }
    if (upToDate(state, true)) {
      return;
    }
    DataDirectory.ensureWritable(dir);
    progress.accept("Adding newly bundled releases to " + file + "…");
    try (Connection c = connect(file, false)) {
      apply(c, state, progress);
    } catch (SQLException e) {
      throw new StoreException(
          "Could not update " + file + ": " + clean(e) + ". Nothing was changed.", e);
    }
  }

  private void createFresh(Consumer<String> progress) {
    Path partial =
        dir.resolve(DataDirectory.DATABASE_FILE + ".partial-" + ProcessHandle.current().pid());
    try {
      deleteDatabaseFiles(partial);
      Properties compatible = new Properties();
      compatible.setProperty("storage_compatibility_version", STORAGE_VERSION);
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + partial, compatible);
          Statement s = c.createStatement()) {
        apply(c, new StoredState(Map.of(), Map.of(), Map.of()), progress);
        // Written into the file now, where a failure (a full disk) is reported: a checkpoint
        // that fails as the connection closes is not, and would leave the figures in a log
        // that the move below leaves behind.
        s.execute("CHECKPOINT");
      }
      if (Files.exists(Path.of(partial + ".wal"))) {
        throw new IOException("the database's log was not written into it (is the disk full?)");
      }
      try (Connection c = connect(partial, true)) {
        if (!upToDate(StoredState.read(c, file), false)) {
          throw new IOException("the new database does not read back whole (is the disk full?)");
        }
      }
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (SQLException | IOException e) {
      throw new StoreException(
          "Could not create the database in "
              + dir
              + ": "
              + e.getMessage()
              + ". Nothing was written.",
          e);
    } finally {
      deleteDatabaseFiles(partial);
    }
  }

  private static void deleteDatabaseFiles(Path db) {
    try {
      Files.deleteIfExists(db);
      Files.deleteIfExists(Path.of(db + ".wal"));
    } catch (IOException e) {
      // Best effort: a leftover partial file is harmless and is replaced by the next attempt.
    }
  }

  /**
   * Whether the database holds the bundle as this jar has it.
   *
   * @param quick whether the bundled files' digest recorded when it was last brought up to them may
   *     say so (a check that reads back a new database checks every release instead)
   */
  private boolean upToDate(StoredState state, boolean quick) {
    if (!Integer.toString(Schema.VERSION).equals(state.meta().get("schema_version"))) {
      return false;
    }
    if (quick) {
      Optional<String> files = Bundle.fingerprint();
      if (files.isPresent()
          && files.get().equals(state.meta().get(BUNDLE_FILES_KEY))
          && Bundle.manifestHash().equals(state.meta().get(MANIFEST_KEY))) {
        return true;
      }
    }
    for (Manifest.ReleaseEntry e : bundle().manifest().releases()) {
      if (!state.releaseHashes().containsKey(e.id())) {
        return false;
      }
    }
    for (Bundle.ReleaseFile f : bundle().releases()) {
      if (state.bundled().get(f.release().id())
          && !f.sha256().equals(state.releaseHashes().get(f.release().id()))) {
        return false;
      }
    }
    return Integer.toString(Schema.VERSION).equals(state.meta().get("schema_version"))
        && Bundle.manifestHash().equals(state.meta().get(MANIFEST_KEY))
        && Bundle.referenceHash().equals(state.meta().get(REFERENCE_KEY))
        && bundle().supplementsHash().equals(state.meta().get(SUPPLEMENTS_KEY));
  }

  /** Brings the database up to the bundle in one transaction. */
  private void apply(Connection c, StoredState state, Consumer<String> progress)
      throws SQLException {
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        for (String ddl : Schema.CREATE) {
          s.execute(ddl);
        }
      }
      List<Bundle.ReleaseFile> files = bundle().releases();
      boolean manifestChanged = !Bundle.manifestHash().equals(state.meta().get(MANIFEST_KEY));
      for (int i = 0; i < files.size(); i++) {
        Bundle.ReleaseFile f = files.get(i);
        String id = f.release().id();
        String known = state.releaseHashes().get(id);
        if (known != null && !state.bundled().get(id)) {
          continue; // the user's own import of that id, which is never touched
        }
        if (known != null && known.equals(f.sha256()) && !manifestChanged) {
          continue; // already loaded, with the metadata of this manifest
        }
        List<Observation> obs = f.observations(reference().countries()::contains);
        progress.accept("  " + id + ": " + obs.size() + " figures");
        ReleaseRows.deleteRelease(c, id);
        insertRelease(c, f, i);
        ReleaseRows.appendObservations(c, obs);
      }
      ReferenceData.replace(c, reference());
      replaceSupplements(c);
      ReleaseRows.upsertMeta(c, "schema_version", Integer.toString(Schema.VERSION));
      ReleaseRows.upsertMeta(c, REFERENCE_KEY, Bundle.referenceHash());
      ReleaseRows.upsertMeta(c, SUPPLEMENTS_KEY, bundle().supplementsHash());
      ReleaseRows.upsertMeta(c, MANIFEST_KEY, Bundle.manifestHash());
      // "" where the files cannot be listed: no digest to match, every check in full
      ReleaseRows.upsertMeta(c, BUNDLE_FILES_KEY, Bundle.fingerprint().orElse(""));
      c.commit();
    } catch (SQLException | RuntimeException e) {
      ReleaseRows.rollbackKeeping(c, e);
      throw e;
    }
  }

  private void insertRelease(Connection c, Bundle.ReleaseFile f, int precedence)
      throws SQLException {
    ReleaseRows.insertReleaseRow(
        c,
        f.release(),
        f.entry().label(),
        precedence,
        Provenance.local(f.entry().file(), (long) f.content().length, f.sha256()),
        bundle().sourcesText(f.entry()));
  }

  private void replaceSupplements(Connection c) throws SQLException {
    for (Manifest.Supplement s : bundle().manifest().supplements()) {
      Supplements.replace(c, s, bundle().bytes(s));
    }
  }

  // ---------------------------------------------------------------- reading

  /** Opens a read-only connection for a caller that runs its own queries (the SQL console). */
  Connection readOnlyConnection(Properties extra) throws SQLException {
    Properties p = new Properties();
    p.putAll(extra);
    p.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
    return DriverManager.getConnection("jdbc:duckdb:" + file, p);
  }

  static Connection connect(Path db, boolean readOnly) throws SQLException {
    Properties p = new Properties();
    if (readOnly) {
      p.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
    }
    return DriverManager.getConnection("jdbc:duckdb:" + db, p);
  }

  private StoreException unreadable(SQLException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("lock")) {
      // DuckDB's own message goes on about its CLI's -readonly flag, which burdenshare has not
      var pid = java.util.regex.Pattern.compile("PID (\\d+)").matcher(m);
      return new StoreException(
          file
              + " is being written by another process"
              + (pid.find() ? " (PID " + pid.group(1) + ", e.g. an import)" : " (e.g. an import)")
              + ". Try again when it has finished.",
          e);
    }
    return new StoreException(
        file
            + " cannot be read as a burdenshare database ("
            + clean(e)
            + "). It may be damaged or of another kind: move it away and burdenshare will build a"
            + " new one, or choose another --data-dir.",
        e);
  }

  /** The first line of a DuckDB message, which is the part a person can use. */
  static String clean(SQLException e) {
    String m = String.valueOf(e.getMessage()).strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  // ---------------------------------------------------------------- reading and imports

  /** Reads everything into an immutable in-memory snapshot for the calculators. */
  public Figures snapshot() {
    return parts().figures();
  }

  /**
   * The snapshot as a one-shot command needs it: the one kept beside the database when it is the
   * database's current one, which answers without opening the store at all; otherwise empty, and
   * the command opens the store and asks {@link #snapshotToKeep}.
   */
  public static Optional<Figures> keptSnapshot(Path dir) {
    return SnapshotFile.read(dir);
  }

  /** Reads the snapshot as {@link #snapshot} does, to be kept for the next one-shot command. */
  public SnapshotToKeep snapshotToKeep() {
    Optional<String> before = SnapshotFile.key(dir);
    return new SnapshotToKeep(dir, before, parts());
  }

  private SnapshotParts parts() {
    try (Connection c = connect(file, true)) {
      return SnapshotReader.parts(c, reference(), bundle().manifest());
    } catch (SQLException e) {
      throw unreadable(e);
    } catch (JsonProcessingException e) {
      throw new StoreException(
          file + " holds a release whose metadata is damaged: " + e.getOriginalMessage());
    }
  }

  /** Notes the last look at the publishers' pages, for the dashboard's Sources page. */
  public void recordCheck(PublisherCheck check) {
    DataDirectory.ensureWritable(dir);
    try (Connection c = connect(file, false)) {
      PublisherChecks.write(c, check);
    } catch (SQLException e) {
      throw new StoreException("Could not note the check in " + file + ": " + clean(e) + ".", e);
    }
  }

  /** What an import did. */
  public enum ImportAction {
    /** A new release was added. */
    ADDED,
    /** A release of the same id, imported earlier from another file, was replaced. */
    REPLACED,
    /** The same file (by content) was imported already: nothing changed. */
    UNCHANGED,
    /** The file holds a bundled release figure for figure: nothing changed. */
    IDENTICAL_TO_BUNDLED,
    /** --dry-run: everything was checked, nothing written. */
    CHECKED
  }

  /**
   * The outcome of an import, in words for the user.
   *
   * @param warnings what let the import through but deserves a look, each naming where
   */
  public record ImportOutcome(
      ImportAction action, String releaseId, String message, List<String> warnings) {
    public ImportOutcome {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Writes an imported release in one transaction: all of it, or nothing. The same file twice
   * changes nothing; a corrected file of an imported release replaces it; a bundled release is
   * never replaced.
   */
  public ImportOutcome importRelease(ImportedRelease r, boolean dryRun, Consumer<String> progress) {
    return ReleaseImport.write(this, r, dryRun, progress);
  }
}
