package org.burdenshare.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.burdenshare.core.allies.Country;
import org.burdenshare.core.dataset.Dataset;
import org.burdenshare.core.dataset.Observation;
import org.burdenshare.core.groups.GroupDefinition;
import org.burdenshare.core.groups.Groups;
import org.burdenshare.core.releases.Definition;
import org.burdenshare.core.releases.Edition;
import org.burdenshare.core.releases.Editions;
import org.burdenshare.core.releases.Holding;
import org.burdenshare.core.releases.Release;
import org.burdenshare.store.imports.ImportedRelease;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * The system of record: one DuckDB file in the data directory. Opening it loads the bundled
 * releases on first use, and adds releases that a newer product bundles, in one transaction that
 * either commits everything or nothing; data the user imported is never touched. A brand-new
 * database is built beside its final name and moved into place only when complete, so a failed
 * first load leaves no file behind.
 */
public final class Store {
  private static final ObjectMapper JSON = new ObjectMapper();

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

  private final Path dir;
  private final Path file;
  private final Bundle bundle;
  private final Groups reference;

  private Store(Path dir, Bundle bundle, Groups reference) {
    this.dir = dir;
    this.file = dir.resolve(DataDirectory.DATABASE_FILE);
    this.bundle = bundle;
    this.reference = reference;
  }

  /**
   * Opens the store in a data directory, creating or updating its database as needed.
   *
   * @param progress told, in words, about long work (the first load)
   */
  public static Store open(Path dir, Consumer<String> progress) {
    Store store = new Store(dir, Bundle.load(), ReferenceData.load());
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

  private record State(
      Map<String, String> releaseHashes, Map<String, Boolean> bundled, Map<String, String> meta) {}

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
    State state;
    try (Connection c = connect(file, true)) {
      state = readState(c);
    } catch (SQLException e) {
      throw unreadable(e);
    }
    if (upToDate(state)) {
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
        apply(c, new State(Map.of(), Map.of(), Map.of()), progress);
        // Written into the file now, where a failure (a full disk) is reported: a checkpoint
        // that fails as the connection closes is not, and would leave the figures in a log
        // that the move below leaves behind.
        s.execute("CHECKPOINT");
      }
      if (Files.exists(Path.of(partial + ".wal"))) {
        throw new IOException("the database's log was not written into it (is the disk full?)");
      }
      try (Connection c = connect(partial, true)) {
        if (!upToDate(readState(c))) {
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

  private State readState(Connection c) throws SQLException {
    Map<String, String> meta = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet tables =
            s.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'")) {
      tables.next();
      if (tables.getInt(1) == 0) {
        throw new StoreException(
            file
                + " is a DuckDB database, but not one of burdenshare (it has no burdenshare"
                + " schema). Move it away or choose another --data-dir.");
      }
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT key, value FROM meta")) {
      while (rs.next()) {
        meta.put(rs.getString(1), rs.getString(2));
      }
    }
    int version;
    try {
      version = Integer.parseInt(meta.getOrDefault("schema_version", "?"));
    } catch (NumberFormatException e) {
      throw new StoreException(
          file
              + " has no readable schema version: it is damaged. Move it away and burdenshare will build a new one.");
    }
    if (version > Schema.VERSION) {
      throw new StoreException(
          file
              + " was written by a newer burdenshare (schema "
              + version
              + "); this version reads schema "
              + Schema.VERSION
              + ". Upgrade burdenshare, or choose another --data-dir.");
    }
    if (version < 1) {
      throw new StoreException(
          file
              + " uses schema "
              + version
              + ", which this version cannot migrate. Move it away and burdenshare will build a"
              + " new one.");
    }
    Map<String, String> hashes = new HashMap<>();
    Map<String, Boolean> bundled = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT release_id, content_sha256, bundled FROM releases")) {
      while (rs.next()) {
        hashes.put(rs.getString(1), rs.getString(2));
        bundled.put(rs.getString(1), rs.getBoolean(3));
      }
    }
    return new State(hashes, bundled, meta);
  }

  private boolean upToDate(State state) {
    for (Manifest.ReleaseEntry e : bundle.manifest().releases()) {
      if (!state.releaseHashes().containsKey(e.id())) {
        return false;
      }
    }
    for (Bundle.ReleaseFile f : bundle.releases()) {
      if (state.bundled().get(f.release().id())
          && !f.sha256().equals(state.releaseHashes().get(f.release().id()))) {
        return false;
      }
    }
    return Integer.toString(Schema.VERSION).equals(state.meta().get("schema_version"))
        && manifestHash().equals(state.meta().get(MANIFEST_KEY))
        && referenceHash().equals(state.meta().get(REFERENCE_KEY))
        && supplementsHash().equals(state.meta().get(SUPPLEMENTS_KEY));
  }

  private String referenceHash() {
    return Bundle.sha256(
        (Bundle.sha256(Resources.bytes(ReferenceData.COUNTRIES))
                + Bundle.sha256(Resources.bytes(ReferenceData.GROUPS)))
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String manifestHash() {
    return Bundle.sha256(Resources.bytes(Bundle.MANIFEST));
  }

  private String supplementsHash() {
    StringBuilder all = new StringBuilder();
    bundle.manifest().supplements().forEach(s -> all.append(Bundle.sha256(bundle.bytes(s))));
    return Bundle.sha256(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Brings the database up to the bundle in one transaction. */
  private void apply(Connection c, State state, Consumer<String> progress) throws SQLException {
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        for (String ddl : Schema.CREATE) {
          s.execute(ddl);
        }
      }
      List<Bundle.ReleaseFile> files = bundle.releases();
      boolean manifestChanged = !manifestHash().equals(state.meta().get(MANIFEST_KEY));
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
        List<Observation> obs = f.observations(reference.countries()::contains);
        progress.accept("  " + id + ": " + obs.size() + " figures");
        deleteRelease(c, id);
        insertRelease(c, f, i);
        appendObservations(c, obs);
      }
      replaceReference(c);
      replaceSupplements(c);
      upsertMeta(c, "schema_version", Integer.toString(Schema.VERSION));
      upsertMeta(c, REFERENCE_KEY, referenceHash());
      upsertMeta(c, SUPPLEMENTS_KEY, supplementsHash());
      upsertMeta(c, MANIFEST_KEY, manifestHash());
      c.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackKeeping(c, e);
      throw e;
    }
  }

  /**
   * Rolls back after a failed write, keeping the failure's own cause in front: when the disk is
   * full DuckDB may have ended the transaction already, and the rollback's "no transaction is
   * active" would otherwise hide "No space left on device".
   */
  private static void rollbackKeeping(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException | RuntimeException r) {
      cause.addSuppressed(r);
    }
  }

  private static void deleteRelease(Connection c, String id) throws SQLException {
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

  private void insertRelease(Connection c, Bundle.ReleaseFile f, int precedence)
      throws SQLException {
    insertReleaseRow(
        c,
        f.release(),
        f.entry().label(),
        precedence,
        f.entry().file(),
        f.sha256(),
        bundle.sourcesText(f.entry()));
  }

  /** One row of the releases table; bundled releases and imports differ only in what they pass. */
  private static void insertReleaseRow(
      Connection c,
      Release r,
      String label,
      int precedence,
      String file,
      String sha,
      String sources)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO releases VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
      p.setString(i++, file);
      p.setString(i++, sha);
      p.setString(i++, sources);
      p.setTimestamp(i++, Timestamp.from(Instant.now()));
      p.setBoolean(i++, r.partial());
      p.setString(i++, json(r.holdings()));
      p.setString(i++, json(r.definitions()));
      p.executeUpdate();
    }
  }

  private static void appendObservations(Connection c, List<Observation> obs) throws SQLException {
    try (DuckDBAppender a =
        c.unwrap(DuckDBConnection.class).createAppender("main", "observations")) {
      for (Observation o : obs) {
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
    }
  }

  private void replaceReference(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM countries");
      s.execute("DELETE FROM groups");
    }
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO countries VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Country k : reference.countries().all()) {
        p.setString(1, k.iso3());
        p.setString(2, k.name());
        p.setObject(3, k.natoAccession());
        p.setObject(4, k.euAccession());
        p.setObject(5, k.euExit());
        p.setString(6, k.region().name().toLowerCase(java.util.Locale.ROOT));
        p.setBoolean(7, k.armedForces());
        p.setString(8, String.join(";", k.aliases()));
        p.executeUpdate();
      }
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO groups VALUES (?, ?, ?)")) {
      for (GroupDefinition g : reference.definitions()) {
        p.setString(1, g.name());
        p.setString(2, g.description());
        p.setString(3, g.expression());
        p.executeUpdate();
      }
    }
  }

  private void replaceSupplements(Connection c) throws SQLException {
    for (Manifest.Supplement s : bundle.manifest().supplements()) {
      Supplements.replace(c, s, bundle.bytes(s));
    }
  }

  private static void upsertMeta(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO meta VALUES (?, ?)")) {
      p.setString(1, key);
      p.setString(2, value);
      p.executeUpdate();
    }
  }

  // ---------------------------------------------------------------- reading

  /** Reads everything into an immutable in-memory snapshot for the calculators. */
  public Dataset snapshot() {
    try (Connection c = connect(file, true)) {
      List<Release> releases = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT release_id, dataset, publisher, title, published, cutoff, url,"
                      + " attribution, licence, tables_json, decimals_json, notes_json, bundled,"
                      + " partial, holdings_json, definitions_json"
                      + " FROM releases ORDER BY bundled DESC, precedence, published")) {
        while (rs.next()) {
          releases.add(
              new Release(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getObject(5, java.time.LocalDate.class),
                  rs.getObject(6, java.time.LocalDate.class),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  JSON.readValue(rs.getString(10), new TypeReference<Map<String, String>>() {}),
                  JSON.readValue(rs.getString(11), new TypeReference<Map<String, Integer>>() {}),
                  JSON.readValue(rs.getString(12), new TypeReference<List<String>>() {}),
                  rs.getBoolean(13),
                  rs.getBoolean(14),
                  JSON.readValue(rs.getString(15), new TypeReference<List<Holding>>() {}),
                  JSON.readValue(
                      rs.getString(16), new TypeReference<Map<String, Definition>>() {})));
        }
      }
      List<Observation> observations = new ArrayList<>(16_384);
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT release_id, country_iso3, year, indicator, unit, value, is_estimate,"
                      + " source_table FROM observations")) {
        while (rs.next()) {
          observations.add(
              new Observation(
                  rs.getString(1).intern(),
                  rs.getString(2).intern(),
                  rs.getInt(3),
                  rs.getString(4).intern(),
                  rs.getString(5).intern(),
                  rs.getDouble(6),
                  rs.getBoolean(7),
                  rs.getString(8).intern()));
        }
      }
      return new Dataset(releases, observations, reference, readEditions(c));
    } catch (SQLException e) {
      throw unreadable(e);
    } catch (JsonProcessingException e) {
      throw new StoreException(
          file + " holds a release whose metadata is damaged: " + e.getOriginalMessage());
    }
  }

  /** The catalogue of the publisher's editions, as the bundled supplement lists them. */
  private Editions readEditions(Connection c) throws SQLException {
    String dataset =
        bundle.manifest().supplements().stream()
            .filter(s -> s.table().equals("editions"))
            .map(Manifest.Supplement::dataset)
            .findFirst()
            .orElse("");
    List<Edition> all = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT kind, identifier, title, published, cutoff, estimate_years, url, source,"
                    + " confidence, bundled_as, notes FROM editions")) {
      while (rs.next()) {
        all.add(
            new Edition(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, java.time.LocalDate.class),
                rs.getObject(5, java.time.LocalDate.class),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11)));
      }
    }
    return new Editions(dataset, all);
  }

  /** Opens a read-only connection for a caller that runs its own queries (the SQL console). */
  Connection readOnlyConnection(Properties extra) throws SQLException {
    Properties p = new Properties();
    p.putAll(extra);
    p.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
    return DriverManager.getConnection("jdbc:duckdb:" + file, p);
  }

  private static Connection connect(Path db, boolean readOnly) throws SQLException {
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

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- imports

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
                + " SELECT o.release_id, o.indicator, count(*) FROM observations o"
                + " JOIN latest USING (release_id) GROUP BY 1, 2 ORDER BY 2")) {
      p.setString(1, r.release().dataset());
      p.setString(2, r.release().id());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          long before = rs.getLong(3);
          long now = here.getOrDefault(rs.getString(2), 0L);
          if (now * 2 < before) {
            found.add(
                rs.getString(2)
                    + ": "
                    + (now == 0 ? "no figures" : now == 1 ? "1 figure" : now + " figures")
                    + " in this file, against "
                    + before
                    + " in "
                    + rs.getString(1)
                    + ", the latest release of the same series in the database. Is a table"
                    + " missing or unreadable?");
          }
        }
      }
    }
    return found;
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
    // the same checks for every file, and for --dry-run, before the database is opened
    List<String> warnings =
        new ArrayList<>(
            org.burdenshare.store.imports.ImportValidation.check(
                r, LocalDate.now(java.time.ZoneOffset.UTC)));
    if (!dryRun) {
      DataDirectory.ensureWritable(dir);
    }
    String id = r.release().id();
    try (Connection c = connect(file, dryRun)) {
      String sameFile = null;
      try (PreparedStatement p =
          c.prepareStatement("SELECT release_id FROM releases WHERE content_sha256 = ?")) {
        p.setString(1, r.sha256());
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next()) {
            sameFile = rs.getString(1);
          }
        }
      }
      if (sameFile != null) {
        return new ImportOutcome(
            ImportAction.UNCHANGED,
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
            bundled = rs.getBoolean(1);
          }
        }
      }
      if (Boolean.TRUE.equals(bundled)) {
        int differences = differences(c, r);
        if (differences == 0) {
          return new ImportOutcome(
              ImportAction.IDENTICAL_TO_BUNDLED,
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
        return new ImportOutcome(
            ImportAction.CHECKED,
            id,
            "Checked, nothing written (--dry-run): release "
                + id
                + " would be "
                + (bundled == null ? "added" : "replaced")
                + ".",
            warnings);
      }
      c.setAutoCommit(false);
      try {
        deleteRelease(c, id);
        insertImported(c, r);
        progress.accept("Writing " + r.observations().size() + " figures…");
        appendObservations(c, r.observations());
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
        rollbackKeeping(c, e);
        throw e;
      }
      return new ImportOutcome(
          bundled == null ? ImportAction.ADDED : ImportAction.REPLACED,
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
          "Could not import into " + file + ": " + clean(e) + ". Nothing was changed.", e);
    }
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
          Observation o = mine.get(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3));
          if (o == null
              || !o.unit().equals(rs.getString(4))
              || o.value() != rs.getDouble(5)
              || o.estimate() != rs.getBoolean(6)) {
            differ++;
          }
        }
      }
    }
    return differ + Math.max(0, mine.size() - seen);
  }

  private static void insertImported(
      Connection c, org.burdenshare.store.imports.ImportedRelease imported) throws SQLException {
    insertReleaseRow(
        c,
        imported.release(),
        imported.format(),
        1000,
        imported.file(),
        imported.sha256(),
        String.join("\n", imported.notices()));
  }
}
