package org.burdenshare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.burdenshare.core.figures.Figures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First use, reopening, and a newer product that bundles a release the database lacks. */
class StoreLifecycleTest {
  @TempDir Path dir;

  private static long count(Path db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void firstUseBuildsTheDatabaseInPlaceAndLeavesNothingElse() throws Exception {
    List<String> progress = new ArrayList<>();
    Store.open(dir, progress::add);
    assertThat(progress.get(0)).contains("first use");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .containsExactly("burdenshare.duckdb");
    }
  }

  private static String meta(Path db, String key) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = '" + key + "'")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static void execute(Path db, String... statements) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  @Test
  void aDatabaseWhoseRecordOfTheBundledFilesDiffersIsCheckedReleaseByRelease() throws Exception {
    Path db = Store.open(dir, m -> {}).databaseFile();
    String files = Bundle.fingerprint().orElseThrow();
    assertThat(meta(db, "bundle_files")).isEqualTo(files).hasSize(64);

    // another build's record: every release is checked, and the database, current, is untouched
    execute(db, "UPDATE meta SET value = 'another build' WHERE key = 'bundle_files'");
    byte[] before = Files.readAllBytes(db);
    List<String> progress = new ArrayList<>();
    Store.open(dir, progress::add);
    assertThat(progress).isEmpty();
    assertThat(Files.readAllBytes(db)).isEqualTo(before);

    // checked in full, a bundled release missing from the database is written again, and the
    // record with it
    execute(
        db,
        "DELETE FROM observations WHERE release_id = 'nato-2023-07'",
        "DELETE FROM releases WHERE release_id = 'nato-2023-07'");
    Store.open(dir, progress::add);
    assertThat(progress).anySatisfy(m -> assertThat(m).contains("nato-2023-07"));
    assertThat(count(db, "SELECT count(*) FROM releases WHERE release_id = 'nato-2023-07'"))
        .isEqualTo(1);
    assertThat(meta(db, "bundle_files")).isEqualTo(files);
  }

  @Test
  void reopeningChangesNothingAndSaysNothing() throws Exception {
    Store.open(dir, m -> {});
    byte[] before = Files.readAllBytes(dir.resolve("burdenshare.duckdb"));
    List<String> progress = new ArrayList<>();
    Figures again = Store.open(dir, progress::add).snapshot();
    assertThat(progress).isEmpty();
    assertThat(again.observationCount()).isEqualTo(15_839 + 3_056);
    assertThat(Files.readAllBytes(dir.resolve("burdenshare.duckdb"))).isEqualTo(before);
  }

  @Test
  void aDatabaseOfTheSchema2ProductGainsThePartialReleaseAndTheCatalogueAndKeepsTheUsersOwn()
      throws Exception {
    Path db = Store.open(dir, m -> {}).databaseFile();
    // Make the database look like one written by the previous product (schema 2): no partial
    // releases, no catalogue of editions, none of the columns schemas 3 and 4 added; and a release
    // the user had imported.
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM observations WHERE release_id IN ('nato-2023-07', 'nato-2025-08')");
      s.execute("DELETE FROM releases WHERE release_id IN ('nato-2023-07', 'nato-2025-08')");
      s.execute("DROP TABLE editions");
      for (String column :
          List.of(
              "partial",
              "holdings_json",
              "definitions_json",
              "source_bytes",
              "source_address",
              "retrieved_at",
              "kept_file")) {
        s.execute("ALTER TABLE releases DROP COLUMN " + column);
      }
      s.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
      s.execute("DELETE FROM meta WHERE key = 'manifest_sha256'");
      s.execute(
          "INSERT INTO releases (release_id, dataset, publisher, title, published, cutoff, url,"
              + " attribution, licence, label, tables_json, decimals_json, notes_json, bundled,"
              + " precedence, source_file, content_sha256, sources_text, loaded_at)"
              + " SELECT 'my-release', 'my-dataset', 'Me', 'My figures',"
              + " DATE '2025-01-01', NULL, NULL, NULL, NULL, NULL, '{}', '{}', '[]', false, 99,"
              + " 'mine.csv', 'abc', NULL, now()");
      s.execute(
          "INSERT INTO observations (release_id, country_iso3, year, indicator, unit, value,"
              + " is_estimate, source_table) VALUES ('my-release', 'DEU', 2024,"
              + " 'defence_exp_current_usd', 'million USD', 1.5, false, 'my table')");
    }
    List<String> progress = new ArrayList<>();
    Figures data = Store.open(dir, progress::add).snapshot();
    assertThat(progress).anyMatch(m -> m.contains("Adding newly bundled releases"));
    assertThat(progress).anyMatch(m -> m.contains("nato-2023-07: 99 figures"));
    assertThat(count(db, "SELECT count(*) FROM observations WHERE release_id = 'nato-2023-07'"))
        .isEqualTo(99);
    assertThat(count(db, "SELECT count(*) FROM editions")).isEqualTo(23);
    assertThat(progress).anyMatch(m -> m.contains("nato-2025-08: 3056 figures"));
    assertThat(count(db, "SELECT count(*) FROM releases WHERE partial")).isEqualTo(2);
    assertThat(data.release("nato-2023-07").partial()).isTrue();
    assertThat(data.release("nato-2023-07").holdings()).hasSize(2);
    assertThat(data.release("nato-2024-06").definitionOf("share_of_gdp").table())
        .isEqualTo("Table 3 : Defence expenditure as a share of GDP and annual real change");
    assertThat(data.editions().all()).hasSize(23);
    assertThat(count(db, "SELECT count(*) FROM observations WHERE release_id = 'my-release'"))
        .isEqualTo(1);
    assertThat(data.release("my-release").bundled()).isFalse();
    assertThat(data.release("my-release").partial()).isFalse();
    // schema 4's provenance: what schema 2 knew of the file, and nothing it did not
    assertThat(data.release("my-release").provenance())
        .isEqualTo(
            new org.burdenshare.core.releases.Provenance(
                "mine.csv", null, "abc", null, null, null));
    assertThat(
            data.find("my-release", "defence_exp_current_usd", 2024, "DEU").orElseThrow().value())
        .isEqualTo(1.5);
    // Opened again, nothing more to do.
    List<String> again = new ArrayList<>();
    Store.open(dir, again::add);
    assertThat(again).isEmpty();
  }
}
