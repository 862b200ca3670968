package org.burdenshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and nonsensical files imported through the command line, as a user would: every one is
 * either refused with one clean message and the database unchanged, or accepted with nothing
 * nonsensical stored; none crashes, prints a stack trace or a library's log line, or leaves the
 * database unusable.
 *
 * <p>The default build tries a sample ({@code redteam.inputs}, default 60, half NATO's workbook,
 * half a CSV release); {@code bench/redteam.sh} runs it at full scale (1,000 and more), adding
 * SIPRI's workbook when {@code redteam.shared} names the project's shared folder.
 */
class RedTeamImportTest {
  static final int INPUTS = Integer.getInteger("redteam.inputs", 60);
  static final long SEED = Long.getLong("redteam.seed", 20261130L);

  @TempDir static Path tmp;
  static Path baseline;

  /** Lines an import may print besides its one message: progress, licences, warnings. */
  private static final Pattern ALLOWED_ERR =
      Pattern.compile(
          "(Reading sheet .*|\\[[#-]+\\] .*|SIPRI Military Expenditure Database: .*|Warning: .*"
              + "|Writing \\d+ figures…|Setting up the burdenshare database.*|  [a-z0-9.-]+: \\d+ figures)");

  @BeforeAll
  static void database() {
    baseline = tmp.resolve("baseline");
    assertThat(Cli.run(baseline, "releases").exit()).isZero();
  }

  record Outcome(String file, String what, String verdict) {}

  @Test
  void damagedAndNonsensicalFilesNeverBreakAnything() throws Exception {
    List<Outcome> failures = new ArrayList<>();
    int refused = 0;
    int accepted = 0;
    int warned = 0;
    int tried = 0;
    byte[] nato = resource("/redteam/240617-def-exp-2024-TABLES-en.xlsx");
    String csv =
        new String(
            resource("/burdenshare/data/nato/nato_defence_expenditure_2014_2024_jun2024.csv"),
            StandardCharsets.UTF_8);
    List<Case> cases = new ArrayList<>();
    int workbooks = INPUTS / 2;
    for (var in : Corruptions.ofWorkbook(nato, workbooks, SEED)) {
      cases.add(new Case("nato", "240617-def-exp-2024-TABLES-en.xlsx", in, true));
    }
    String shared = System.getProperty("redteam.shared");
    List<Corruptions.Input> csvInputs = Corruptions.ofCsv(csv, INPUTS - workbooks, SEED + 1);
    if (shared != null) {
      Path sipri = Path.of(shared, "data/sipri/raw/SIPRI-Milex-data-1949-2024_2.xlsx");
      assertThat(sipri).as("SIPRI's workbook in " + shared).exists();
      int third = (INPUTS - workbooks) / 2;
      csvInputs = csvInputs.subList(0, INPUTS - workbooks - third);
      for (var in : Corruptions.ofWorkbook(Files.readAllBytes(sipri), third, SEED + 2)) {
        cases.add(new Case("sipri", "SIPRI-Milex-data-1949-2024_2.xlsx", in, true));
      }
    }
    for (var in : csvInputs) {
      cases.add(new Case("nato", "mine.csv", in, false));
    }
    Path data = tmp.resolve("data");
    copy(baseline, data);
    Path original = Files.write(tmp.resolve("240617-def-exp-2024-TABLES-en.xlsx"), nato);
    Summary whole =
        Summary.of(Cli.run(baseline, "import", "nato", original.toString(), "--dry-run"));
    assertThat(whole.figures()).isEqualTo(5_346);
    String pristine = Cli.fingerprint(data);
    for (Case c : cases) {
      tried++;
      Path dir = Files.createDirectories(tmp.resolve("in-" + tried));
      Path file = Files.write(dir.resolve(c.fileName()), c.input().bytes());
      List<String> args = new ArrayList<>(List.of("import", c.importer(), file.toString()));
      args.addAll(List.of("--id", "redteam-" + tried));
      if (!c.workbook()) {
        args.addAll(List.of("--title", "Red team", "--published", "2026-11-01"));
      }
      Captured run = capture(() -> Cli.run(data, args.toArray(String[]::new)));
      String where = c.importer() + " " + c.fileName() + ": " + c.input().what();
      List<String> problems = new ArrayList<>();
      if (!run.printedElsewhere().isEmpty()) {
        problems.add("printed outside the command's streams: " + head(run.printedElsewhere()));
      }
      List<String> messages =
          run.result().err().lines().filter(l -> !ALLOWED_ERR.matcher(l).matches()).toList();
      if (run.result().exit() == 2) {
        refused++;
        if (messages.size() != 1 || !messages.get(0).startsWith("burdenshare: ")) {
          problems.add("refused without one clean message: " + head(run.result().err()));
        }
        if (!Cli.fingerprint(data).equals(pristine)) {
          problems.add("refused, yet the database changed");
        }
      } else if (run.result().exit() == 0) {
        accepted++;
        warned += run.result().err().contains("Warning: ") ? 1 : 0;
        if (c.workbook() && c.importer().equals("nato")) {
          Summary s = Summary.of(run.result());
          if (s.figures() < whole.figures()
              && s.missing() <= whole.missing()
              && whole.said().containsAll(s.said())) {
            problems.add(
                "accepted with "
                    + s.figures()
                    + " of "
                    + whole.figures()
                    + " figures, and no word of the rest (no skipped line, warning or missing)");
          }
        }
        if (!messages.isEmpty()) {
          problems.add("accepted, and printed: " + head(String.join("\n", messages)));
        }
        problems.addAll(nonsenseStored(data));
        if (Cli.run(data, "releases").exit() != 0) {
          problems.add("accepted, and the database no longer answers");
        }
        copy(baseline, data);
      } else {
        problems.add("exit status " + run.result().exit() + ": " + head(run.result().err()));
        copy(baseline, data);
      }
      if (problems.stream().anyMatch(p -> p.contains("Exception") || p.contains("\tat "))) {
        problems.add("a stack trace or Java exception reached the user");
      }
      if (!problems.isEmpty()) {
        failures.add(new Outcome(c.fileName(), where, String.join("; ", problems)));
      }
      deleteTree(dir);
    }
    System.out.printf(
        "red team, imports: %d tried, %d refused cleanly, %d accepted (%d with warnings), %d"
            + " failed%n",
        tried, refused, accepted, warned, failures.size());
    assertThat(failures).as("inputs that broke something").isEmpty();
    assertThat(tried).isEqualTo(INPUTS);
    assertThat(refused).as("most damaged files are refused").isGreaterThan(tried / 3);
  }

  /** What an import says it read: its figures, the ones missing, its skipped and warning lines. */
  record Summary(int figures, int missing, java.util.Set<String> said) {
    private static final Pattern READ =
        Pattern.compile("(\\d+) figures \\(\\d+ estimates\\); (\\d+) missing");

    static Summary of(Cli.Result r) {
      String all = r.out() + "\n" + r.err();
      var m = READ.matcher(all);
      java.util.Set<String> said =
          all.lines()
              .filter(l -> l.startsWith("Skipped") || l.startsWith("Warning"))
              .collect(java.util.stream.Collectors.toSet());
      return m.find()
          ? new Summary(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), said)
          : new Summary(Integer.MAX_VALUE, 0, said);
    }
  }

  private record Case(
      String importer, String fileName, Corruptions.Input input, boolean workbook) {}

  private record Captured(Cli.Result result, String printedElsewhere) {}

  /** Runs a command with System.out and System.err caught, where a library would print. */
  private static synchronized Captured capture(java.util.function.Supplier<Cli.Result> command) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream elsewhere = new ByteArrayOutputStream();
    PrintStream catcher = new PrintStream(elsewhere, true, StandardCharsets.UTF_8);
    System.setOut(catcher);
    System.setErr(catcher);
    try {
      Cli.Result r = command.get();
      return new Captured(r, elsewhere.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** What the database must never hold, whatever file was imported. */
  static List<String> nonsenseStored(Path data) throws Exception {
    List<String> found = new ArrayList<>();
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    try (Connection c =
            DriverManager.getConnection("jdbc:duckdb:" + data.resolve("burdenshare.duckdb"), p);
        Statement st = c.createStatement()) {
      String[][] checks = {
        {"non-finite figures", "SELECT count(*) FROM observations WHERE NOT isfinite(value)"},
        {
          "negative amounts",
          "SELECT count(*) FROM observations WHERE value < 0 AND indicator NOT LIKE '%share%'"
              + " AND indicator <> 'real_change'"
        },
        {
          "shares outside 0-100",
          "SELECT count(*) FROM observations WHERE indicator LIKE '%share%'"
              + " AND indicator NOT LIKE 'sipri_%' AND (value < 0 OR value > 100)"
        },
        {
          "amounts beyond any economy",
          "SELECT count(*) FROM observations WHERE unit LIKE 'million USD%' AND value > 1e8"
        },
        {
          "duplicated cells",
          "SELECT count(*) FROM (SELECT 1 FROM observations GROUP BY release_id, country_iso3,"
              + " year, indicator HAVING count(*) > 1)"
        },
      };
      for (String[] check : checks) {
        try (ResultSet rs = st.executeQuery(check[1])) {
          rs.next();
          if (rs.getLong(1) > 0) {
            found.add(rs.getLong(1) + " " + check[0] + " stored");
          }
        }
      }
    }
    return found;
  }

  private static String head(String s) {
    String first = s.lines().limit(3).reduce((a, b) -> a + " | " + b).orElse("");
    return first.length() > 400 ? first.substring(0, 400) + "…" : first;
  }

  static byte[] resource(String name) throws Exception {
    try (InputStream in = RedTeamImportTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  static void copy(Path from, Path to) throws Exception {
    deleteTree(to);
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path f : files.toList()) {
        if (Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".log")) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
  }

  static void deleteTree(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
