package org.burdenshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code burdenshare import} killed with SIGKILL at random moments: afterwards the database opens
 * and answers, and holds either none of the new release or all of it, never a part.
 *
 * <p>The default build kills a few ({@code redteam.kills}, default 3); {@code bench/redteam.sh}
 * kills 100 and more.
 */
class KillDuringImportTest {
  static final int KILLS = Integer.getInteger("redteam.kills", 3);

  @TempDir Path tmp;

  @Test
  void anImportKilledAtAnyMomentLeavesTheOldStateOrTheNew() throws Exception {
    Path baseline = tmp.resolve("baseline");
    assertThat(Cli.run(baseline, "releases").exit()).isZero();
    Path workbook =
        Files.write(
            tmp.resolve("240617-def-exp-2024-TABLES-en.xlsx"),
            RedTeamImportTest.resource("/redteam/240617-def-exp-2024-TABLES-en.xlsx"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Random random = new Random(Long.getLong("redteam.seed", 20261130L));
    Path data = tmp.resolve("data");
    int killed = 0;
    int completed = 0;
    int before = 0;
    for (int i = 0; i < KILLS; i++) {
      RedTeamImportTest.copy(baseline, data);
      Process p =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "import",
                  "nato",
                  workbook.toString(),
                  "--id",
                  "killed",
                  "--data-dir",
                  data.toString())
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve("child.log").toFile())
              .start();
      // from the JVM's start to past the import's commit
      boolean ended = p.waitFor(200 + random.nextInt(4800), TimeUnit.MILLISECONDS);
      if (!ended) {
        p.destroyForcibly(); // SIGKILL
        p.waitFor();
        killed++;
      }
      Cli.Result after = Cli.run(data, "releases");
      assertThat(after.exit()).as("the database answers after kill %d", i).isZero();
      long figures = figuresOf(data, "killed");
      assertThat(figures).as("all of the release, or none (kill %d)", i).isIn(0L, 5_346L);
      if (figures == 0) {
        before++;
      } else {
        completed++;
      }
    }
    System.out.printf(
        "red team, kill -9 during import: %d runs, %d killed, %d left the old state, %d the new,"
            + " 0 partial%n",
        KILLS, killed, before, completed);
    assertThat(before + completed).isEqualTo(KILLS);
  }

  private static long figuresOf(Path data, String release) throws Exception {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    try (Connection c =
            DriverManager.getConnection("jdbc:duckdb:" + data.resolve("burdenshare.duckdb"), p);
        var st = c.prepareStatement("SELECT count(*) FROM observations WHERE release_id = ?")) {
      st.setString(1, release);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
