package org.burdenshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The commands as a user runs them: what they print, in text, CSV and JSON. Long (about 480 lines)
 * because it walks every command on one database loaded once.
 */
class CommandsTest {
  @TempDir static Path data;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void firstUseLoadsTheBundledReleases() {
    Cli.Result r = Cli.run(data, "releases");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("first use").contains("nato-2019-06: 2681 figures");
    assertThat(r.out()).contains("nato-2019-06", "nato-2024-06", "nato-2026-07", "wb-wdi-2026-07");
  }

  @Test
  void compareAsOfTheClaimDateIsTheJune2019Release() throws Exception {
    Cli.Result r =
        Cli.run(
            data,
            "compare",
            "USA",
            "NATO-USA",
            "--indicator",
            "defence_exp_current_usd",
            "--year",
            "2019",
            "--as-of",
            "2019-11-28",
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.at("/release/id").asText()).isEqualTo("nato-2019-06");
    assertThat(j.at("/year").asInt()).isEqualTo(2019);
    assertThat(j.at("/indicator").asText()).isEqualTo("defence_exp_current_usd");
    assertThat(j.at("/unit").asText()).isEqualTo("million USD");
    assertThat(Math.round(j.at("/a/total").asDouble())).isEqualTo(730_149);
    assertThat(Math.round(j.at("/b/total").asDouble())).isEqualTo(305_928);
    assertThat(j.at("/b/allies").size()).isEqualTo(28);
    assertThat(j.at("/b/alliesWithoutFigures/0").asText()).isEqualTo("ISL");
    assertThat(j.at("/ratio").asDouble()).isBetween(2.38, 2.40);
    assertThat(j.at("/difference").asDouble()).isPositive();
    assertThat(j.at("/evidence").size()).isEqualTo(28);
    assertThat(j.at("/evidence/0/release").asText()).isEqualTo("nato-2019-06");
    assertThat(j.at("/evidence/0/estimate").asBoolean()).isTrue();
  }

  @Test
  void compareLaterUsesTheRevisedRelease() {
    Cli.Result r =
        Cli.run(
            data,
            "compare",
            "USA",
            "NATO-USA",
            "--indicator",
            "defence_exp_current_usd",
            "--year",
            "2019",
            "--as-of",
            "2026-11-01");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("nato-2026-07").contains("750,886").contains("ISL (Iceland)");
  }

  @Test
  void shareOfTheAllianceTotal() throws Exception {
    Cli.Result r =
        Cli.run(
            data, "share", "USA", "NATO", "--year", "2019", "--as-of", "2019-11-28", "-f", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.at("/percent").asDouble())
        .isCloseTo(
            730_149.0 / (730_149.0 + 305_927.57) * 100,
            org.assertj.core.api.Assertions.within(0.01));
    assertThat(j.at("/whole/allies").size()).isEqualTo(29);
    Cli.Result wrong = Cli.run(data, "share", "NATO", "USA", "--year", "2019");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).contains("NATO is not part of USA in 2019");
  }

  /** NATO's August 2025 edition (partial) answers "every ally at 2 % in 2025" as NATO did. */
  @Test
  void asOfSeptember2025TheAugustEditionCountsThirtyAndNamesGermanyAndIceland() throws Exception {
    Cli.Result r =
        Cli.run(data, "guideline", "--threshold", "2", "--year", "2025", "--as-of", "2025-09-01");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("30 of 32 in NATO at or above 2 % of GDP in 2025")
        .contains("nato-2025-08")
        .contains("published 2025-08-28")
        .contains("No figures: DEU (Germany), ISL (Iceland).");
    Cli.Result money =
        Cli.run(
            data,
            "compare",
            "USA",
            "NATO-USA",
            "--indicator",
            "defence_exp_current_usd",
            "--year",
            "2024",
            "--as-of",
            "2025-09-01");
    assertThat(money.out())
        .contains("Release: nato-2024-06")
        .contains("nato-2025-08 (published 2025-08-28), published by then, holds only part")
        .contains("it has no money tables");
    Cli.Result releases = Cli.run(data, "releases");
    assertThat(releases.out()).containsPattern("nato-2025-08 .*2025-08-28 .*bundled, partial");
  }

  @Test
  void guidelineGivesTwoHonestAnswersForTheSameQuestion() throws Exception {
    Cli.Result june =
        Cli.run(
            data,
            "guideline",
            "--indicator",
            "share_of_gdp",
            "--threshold",
            "2",
            "--year",
            "2024",
            "--as-of",
            "2024-07-01",
            "--format",
            "json");
    Cli.Result later =
        Cli.run(
            data,
            "guideline",
            "--indicator",
            "share_of_gdp",
            "--threshold",
            "2",
            "--year",
            "2024",
            "--as-of",
            "2026-11-01",
            "--format",
            "json");
    JsonNode a = JSON.readTree(june.out());
    JsonNode b = JSON.readTree(later.out());
    assertThat(a.at("/release/id").asText()).isEqualTo("nato-2024-06");
    assertThat(a.at("/count").asInt()).isEqualTo(23);
    assertThat(a.at("/atOrAbove").size()).isEqualTo(23);
    assertThat(b.at("/release/id").asText()).isEqualTo("nato-2026-07");
    assertThat(b.at("/count").asInt()).isEqualTo(17);
    for (JsonNode j : new JsonNode[] {a, b}) {
      assertThat(j.at("/year").asInt()).isEqualTo(2024);
      assertThat(j.at("/threshold").asDouble()).isEqualTo(2.0);
      assertThat(j.at("/noFigures/0").asText()).isEqualTo("ISL");
      assertThat(j.at("/atOrAbove").size() + j.at("/below").size()).isEqualTo(31);
      assertThat(j.at("/evidence").size()).isEqualTo(31);
    }
  }

  @Test
  void gapTotalsTheAlliesBelowTheTarget() throws Exception {
    Cli.Result r = Cli.run(data, "gap", "--target", "3.5", "--year", "2026", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    double sum = 0;
    for (JsonNode a : j.at("/allies")) {
      sum += a.at("/gap").asDouble();
      if (a.at("/shareOfGdp").asDouble() >= 3.5) {
        assertThat(a.at("/gap").asDouble()).isZero();
      } else {
        assertThat(a.at("/gap").asDouble())
            .isCloseTo(
                0.035 * a.at("/gdp").asDouble() - a.at("/expenditure").asDouble(),
                org.assertj.core.api.Assertions.within(1e-6));
      }
    }
    assertThat(j.at("/total").asDouble())
        .isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(j.at("/release/id").asText()).isEqualTo("nato-2026-07");
  }

  @Test
  void gapOnAReleaseWithoutCurrentGdpStillWorks() throws Exception {
    Cli.Result r =
        Cli.run(
            data, "gap", "--target", "2", "--year", "2019", "--as-of", "2019-11-28", "-f", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.at("/release/id").asText()).isEqualTo("nato-2019-06");
    assertThat(j.at("/allies/0/publishedGdp").isNull()).isTrue();
    JsonNode deu = null;
    for (JsonNode a : j.at("/allies")) {
      if (a.at("/country").asText().equals("DEU")) {
        deu = a;
      }
    }
    // Germany, 2019 estimate: 1.38 % of GDP; lifting it to 2 % costs (2/1.38 - 1) x expenditure.
    double exp = deu.at("/expenditure").asDouble();
    double share = deu.at("/shareOfGdp").asDouble();
    assertThat(deu.at("/gap").asDouble())
        .isCloseTo((2 / share - 1) * exp, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(share).isBetween(1.3, 1.4);
  }

  @Test
  void completionScriptsForBashAndZsh() {
    for (String shell : new String[] {"bash", "zsh"}) {
      Cli.Result r = Cli.run(data, "completion", shell);
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).contains("complete -F").contains("revisions").contains("--as-of");
    }
    Cli.Result fish = Cli.run(data, "completion", "fish");
    assertThat(fish.exit()).isEqualTo(2);
    assertThat(fish.err()).contains("expected bash or zsh");
  }

  @Test
  void theDataDirectoryFollowsHomeFromTheEnvironment() throws Exception {
    java.nio.file.Path home = java.nio.file.Files.createTempDirectory("home");
    assertThat(
            org.burdenshare.store.DataDirectory.resolve(
                null, java.util.Map.of("HOME", home.toString())))
        .isEqualTo(home.resolve(".local/share/burdenshare"));
    assertThat(
            org.burdenshare.store.DataDirectory.resolve(
                null, java.util.Map.of("HOME", home.toString(), "XDG_DATA_HOME", "/x/y")))
        .isEqualTo(java.nio.file.Path.of("/x/y/burdenshare"));
  }

  @Test
  void revisionsShowWhatEachReleaseMeasuredAndCallARevisionOnlyARevision() {
    Cli.Result r =
        Cli.run(
            data,
            "revisions",
            "--indicator",
            "share_of_gdp",
            "--country",
            "Poland",
            "--year",
            "2024");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("nato-2024-06 +2024-06-17 +Defence expenditure +4\\.12 e")
        .containsPattern("nato-2025-08 \\(partial\\) +2025-08-28 +Defence expenditure +3\\.79 e")
        .containsPattern("nato-2026-07 +2026-07-10 +Core defence expenditure +3\\.75")
        .contains(
            "nato-2026-07 reports core defence expenditure; nato-2025-08 reported defence"
                + " expenditure: the difference may be one of definition, not a correction.")
        .doesNotContain("revised");
    // Where one release does not record its table's title, it says so.
    Cli.Result older = Cli.run(data, "revisions", "--country", "POL", "--year", "2019");
    assertThat(older.exit()).as(older.err()).isZero();
    assertThat(older.out()).contains("nato-2019-06 does not record its table's title");
  }

  @Test
  void guidelineNamesTheTableItCountedIn() throws Exception {
    for (String[] c :
        new String[][] {
          {"2024-07-01", "23", "Defence expenditure", "Table 3 : Defence expenditure"},
          {"2026-11-01", "17", "Core defence expenditure", null}
        }) {
      Cli.Result r =
          Cli.run(
              data,
              "guideline",
              "--indicator",
              "share_of_gdp",
              "--threshold",
              "2",
              "--year",
              "2024",
              "--as-of",
              c[0]);
      assertThat(r.out()).contains("Counted in: " + c[2].toLowerCase(java.util.Locale.ROOT));
      JsonNode j =
          JSON.readTree(
              Cli.run(
                      data,
                      "guideline",
                      "--indicator",
                      "share_of_gdp",
                      "--threshold",
                      "2",
                      "--year",
                      "2024",
                      "--as-of",
                      c[0],
                      "--format",
                      "json")
                  .out());
      assertThat(j.at("/count").asInt()).isEqualTo(Integer.parseInt(c[1]));
      assertThat(j.at("/definition/measure").asText()).isEqualTo(c[2]);
      if (c[3] == null) {
        assertThat(j.at("/definition/table").isNull()).isTrue();
      } else {
        assertThat(j.at("/definition/table").asText()).startsWith(c[3]);
      }
      assertThat(j.at("/summary").asText())
          .isEqualTo(
              c[1]
                  + " of 32 allies at or above 2 % of GDP in "
                  + c[2].toLowerCase(java.util.Locale.ROOT)
                  + " ("
                  + (c[0].startsWith("2024") ? "nato-2024-06" : "nato-2026-07")
                  + ")");
    }
  }

  @Test
  void aTableAsOfADateThatSpansReleasesSaysWhereTheWordingIsNotRecorded() {
    Cli.Result r =
        Cli.run(
            data,
            "table",
            "--indicator",
            "share_of_gdp",
            "--countries",
            "POL",
            "--years",
            "2012-2024",
            "--as-of",
            "2024-07-01");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("From 2014 the figures come from nato-2024-06: nato-2019-06 does not record");
  }

  @Test
  void tableUnderAnAsOfDateSaysWhichYearsNoReleaseCoveredThen() {
    Cli.Result r =
        Cli.run(
            data,
            "table",
            "--indicator",
            "defence_exp_current_usd",
            "--countries",
            "USA",
            "--years",
            "2018-2021",
            "--as-of",
            "2019-11-28");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("2018–2019: Release: nato-2019-06");
    assertThat(r.out())
        .contains(
            "2020: no release in the database published on or before 2019-11-28 holds these"
                + " figures for 2020");
  }

  @Test
  void tableAsCsvIsLongWithTheReleaseOfEachFigure() {
    Cli.Result r =
        Cli.run(
            data,
            "table",
            "--indicator",
            "share_of_gdp",
            "--countries",
            "BALTICS",
            "--years",
            "2024",
            "--release",
            "nato-2024-06",
            "--format",
            "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().toList())
        .hasSize(4)
        .first()
        .isEqualTo("country,name,year,value,unit,estimate,indicator,release");
    assertThat(r.out())
        .contains("EST,Estonia,2024,")
        .contains(",percent,true,share_of_gdp,nato-2024-06");
  }

  @Test
  void alliesOfAYear() {
    Cli.Result r = Cli.run(data, "allies", "--year", "2019", "--format", "csv");
    assertThat(r.out().lines().count()).isEqualTo(1 + 29);
    assertThat(r.out()).contains("ISL,Iceland,1949-04-04").doesNotContain("MKD");
    assertThat(Cli.run(data, "allies").out()).contains("32 allies").contains("SWE");
  }

  @Test
  void sqlReadsAndExportWritesEveryFormat() throws Exception {
    Cli.Result q =
        Cli.run(
            data,
            "sql",
            "SELECT release_id, count(*) AS n FROM observations GROUP BY 1 ORDER BY 1",
            "--format",
            "csv");
    assertThat(q.exit()).as(q.err()).isZero();
    assertThat(q.out()).contains("nato-2019-06,2681").contains("nato-2026-07,6273");
    Path dir = Files.createTempDirectory("export");
    for (String format : new String[] {"csv", "json", "parquet"}) {
      Path out = dir.resolve("figures." + format);
      Cli.Result e =
          Cli.run(
              data,
              "export",
              "--format",
              format,
              "--out",
              out.toString(),
              "--release",
              "nato-2019-06");
      assertThat(e.exit()).as(e.err()).isZero();
      assertThat(e.out()).contains("Wrote 2681 observations");
      assertThat(Files.size(out)).isPositive();
    }
    String header = Files.readString(dir.resolve("figures.csv")).lines().findFirst().orElseThrow();
    assertThat(header).contains("release_id", "publisher", "is_estimate", "source_table");
    // The data package beside it names every column and the release's licence and attribution.
    JsonNode pkg = JSON.readTree(dir.resolve("figures.datapackage.json").toFile());
    java.util.List<String> fields = new java.util.ArrayList<>();
    pkg.at("/resources/0/schema/fields").forEach(f -> fields.add(f.at("/name").asText()));
    assertThat(String.join(",", fields)).isEqualTo(header);
    assertThat(pkg.at("/sources").size()).isEqualTo(1);
    assertThat(pkg.at("/sources/0/release_id").asText()).isEqualTo("nato-2019-06");
    assertThat(pkg.at("/sources/0/attribution").asText()).contains("NATO");
    assertThat(pkg.at("/licenses/0/title").asText()).contains("NATO public information");
    Cli.Result back = Cli.run(data, "sql", "SELECT 1", "--format", "csv");
    assertThat(back.exit()).isZero();
  }

  @Test
  void everyCommandHasHelpAndVersionDeclaredOnceAtTheTop() {
    // walks the whole tree, so a command added later is covered without touching this test
    List<String> names = new ArrayList<>();
    collect(
        new CommandLine(
            new BurdenshareCommand(
                Map.of(),
                new PrintWriter(Writer.nullWriter()),
                new PrintWriter(Writer.nullWriter()))),
        names);
    assertThat(names).contains("compare", "import nato", "import sipri", "update", "serve");
    for (String c : names) {
      String[] words = c.split(" ");
      Cli.Result help = Cli.run(data, append(words, "--help"));
      assertThat(help.exit()).as(c).isZero();
      assertThat(help.out()).as(c).contains("Usage: burdenshare " + c).contains("-h, --help");
      Cli.Result version = Cli.run(data, append(words, "-V"));
      assertThat(version.exit()).as(c).isZero();
      assertThat(version.out()).as(c).containsIgnoringCase("burdenshare");
    }
  }

  @Test
  void theListOfCommandsSaysWhatEachOneDoes() {
    // each command's first line of description, not one line inherited by all of them
    Cli.Result help = Cli.run(data, "--help");
    assertThat(help.exit()).isZero();
    List<String> commandLines =
        help.out()
            .lines()
            .dropWhile(l -> !l.startsWith("Commands:"))
            .filter(l -> l.matches("  [a-z]+ +\\S.*"))
            .map(l -> l.trim().replaceFirst("^[a-z]+ +", ""))
            .toList();
    assertThat(commandLines).hasSizeGreaterThan(10).doesNotHaveDuplicates();
    assertThat(help.out()).contains("compare     Compare two groups' totals");
  }

  private static void collect(CommandLine cli, List<String> names) {
    for (CommandLine sub : cli.getSubcommands().values()) {
      String name = sub.getCommandSpec().qualifiedName(" ").substring("burdenshare ".length());
      if (!names.contains(name)) {
        names.add(name);
      }
      collect(sub, names);
    }
  }

  private static String[] append(String[] words, String last) {
    String[] out = Arrays.copyOf(words, words.length + 1);
    out[words.length] = last;
    return out;
  }

  @Test
  void aScenarioAsOfADateStartsFromTheNewestFullReleaseOfThatDate() throws Exception {
    Cli.Result r =
        Cli.run(data, "scenario", "--as-of", "2024-07-01", "--paths", "50", "-f", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode s = new ObjectMapper().readTree(r.out());
    assertThat(s.at("/release/id").asText()).isEqualTo("nato-2024-06");
    assertThat(s.at("/baseYear").asInt()).isEqualTo(2024);
    Cli.Result before = Cli.run(data, "scenario", "--as-of", "2010-01-01");
    assertThat(before.exit()).isEqualTo(2);
    assertThat(before.err()).contains("No release published by 2010-01-01");
    Cli.Result both =
        Cli.run(data, "scenario", "--as-of", "2024-07-01", "--release", "nato-2026-07");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("exclude each other");
  }

  @Test
  void targetsScenarioFairshareCostshare() throws Exception {
    Cli.Result targets =
        Cli.run(data, "targets", "--year", "2024", "--as-of", "2026-11-01", "-f", "json");
    assertThat(targets.exit()).as(targets.err()).isZero();
    assertThat(JSON.readTree(targets.out()).at("/1/count").asInt()).isEqualTo(17);
    Cli.Result poland =
        Cli.run(
            data,
            "targets",
            "--target",
            "wales-2014-gdp",
            "--year",
            "2024",
            "--as-of",
            "2026-11-01");
    assertThat(poland.out())
        .contains("POL Poland")
        .contains("meets it since 2020, 5 year(s) in a row");

    Cli.Result scenario =
        Cli.run(
            data, "scenario", "--target", "3.5", "--by", "2035", "--paths", "500", "-f", "json");
    assertThat(scenario.exit()).as(scenario.err()).isZero();
    JsonNode s = JSON.readTree(scenario.out());
    assertThat(s.at("/allies").size()).isEqualTo(31);
    assertThat(s.at("/group/8/year").asInt()).isEqualTo(2035);
    Cli.Result bad = Cli.run(data, "scenario", "--shape", "zigzag");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("LINEAR").contains("FRONT_LOADED").contains("zigzag");

    Cli.Result fair = Cli.run(data, "fairshare", "--year", "2019", "--as-of", "2019-11-28");
    assertThat(fair.exit()).as(fair.err()).isZero();
    assertThat(fair.out()).contains("Spearman rho").contains("nato-2019-06");

    Cli.Result cost =
        Cli.run(data, "costshare", "--year", "2019", "--match", "USA=DEU", "-f", "csv");
    assertThat(cost.exit()).as(cost.err()).isZero();
    assertThat(cost.out()).contains("USA,United States").contains("matched to DEU");
    Cli.Result impossible = Cli.run(data, "costshare", "--year", "2019", "--match", "USA=USA");
    assertThat(impossible.exit()).isEqualTo(2);
    assertThat(impossible.err()).contains("matches an ally to itself");
  }
}
