package org.burdenshare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.burdenshare.store.imports.ReleaseDetails;
import org.burdenshare.store.imports.TidyCsvImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import writes on one DuckDB thread, and sets the database's threads back as they were: the
 * setting belongs to the database, which the connections of a running server share, and a server
 * left on one thread would answer every later query on one core.
 */
class ImportThreadsTest {
  @TempDir Path dir;

  private static final String HEADER =
      "release,country_iso3,country_name,year,indicator,unit,value,is_estimate\n";

  @Test
  void anImportSetsTheDatabasesThreadsBackAsTheyWere() throws Exception {
    Store store = Store.open(dir.resolve("data"), m -> {});
    // a connection held open across the imports shares their database, as a server's do
    try (Connection held = DriverManager.getConnection("jdbc:duckdb:" + store.databaseFile());
        Statement s = held.createStatement()) {
      s.execute("SET threads = 3"); // neither DuckDB's default here nor the import's one thread
      assertThat(threads(s)).isEqualTo(3);
      var added = store.importRelease(release("2.1"), false, m -> {});
      assertThat(added.action()).isEqualTo(Store.ImportAction.ADDED);
      assertThat(threads(s)).as("after a release was added").isEqualTo(3);
      var replaced = store.importRelease(release("2.2"), false, m -> {});
      assertThat(replaced.action()).isEqualTo(Store.ImportAction.REPLACED);
      assertThat(threads(s)).as("after a release was replaced").isEqualTo(3);
      // and it did write: the database holds the corrected figure
      try (ResultSet rs =
          s.executeQuery("SELECT value FROM observations WHERE release_id = 'mine'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getDouble(1)).isEqualTo(2.2);
      }
    }
  }

  private static long threads(Statement s) throws Exception {
    try (ResultSet rs = s.executeQuery("SELECT current_setting('threads')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private org.burdenshare.store.imports.ImportedRelease release(String share) throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("mine-" + share + ".csv"),
            HEADER + "R,DEU,Germany,2024,share_of_gdp,percent," + share + ",false\n");
    return TidyCsvImport.read(
        csv,
        ReferenceData.load().countries(),
        new ReleaseDetails("mine", "Mine", LocalDate.of(2026, 1, 1)));
  }
}
