package org.burdenshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error a user can cause: one clear message naming what was wrong and what is accepted, exit
 * status 2, no stack trace, and the data directory exactly as it was.
 */
class ErrorsTest {
  @TempDir static Path data;

  @BeforeAll
  static void load() {
    assertThat(Cli.run(data, "releases").exit()).isZero();
  }

  /** Runs a command that must fail as a user error and leave the data directory unchanged. */
  private static String failsCleanly(Path dir, String... args) throws Exception {
    String before = Cli.fingerprint(dir);
    Cli.Result r = Cli.run(dir, args);
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("burdenshare: ")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
    assertThat(Cli.fingerprint(dir)).as("the data directory is unchanged").isEqualTo(before);
    return r.err();
  }

  private static String[] compare(String a, String b, String... more) {
    String[] base = {"compare", a, b, "--indicator", "defence_exp_current_usd", "--year", "2019"};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void aWrongQuestionKeepsNoSnapshotAndAnAnswerDoes(@TempDir Path dir) throws Exception {
    // the first use builds the database (that is not the question's doing); the question fails
    Cli.Result wrong = Cli.run(dir, compare("USA", "Germny"));
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(dir.resolve("burdenshare.snapshot")).doesNotExist();
    assertThat(failsCleanly(dir, compare("USA", "Germny"))).contains("Did you mean Germany?");
    assertThat(dir.resolve("burdenshare.snapshot")).doesNotExist();
    Cli.Result right = Cli.run(dir, compare("USA", "Germany"));
    assertThat(right.exit()).isZero();
    assertThat(dir.resolve("burdenshare.snapshot")).isRegularFile();
    // answered from the kept snapshot, a wrong question is refused as before
    assertThat(failsCleanly(dir, compare("USA", "Germny"))).contains("Did you mean Germany?");
    assertThat(Cli.run(dir, compare("USA", "Germany")).out()).isEqualTo(right.out());
  }

  @Test
  void unknownCountrySuggestsCloseNames() throws Exception {
    assertThat(failsCleanly(data, compare("USA", "Germny")))
        .contains("Unknown country or group 'Germny' at column 1")
        .contains("Did you mean Germany?");
  }

  @Test
  void unknownGroupSuggestsCloseNames() throws Exception {
    assertThat(failsCleanly(data, compare("USA", "NATO-BALTIC")))
        .contains("'BALTIC' at column 6")
        .contains("BALTICS");
  }

  @Test
  void malformedGroupExpressionPointsAtTheColumn() throws Exception {
    assertThat(failsCleanly(data, compare("USA", "NATO-(USA")))
        .contains("column 10")
        .contains("expected a closing parenthesis");
  }

  @Test
  void unknownIndicatorSuggestsCloseIds() throws Exception {
    assertThat(
            failsCleanly(
                data,
                "compare",
                "USA",
                "DEU",
                "--indicator",
                "defence_exp_curent_usd",
                "--year",
                "2019"))
        .contains("Unknown indicator 'defence_exp_curent_usd'")
        .contains("Did you mean defence_exp_current_usd");
  }

  @Test
  void unknownReleaseSuggestsCloseIds() throws Exception {
    assertThat(failsCleanly(data, compare("USA", "DEU", "--release", "nato-2019-6")))
        .contains("Unknown release 'nato-2019-6'")
        .contains("Did you mean nato-2019-06");
  }

  @Test
  void impossibleYear() throws Exception {
    assertThat(
            failsCleanly(
                data,
                "compare",
                "USA",
                "DEU",
                "--indicator",
                "defence_exp_current_usd",
                "--year",
                "1800"))
        .contains("Year 1800 is out of range")
        .contains("1949");
  }

  @Test
  void yearNoReleaseCovers() throws Exception {
    assertThat(
            failsCleanly(
                data,
                "compare",
                "USA",
                "DEU",
                "--indicator",
                "defence_exp_current_usd",
                "--year",
                "2031"))
        .contains("release covers 2031")
        .contains("2012–2026");
  }

  @Test
  void noReleaseYetAtTheAsOfDateSaysSoAndAnswersFromTheEarliestThatDoes() throws Exception {
    Cli.Result r = Cli.run(data, compare("USA", "DEU", "--as-of", "2016-07-08"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("no release in the database published on or before 2016-07-08 holds")
        .contains("earliest later release that does, nato-2019-06")
        .contains("not in the database, and possibly different: NATO's edition of 22 June 2015");
  }

  @Test
  void malformedDate() throws Exception {
    assertThat(failsCleanly(data, compare("USA", "DEU", "--as-of", "2019-13-45")))
        .contains("expected a date as YYYY-MM-DD")
        .contains("2019-13-45");
  }

  @Test
  void asOfAndReleaseTogether() throws Exception {
    assertThat(
            failsCleanly(
                data, compare("USA", "DEU", "--as-of", "2019-11-28", "--release", "nato-2019-06")))
        .contains("exclude each other");
  }

  @Test
  void addingUpRatiosIsRefused() throws Exception {
    assertThat(
            failsCleanly(
                data,
                "compare",
                "USA",
                "NATO-USA",
                "--indicator",
                "share_of_gdp",
                "--year",
                "2019"))
        .contains("share_of_gdp is a ratio and cannot be added up");
  }

  @Test
  void addingUpDifferentCurrenciesIsRefused() throws Exception {
    assertThat(
            failsCleanly(
                data,
                "compare",
                "USA",
                "NATO-USA",
                "--indicator",
                "defence_exp_national_currency",
                "--year",
                "2024"))
        .contains("different units");
  }

  @Test
  void writesThroughSqlAreRefused() throws Exception {
    assertThat(failsCleanly(data, "sql", "DELETE FROM observations")).contains("read-only");
    assertThat(failsCleanly(data, "sql", "CREATE TABLE x AS SELECT 1")).contains("read-only");
    assertThat(failsCleanly(data, "sql", "UPDATE meta SET value = '9'")).contains("read-only");
  }

  @Test
  void sqlCannotReachFiles() throws Exception {
    Path outside = Files.createTempDirectory("outside").resolve("leak.csv");
    assertThat(failsCleanly(data, "sql", "COPY observations TO '" + outside + "'"))
        .contains("cannot reach files");
    assertThat(outside).doesNotExist();
    assertThat(failsCleanly(data, "sql", "SELECT * FROM read_csv('/etc/passwd')"))
        .contains("cannot reach files");
    assertThat(failsCleanly(data, "sql", "SET enable_external_access = true"))
        .contains("cannot reach files");
  }

  @Test
  void sqlRunsWithinMemoryAndThreadLimitsTheQueryCannotLift() throws Exception {
    Cli.Result r =
        Cli.run(
            data,
            "sql",
            "SELECT current_setting('memory_limit') AS m, current_setting('threads') AS t",
            "--format",
            "csv");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("953.6 MiB,2");
    assertThat(failsCleanly(data, "sql", "SET memory_limit = '20GB'"))
        .contains("cannot reach files, the network or the configuration");
  }

  @Test
  void sqlStreamsAndStopsAtTheRowLimit() throws Exception {
    // a billion rows: built whole, this would take minutes and gigabytes
    Cli.Result r = Cli.run(data, "sql", "SELECT * FROM range(1000000000)", "--max-rows", "5");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Only the first 5 rows are shown");
  }

  @Test
  void sqlStopsAQueryAtItsTimeLimit() throws Exception {
    assertThat(
            failsCleanly(
                data,
                "sql",
                "SELECT count(*) FROM range(100000000000) WHERE random() < 0.5",
                "--timeout",
                "1"))
        .contains("stopped after 1 s, the time limit (--timeout)");
  }

  @Test
  void aUtf16CsvWithoutByteOrderMarkIsNamedAsSuch(@TempDir Path tmp) throws Exception {
    String csv =
        "release,country_iso3,country_name,year,indicator,unit,value,is_estimate\n"
            + "X,DEU,Germany,2024,share_of_gdp,percent,2.1,false\n";
    for (var charset :
        List.of(
            java.nio.charset.StandardCharsets.UTF_16LE,
            java.nio.charset.StandardCharsets.UTF_16BE)) {
      Path file = Files.write(tmp.resolve("utf16.csv"), csv.getBytes(charset));
      String message =
          failsCleanly(
              data,
              "import",
              "nato",
              file.toString(),
              "--id",
              "u16",
              "--title",
              "U",
              "--published",
              "2026-01-01");
      assertThat(message)
          .contains("is UTF-16 text without a byte-order mark")
          .contains("UTF-8")
          .doesNotContain("\u0000");
    }
  }

  @Test
  void theLibraryLogIsRotatedWhenItGrowsLarge(@TempDir Path tmp) throws Exception {
    Path log = Files.write(tmp.resolve(LibraryLog.FILE), new byte[(int) LibraryLog.MAX_BYTES + 1]);
    Files.writeString(tmp.resolve(LibraryLog.FILE + ".1"), "older");
    LibraryLog.rotate(log);
    assertThat(log).doesNotExist();
    assertThat(Files.size(tmp.resolve(LibraryLog.FILE + ".1"))).isEqualTo(LibraryLog.MAX_BYTES + 1);
    Path small = Files.writeString(tmp.resolve(LibraryLog.FILE), "a line");
    LibraryLog.rotate(small);
    assertThat(small).hasContent("a line");
  }

  @Test
  void sqlCutsHugeValuesInsideTheTimeLimit() throws Exception {
    // one list of 3.2 million figures: made text and cut by DuckDB, not printed whole
    Cli.Result r =
        Cli.run(
            data,
            "sql",
            "SELECT array_agg(value) AS all_values, 1 AS one FROM observations, range(200)",
            "--timeout",
            "60");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 value is cut at 10,000 characters");
    assertThat(r.out().length()).isLessThan(50_000); // whole, it would be 60 MB
  }

  @Test
  void sqlWritesNoTemporaryFilesAndSaysWhenMemoryRunsOut() throws Exception {
    // a hundred million groups do not fit in 1 GB; DuckDB would spill them beside the database
    String message =
        failsCleanly(
            data,
            "sql",
            "SELECT count(*) FROM (SELECT i, count(*) FROM range(100000000) t(i) GROUP BY i)",
            "--timeout",
            "120");
    assertThat(message).contains("more than 1GB of memory").contains("writes nothing to disk");
    try (var files = Files.list(data)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .noneMatch(f -> f.endsWith(".tmp") || f.startsWith("duckdb_temp"));
    }
  }

  @Test
  void sqlPrintsControlCharactersAsEscapes() throws Exception {
    Cli.Result r =
        Cli.run(data, "sql", "SELECT chr(27) || '[2J' || chr(8238) || 'x' || chr(10) AS \"a\"");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("\\x1b[2J\\u202ex\\n")
        .doesNotContain("\u001b")
        .doesNotContain("\u202e");
  }

  @Test
  void whatWouldAnswerIsSaidInTheCommandLinesWords() throws Exception {
    assertThat(
            failsCleanly(
                data, "compare", "USA", "DEU", "--indicator", "gdp_current_usd", "--year", "2010"))
        .contains("Release wb-wdi-2026-07 (World Bank) has it. Ask with --release wb-wdi-2026-07.");
    assertThat(
            failsCleanly(
                data,
                "compare",
                "USA",
                "DEU",
                "--indicator",
                "gdp_current_usd",
                "--year",
                "2024",
                "--release",
                "nato-2099"))
        .contains("Unknown release 'nato-2099'")
        .contains("List them with 'burdenshare releases'.");
  }

  @Test
  void sqlSyntaxError() throws Exception {
    assertThat(failsCleanly(data, "sql", "SELEC 1"))
        .contains("The query failed")
        .contains("syntax");
  }

  @Test
  void corruptedDatabaseFile(@TempDir Path dir) throws Exception {
    Files.write(
        dir.resolve("burdenshare.duckdb"),
        "this is not a database, just bytes".repeat(200).getBytes());
    assertThat(failsCleanly(dir, "releases"))
        .contains("cannot be read as a burdenshare database")
        .contains("move it away");
  }

  @Test
  void foreignDuckDbFile(@TempDir Path dir) throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("burdenshare.duckdb"));
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE invoices (id INTEGER)");
    }
    assertThat(failsCleanly(dir, "releases")).contains("not one of burdenshare");
  }

  @Test
  void databaseOfANewerVersion(@TempDir Path dir) throws Exception {
    assertThat(Cli.run(dir, "releases").exit()).isZero();
    try (Connection c =
            DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("burdenshare.duckdb"));
        Statement s = c.createStatement()) {
      s.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    }
    assertThat(failsCleanly(dir, "releases")).contains("newer burdenshare (schema 99)");
  }

  @Test
  void unwritableDataDirectory(@TempDir Path dir) throws Exception {
    // A path below a regular file can be written by nobody, not even root.
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Path under = file.resolve("data");
    String before = Cli.fingerprint(dir);
    Cli.Result r = Cli.run(under, "releases");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Cannot create the data directory").contains("--data-dir");
    assertThat(Cli.fingerprint(dir)).isEqualTo(before);
  }

  @Test
  void unknownOptionAndMissingArgument() throws Exception {
    assertThat(failsCleanly(data, "compare", "USA")).contains("Missing required");
    assertThat(failsCleanly(data, "gap", "--target", "3.5", "--year", "2026", "--colour"))
        .contains("Unknown option");
    assertThat(failsCleanly(data, "gap", "--target", "lots", "--year", "2026")).contains("'lots'");
  }

  @Test
  void importsOfBadFilesChangeNothing(@TempDir Path tmp) throws Exception {
    Path fake = Files.writeString(tmp.resolve("tables.xlsx"), "this is a text file renamed");
    assertThat(failsCleanly(data, "import", "nato", fake.toString()))
        .contains("is not an Excel workbook");
    assertThat(failsCleanly(data, "import", "sipri", tmp.resolve("missing.xlsx").toString()))
        .contains("does not exist");
    Path csv =
        Files.writeString(
            tmp.resolve("mine.csv"),
            "release,country_iso3,country_name,year,indicator,unit,value,is_estimate\nX,DEU,Germany,2030,defence_exp_current_usd,million USD,abc,false\n");
    assertThat(
            failsCleanly(
                data,
                "import",
                "nato",
                csv.toString(),
                "--id",
                "mine",
                "--title",
                "Mine",
                "--published",
                "2026-01-01"))
        .contains(
            "mine.csv, line 2, column value: expected a number written with digits, such as 1234.5, found 'abc'");
    assertThat(failsCleanly(data, "import", "nato", csv.toString()))
        .contains("needs --id, --title and --published");
  }

  @Test
  void anImportIntoAnUnwritableDataDirectoryChangesNothing(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Path csv =
        Files.writeString(
            tmp.resolve("mine.csv"),
            "release,country_iso3,country_name,year,indicator,unit,value,is_estimate\nX,DEU,Germany,2030,defence_exp_current_usd,million USD,1,false\n");
    String before = Cli.fingerprint(tmp);
    Cli.Result r =
        Cli.run(
            file.resolve("data"),
            "import",
            "nato",
            csv.toString(),
            "--id",
            "mine",
            "--title",
            "Mine",
            "--published",
            "2026-01-01");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Cannot create the data directory");
    assertThat(Cli.fingerprint(tmp)).isEqualTo(before);
  }
}
