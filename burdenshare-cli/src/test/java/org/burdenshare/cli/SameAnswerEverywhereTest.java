package org.burdenshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import org.burdenshare.core.Engine;
import org.burdenshare.core.scenarios.ScenarioSpec;
import org.burdenshare.render.Num;
import org.burdenshare.server.Snapshot;
import org.burdenshare.server.WebServer;
import org.burdenshare.store.Bundle;
import org.burdenshare.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A question asked with its defaults gets the same answer from the command line, the API and the
 * dashboard's page models: the defaults live in one place (ScenarioSpec's once differed: 10,000
 * paths on the CLI, 2,000 over the API, stochastic GDP on the page).
 */
class SameAnswerEverywhereTest {
  @TempDir Path data;

  @Test
  void theDefaultScenarioIsTheSameOnTheCommandLineAndOverTheApi() throws Exception {
    Cli.Result cli = Cli.run(data, "scenario", "--format", "json");
    assertThat(cli.exit()).isZero();
    JsonNode fromApi = api("/api/v1/scenario");
    JsonNode fromCli = new ObjectMapper().readTree(cli.out());
    assertThat(fromApi.get("spec")).isEqualTo(fromCli.get("spec"));
    assertThat(fromApi.get("group")).isEqualTo(fromCli.get("group"));
    assertThat(fromApi.get("allies")).isEqualTo(fromCli.get("allies"));
    assertThat(fromCli.at("/spec/paths").asInt()).isEqualTo(ScenarioSpec.DEFAULT_PATHS);
  }

  /** Each question as the command line asks it (JSON) and as the API does. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "compare USA NATO-USA --indicator defence_exp_current_usd --year 2019 --as-of 2019-11-28"
            + "|/api/v1/compare?a=USA&b=NATO-USA&indicator=defence_exp_current_usd&year=2019&asOf=2019-11-28",
        "share USA NATO --year 2024|/api/v1/share?part=USA&whole=NATO&year=2024",
        "guideline --indicator share_of_gdp --threshold 2 --year 2024 --as-of 2024-07-01"
            + "|/api/v1/guideline?indicator=share_of_gdp&threshold=2&year=2024&asOf=2024-07-01",
        "gap --target 3.5 --year 2026|/api/v1/gap?target=3.5&year=2026",
        "rank --indicator equipment_share --year 2026|/api/v1/rank?indicator=equipment_share&year=2026",
        "targets --year 2024|/api/v1/targets?year=2024",
        "targets|/api/v1/targets",
        "fairshare --year 2019|/api/v1/fairshare?year=2019",
        "costshare --cap USA=16.19 --match Germany=USA|/api/v1/costshare?cap=USA:16.19&match=Germany:USA",
        "scenario --target 3 --by 2030 --shape front_loaded --paths 2000"
            + "|/api/v1/scenario?target=3&by=2030&shape=front_loaded&paths=2000",
      })
  void everyQuestionGetsTheSameAnswerFromTheCommandLineAndTheApi(String cliArgs, String apiPath)
      throws Exception {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(cliArgs.split(" ")));
    args.addAll(java.util.List.of("--format", "json"));
    Cli.Result cli = Cli.run(data, args.toArray(String[]::new));
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(api(apiPath)).isEqualTo(new ObjectMapper().readTree(cli.out()));
    // The first command read the database and kept its snapshot beside it; the next one answers
    // from that file without opening the database, and must say the same to the byte.
    assertThat(data.resolve("burdenshare.snapshot")).isRegularFile();
    assertThat(Store.keptSnapshot(data)).isPresent();
    Cli.Result again = Cli.run(data, args.toArray(String[]::new));
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).isEqualTo(cli.out());
  }

  /**
   * The dashboard's page models (the same pages as JSON, {@code ?format=json}) show what the
   * command line answers: the overview's headline, the targets met, the default scenario's cost and
   * each ally's likelihood, the fair-share summary.
   */
  @Test
  void thePagesShowWhatTheCommandLineAnswers() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode compare =
        json.readTree(
            cli(
                "compare",
                "USA",
                "NATO-USA",
                "--indicator",
                "defence_exp_current_usd",
                "--year",
                "2019",
                "--as-of",
                "2019-11-28"));
    JsonNode guideline =
        json.readTree(
            cli(
                "guideline",
                "--indicator",
                "share_of_gdp",
                "--threshold",
                "2",
                "--year",
                "2019",
                "--as-of",
                "2019-11-28"));
    JsonNode overview = api("/?year=2019&asOf=2019-11-28&format=json");
    JsonNode stats = overview.at("/headline/stats");
    // "$730 billion", with the amount as published beside it
    assertThat(stat(stats, "usa", "unit"))
        .isEqualTo(Num.of(compare.at("/a/total").asDouble()).text() + " million USD");
    assertThat(stat(stats, "others", "unit"))
        .isEqualTo(Num.of(compare.at("/b/total").asDouble()).text() + " million USD");
    assertThat(stat(stats, "usa"))
        .isEqualTo(
            String.format(Locale.ROOT, "$%.0f billion", compare.at("/a/total").asDouble() / 1e3));
    assertThat(stat(stats, "ratio"))
        .isEqualTo(String.format(Locale.ROOT, "%.2f", compare.get("ratio").asDouble()));
    assertThat(stat(stats, "at2"))
        .isEqualTo(guideline.get("count").asInt() + " of " + guideline.get("allies").asInt());
    assertThat(overview.at("/headline/release/release/href").asText())
        .isEqualTo("/sources#" + compare.at("/release/id").asText());

    JsonNode targets = json.readTree(cli("targets", "--year", "2024"));
    JsonNode lead = api("/targets?year=2024&format=json").at("/lead/table/rows");
    assertThat(lead.size()).isEqualTo(targets.size());
    for (int i = 0; i < lead.size(); i++) {
      JsonNode t = targets.get(i);
      String met =
          t.get("measurable").asBoolean()
              ? t.get("count").asInt() + " of " + t.get("allies").asInt()
              : "not measured";
      assertThat(lead.get(i).get(3).asText()).as(t.toString()).isEqualTo(met);
    }

    JsonNode scenario = json.readTree(cli("scenario"));
    JsonNode page = api("/scenarios?format=json");
    JsonNode last = scenario.get("group").get(scenario.get("group").size() - 1);
    assertThat(page.at("/summary/0").asText())
        .contains(Num.of(last.get("cumulativeExtraCurrent").asDouble()).text() + " million USD");
    JsonNode rows = null;
    for (JsonNode section : page.get("sections")) {
      if (section.get("id").asText().equals("allies")) {
        rows = section.at("/table/table/rows");
      }
    }
    assertThat(rows).as("the page's table of every ally").isNotNull();
    assertThat(rows.size()).isEqualTo(scenario.get("allies").size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode ally = scenario.get("allies").get(i);
      assertThat(rows.get(i).get(1).asText()).isEqualTo(ally.get("country").asText());
      // the page says the chance as the command line does, from the same probability
      assertThat(rows.get(i).get(6).asText())
          .isEqualTo(
              org.burdenshare.render.Chance.of(
                  ally.get("probability").asDouble(),
                  ally.get("share0").asDouble(),
                  3.5,
                  ally.get("spendGrowth").asDouble()));
    }

    JsonNode fair = json.readTree(cli("fairshare", "--year", "2019"));
    assertThat(api("/fairshare?year=2019&format=json").at("/summary/0").asText())
        .contains(String.format(Locale.ROOT, "made %.1f %%", fair.get("usShare").asDouble()));
  }

  private String cli(String... args) {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
    all.addAll(java.util.List.of("--format", "json"));
    Cli.Result r = Cli.run(data, all.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return r.out();
  }

  private static String stat(JsonNode stats, String id) {
    return stat(stats, id, "value");
  }

  private static String stat(JsonNode stats, String id, String field) {
    for (JsonNode s : stats) {
      if (s.get("id").asText().equals(id)) {
        return s.get(field).asText();
      }
    }
    throw new AssertionError("no stat " + id + " in " + stats);
  }

  /** The API's answer, from a server on the same database the CLI used. */
  private JsonNode api(String path) throws Exception {
    Store store = Store.open(data, m -> {});
    try (WebServer server =
        WebServer.start(
            Snapshot.of(new Engine(store.snapshot())),
            Bundle.load().manifest().supplements(),
            "test",
            "127.0.0.1",
            0)) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      return new ObjectMapper().readTree(answer.body());
    }
  }

  /**
   * The year nobody asked for is one rule too: the targets page, the API and the command line open
   * on the same year, today and as of earlier dates (they once opened on 2024 and on 2026).
   */
  @Test
  void theTargetsYearNotAskedForIsTheSameEverywhere() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (String date : new String[] {null, "2019-11-28", "2023-07-10", "2025-09-01"}) {
      String q = date == null ? "" : "asOf=" + date;
      JsonNode fromCli =
          json.readTree(date == null ? cli("targets") : cli("targets", "--as-of", date));
      JsonNode fromApi = api("/api/v1/targets" + (q.isEmpty() ? "" : "?" + q));
      JsonNode page = api("/targets?format=json" + (q.isEmpty() ? "" : "&" + q));
      int year = page.at("/form/year").asInt();
      assertThat(year).as("page year as of " + date).isPositive();
      // the page marks estimate years and opens on the newest year with outturns
      JsonNode estimated = page.at("/form/estimated");
      for (JsonNode e : estimated) {
        assertThat(e.asInt()).as("an estimate year is not the default").isNotEqualTo(year);
      }
      assertThat(fromCli.get(0).get("year").asInt()).as("CLI as of " + date).isEqualTo(year);
      assertThat(fromApi.get(0).get("year").asInt()).as("API as of " + date).isEqualTo(year);
    }
  }

  @Test
  void theCommandLinesEnumDefaultsAreScenarioSpecs() {
    var spec = new CommandLine(new org.burdenshare.cli.commands.ScenarioCommand()).getCommandSpec();
    assertThat(spec.findOption("--shape").defaultValue())
        .isEqualTo(ScenarioSpec.DEFAULT_SHAPE.name().toLowerCase(Locale.ROOT));
    assertThat(spec.findOption("--gdp").defaultValue())
        .isEqualTo(ScenarioSpec.DEFAULT_GDP.name().toLowerCase(Locale.ROOT));
  }
}
