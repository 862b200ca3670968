package org.burdenshare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database file opens read-only in DuckDB 1.x (the driver the build copies to
 * target/duckdb-reader), in a separate process, after first use and after an import.
 */
class DatabaseCompatibilityTest {
  @TempDir Path tmp;

  private static final String READER =
      """
      import java.sql.*;
      import java.util.Properties;
      public class Reader {
        public static void main(String[] a) throws Exception {
          Properties p = new Properties();
          p.setProperty("duckdb.read_only", "true");
          try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + a[0], p);
              Statement s = c.createStatement();
              ResultSet rs = s.executeQuery(
                  "SELECT count(*), (SELECT library_version FROM pragma_version()) FROM observations")) {
            rs.next();
            System.out.println(rs.getLong(1) + " observations read by DuckDB " + rs.getString(2));
          }
        }
      }
      """;

  private String readWithDuckDb1(Path db) throws Exception {
    Path jar = Path.of("target", "duckdb-reader", "duckdb-reader.jar").toAbsolutePath();
    assertThat(jar).as("the DuckDB 1.x driver the build copies").isRegularFile();
    Path source = tmp.resolve("Reader.java");
    Files.writeString(source, READER);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(java, "-cp", jar.toString(), source.toString(), db.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    return out.strip();
  }

  @Test
  void aFreshDatabaseOpensInDuckDb1() throws Exception {
    Store store = Store.open(tmp.resolve("data"), m -> {});
    assertThat(readWithDuckDb1(store.databaseFile()))
        .startsWith("18895 observations read by DuckDB v1.");
  }
}
