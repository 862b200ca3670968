package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.burdenshare.render.Json;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The API as a client sees it: every endpoint, its answers, and its errors. Long (about 580 lines)
 * because it is the API's contract in one place, a test per rule a client relies on.
 */
class ApiContractTest {
  @AutoClose static final TestServer server = TestServer.start();

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.COMPACT.readTree(r.body());
  }

  static JsonNode ok(String path) throws Exception {
    HttpResponse<String> r = server.get(path);
    assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return json(r);
  }

  static JsonNode problem(String path, int status) throws Exception {
    HttpResponse<String> r = server.get(path);
    assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .isEqualTo("application/problem+json");
    JsonNode p = json(r);
    assertThat(p.at("/status").asInt()).isEqualTo(status);
    assertThat(p.at("/title").asText()).isNotEmpty();
    assertThat(p.at("/detail").asText()).isNotEmpty();
    assertThat(r.body())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("Jetty");
    return p;
  }

  /**
   * Sources speaks to a reader: a repository path in an attribution becomes a link to the notes it
   * names, a catalogue title its sources disagree on is said in words, and tables name indicators.
   */
  @Test
  void sourcesLinksItsNotesAndNamesThingsInWords() throws Exception {
    HttpResponse<String> page = server.get("/sources");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .doesNotContain("see data/nato/SOURCES.md", "(conflict)", " OR Defence")
        .contains("href=\"/sources/notes/nato\"")
        .contains("another source calls it")
        .contains("Defence expenditure as share of GDP");
    HttpResponse<String> notes = server.get("/sources/notes/nato");
    assertThat(notes.statusCode()).isEqualTo(200);
    assertThat(notes.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(notes.body()).contains("passport");
    assertThat(server.get("/sources/notes/..%2Fmanifest").statusCode()).isEqualTo(404);
    assertThat(server.get("/sources/notes/nothing").statusCode()).isEqualTo(404);
  }

  /** The notes under an ally's revisions call releases as a reader would, not by their ids. */
  @Test
  void revisionNotesNameReleasesInWords() throws Exception {
    JsonNode notes = ok("/ally/DEU?format=json").at("/revisions/after");
    assertThat(notes.size()).isPositive();
    assertThat(notes.toString())
        .contains("NATO's July 2026 edition reports core defence expenditure")
        .doesNotContainPattern("nato-20[0-9]{2}-[0-9]{2}");
  }

  /**
   * The check page says which language it read each sentence as, and marks the sentence with it
   * (screen readers then pronounce it in that language).
   */
  @Test
  void theCheckPageSaysWhichLanguageItReadEachSentenceIn() throws Exception {
    String text =
        "Deutschland gab 2019 1,36 % seines BIP für Verteidigung aus. "
            + "Germany spent 1.36% of its GDP on defence in 2019.";
    HttpResponse<String> r =
        server.get(
            "/check?text="
                + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
                + "&asOf=2019-11-28");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("lang=\"de\"")
        .contains("(read as German)")
        .contains("lang=\"en\"");
    JsonNode m =
        ok(
            "/check?format=json&asOf=2019-11-28&text="
                + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
    List<String> languages = new java.util.ArrayList<>();
    m.at("/results/sentencesChecked").forEach(x -> languages.add(x.get("languageName").asText()));
    assertThat(languages).containsExactly("German", "English");
  }

  @Test
  void compareAsOfTheClaimDate() throws Exception {
    JsonNode j =
        ok(
            "/api/v1/compare?a=USA&b=NATO-USA&indicator=defence_exp_current_usd&year=2019&asOf=2019-11-28");
    assertThat(j.at("/release/id").asText()).isEqualTo("nato-2019-06");
    assertThat(j.at("/a/total").asDouble()).isCloseTo(730_149, within(0.5));
    assertThat(j.at("/b/total").asDouble()).isCloseTo(305_928, within(0.5));
    assertThat(j.at("/b/alliesWithoutFigures/0").asText()).isEqualTo("ISL");
    assertThat(j.at("/a/estimate").asBoolean()).isTrue();
    assertThat(j.at("/evidence/0/estimate").isBoolean()).isTrue();
  }

  @Test
  void seriesUnderAnAsOfDateNamesTheReleaseOfEachYear() throws Exception {
    JsonNode j =
        ok("/api/v1/series?indicator=share_of_gdp&group=BALTICS&from=2018&to=2021&asOf=2019-11-28");
    assertThat(j.at("/releases/2019/id").asText()).isEqualTo("nato-2019-06");
    assertThat(j.at("/unanswered/2020").asText())
        .contains("no release in the database published on or before 2019-11-28");
    assertThat(j.at("/rows").size()).isEqualTo(3);
    assertThat(j.at("/rows/0/cells/0/release").asText()).isEqualTo("nato-2019-06");
    assertThat(j.at("/rows/0/cells/0/estimate").asBoolean()).isTrue();
  }

  @Test
  void seriesDefaultsToEveryYearTheChoiceCanAnswer() throws Exception {
    JsonNode j =
        ok("/api/v1/series?indicator=defence_exp_current_usd&group=USA&release=nato-2024-06");
    assertThat(j.at("/years").size()).isEqualTo(11);
    assertThat(j.at("/years/0").asInt()).isEqualTo(2014);
  }

  @ParameterizedTest
  @CsvSource({"2024-07-01,nato-2024-06,23", "2026-11-01,nato-2026-07,17"})
  void guideline(String asOf, String release, int count) throws Exception {
    JsonNode j = ok("/api/v1/guideline?threshold=2&year=2024&asOf=" + asOf);
    assertThat(j.at("/release/id").asText()).isEqualTo(release);
    assertThat(j.at("/count").asInt()).isEqualTo(count);
  }

  @Test
  void gapShareRankRevisions() throws Exception {
    JsonNode gap = ok("/api/v1/gap?target=3.5&year=2026");
    assertThat(gap.at("/total").asDouble()).isPositive();
    assertThat(gap.at("/allies/0/estimate").isBoolean()).isTrue();
    JsonNode share = ok("/api/v1/share?part=USA&year=2024&asOf=2024-07-01");
    assertThat(share.at("/percent").asDouble()).isBetween(60.0, 75.0);
    JsonNode rank = ok("/api/v1/rank?indicator=share_of_gdp&year=2026&group=BALTICS");
    assertThat(rank.at("/rows/0/rank").asInt()).isEqualTo(1);
    JsonNode rev = ok("/api/v1/revisions?indicator=share_of_gdp&country=Germany");
    // with the partial July 2023 and August 2025 releases
    assertThat(rev.at("/byRelease").size()).isEqualTo(5);
    assertThat(rev.at("/byRelease/0/release/id").asText()).isEqualTo("nato-2019-06");
  }

  @Test
  void referenceEndpoints() throws Exception {
    assertThat(ok("/api/v1/allies").at("/count").asInt()).isEqualTo(32);
    assertThat(ok("/api/v1/allies?year=2019").at("/count").asInt()).isEqualTo(29);
    assertThat(ok("/api/v1/groups?year=2024").at("/groups").size()).isGreaterThan(5);
    assertThat(ok("/api/v1/members?group=NATO%26EU&year=2024").at("/members").size()).isEqualTo(23);
    JsonNode indicators = ok("/api/v1/indicators");
    assertThat(indicators.at("/0/id").asText()).isEqualTo("defence_exp_current_usd");
    assertThat(indicators.at("/1/units/nato-2026-07/0").asText())
        .isEqualTo("million USD 2021 prices");
    assertThat(ok("/api/v1/releases").at("/releases").size()).isEqualTo(6);
    JsonNode partial = ok("/api/v1/releases/nato-2023-07");
    assertThat(partial.at("/release/partial").asBoolean()).as(partial.toString()).isTrue();
    JsonNode editions = ok("/api/v1/editions");
    assertThat(editions.at("/editions").size()).isEqualTo(23);
    assertThat(editions.at("/editions/2/heldBy/id").asText()).isEqualTo("nato-2019-06");
    assertThat(editions.at("/editions/3/heldBy").isNull()).isTrue();
    assertThat(editions.at("/editions/3/edition/published").asText()).isEqualTo("2019-11-29");
    assertThat(ok("/api/v1/releases/nato-2019-06").at("/years/share_of_gdp").size()).isEqualTo(8);
    JsonNode sources = ok("/api/v1/sources");
    assertThat(sources.at("/releases/0/attribution").asText()).contains("NATO");
    assertThat(sources.at("/supplements/0/quality").asText()).contains("secondary");
    assertThat(ok("/health").at("/status").asText()).isEqualTo("ok");
  }

  @Test
  void theOpenApiDocumentListsEveryEndpointAndItsParameters() throws Exception {
    JsonNode doc = ok("/api/openapi.json");
    assertThat(doc.at("/openapi").asText()).startsWith("3.");
    for (Endpoint e : Api.endpoints(List.of())) {
      JsonNode op = doc.at("/paths").get(e.path()).at("/get");
      assertThat(op.isMissingNode()).as(e.path()).isFalse();
      assertThat(op.at("/parameters").size()).as(e.path()).isEqualTo(e.params().size());
    }
    HttpResponse<String> docs = server.get("/api/docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("swagger-ui-bundle.js").doesNotContain("<script>");
    assertThat(server.get("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js").statusCode())
        .isEqualTo(200);
  }

  @Test
  void unknownCountryIsA400WithSuggestions() throws Exception {
    JsonNode p =
        problem("/api/v1/compare?a=USA&b=Germny&indicator=defence_exp_current_usd&year=2019", 400);
    assertThat(p.at("/detail").asText()).contains("Unknown country or group 'Germny'");
    assertThat(p.at("/suggestions/0").asText()).isEqualTo("Germany");
    assertThat(p.at("/instance").asText()).isEqualTo("/api/v1/compare");
  }

  @Test
  void badParametersAre400sThatSayWhatWasExpected() throws Exception {
    assertThat(
            problem("/api/v1/compare?a=USA&b=DEU&indicator=defence_exp_current_usd", 400)
                .at("/detail")
                .asText())
        .contains("Missing query parameter 'year'");
    assertThat(
            problem("/api/v1/compare?a=USA&b=DEU&indicator=defence_exp_current_usd&year=20x9", 400)
                .at("/detail")
                .asText())
        .contains("whole number");
    assertThat(problem("/api/v1/guideline?threshold=two&year=2019", 400).at("/detail").asText())
        .contains("must be a number");
    assertThat(
            problem("/api/v1/guideline?threshold=2&year=2019&asOf=28.11.2019", 400)
                .at("/detail")
                .asText())
        .contains("YYYY-MM-DD");
    assertThat(
            problem("/api/v1/guideline?threshold=2&year=2019&asof=2019-11-28", 400)
                .at("/suggestions/0")
                .asText())
        .isEqualTo("asOf");
    assertThat(
            problem(
                    "/api/v1/guideline?threshold=2&year=2019&asOf=2019-11-28&release=nato-2019-06",
                    400)
                .at("/detail")
                .asText())
        .contains("exclude each other");
    assertThat(problem("/api/v1/guideline?threshold=2&year=1800", 400).at("/detail").asText())
        .contains("out of range");
    assertThat(
            problem("/api/v1/guideline?threshold=2&year=2019&year=2020", 400)
                .at("/detail")
                .asText())
        .contains("more than once");
    assertThat(problem("/api/v1/series?indicator=share_of_gpd", 400).at("/suggestions/0").asText())
        .isEqualTo("share_of_gdp");
  }

  @Test
  void unknownThingsAre404s() throws Exception {
    assertThat(problem("/api/v1/releases/nato-2019-6", 404).at("/suggestions/0").asText())
        .isEqualTo("nato-2019-06");
    assertThat(problem("/api/v1/nothing-here", 404).at("/detail").asText()).contains("/api/docs");
    assertThat(problem("/no/such/page", 404).at("/type").asText()).isEqualTo("about:blank");
  }

  @Test
  void writesOverLongQueriesAndBodiesAreRefused() throws Exception {
    HttpResponse<String> post =
        server.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/compare"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\":\"USA\"}"))
                .build());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Content-Type").orElse(""))
        .isEqualTo("application/problem+json");
    String longQuery = "/api/v1/allies?year=" + "9".repeat(WebServer.MAX_QUERY_LENGTH);
    assertThat(problem(longQuery, 414).at("/detail").asText()).contains("at most");
    String hugeHeader = "x".repeat(20_000);
    HttpResponse<String> big = server.get("/api/v1/allies", "X-Big", hugeHeader);
    assertThat(big.statusCode()).isEqualTo(431);
    assertThat(big.body()).doesNotContain("Jetty");
    // Jetty's own refusals carry the same security headers as every other answer
    assertThat(big.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(big.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-ancestors 'none'");
  }

  @Test
  void whatWouldAnswerIsSaidInTheApisWords() throws Exception {
    String detail =
        problem("/api/v1/compare?a=USA&b=DEU&indicator=gdp_current_usd&year=2010", 400)
            .at("/detail")
            .asText();
    assertThat(detail)
        .contains("Release wb-wdi-2026-07 (World Bank) has it. Ask with release=wb-wdi-2026-07.")
        .doesNotContain("--");
    assertThat(
            problem(
                    "/api/v1/compare?a=USA&b=DEU&indicator=gdp_current_usd&year=2024&release=x",
                    400)
                .at("/detail")
                .asText())
        .contains("List them at /api/v1/releases.")
        .doesNotContain("burdenshare releases");
  }

  @Test
  void aBrowserGetsErrorsAsPagesWithTheNavigationAndProgramsAsProblemJson() throws Exception {
    String longPath = "/ally/" + "x".repeat(5_000);
    for (String path : List.of("/ally/XYZ", "/no/such/page", longPath)) {
      HttpResponse<String> page = server.get(path, "Accept", "text/html,application/xhtml+xml");
      assertThat(page.statusCode()).as(path).isEqualTo(404);
      assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(page.body())
          .contains("Page not found")
          .contains("<nav")
          .contains("There is no page at /")
          .doesNotContain("x".repeat(200))
          .doesNotContain("\"status\"");
    }
    HttpResponse<String> bad = server.get("/?year=20x4", "Accept", "text/html");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("must be a whole number such as 2024, found '20x4'");
    HttpResponse<String> future = server.get("/?asOf=2999-01-01", "Accept", "text/html");
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(future.body()).contains("The date 2999-01-01 is in the future.");
    HttpResponse<String> allies = server.get("/ally", "Accept", "text/html");
    assertThat(allies.body()).contains(">Czechia<", ">Denmark<", ">Germany<");
    assertThat(allies.body().indexOf(">Czechia<")).isLessThan(allies.body().indexOf(">Denmark<"));
    assertThat(allies.body().indexOf(">Denmark<")).isLessThan(allies.body().indexOf(">Germany<"));
    HttpResponse<String> api = server.get("/api/v1/nope", "Accept", "text/html");
    assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith(Problem.MEDIA_TYPE);
  }

  @Test
  void headIsAnsweredLikeGetWithoutTheBody() throws Exception {
    for (String path : List.of("/api/v1/allies?year=2019", "/", "/health", "/api/openapi.json")) {
      HttpResponse<String> get = server.get(path);
      HttpResponse<String> head =
          server.send(
              HttpRequest.newBuilder(URI.create(server.base() + path))
                  .method("HEAD", HttpRequest.BodyPublishers.noBody())
                  .build());
      assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode()).isEqualTo(200);
      assertThat(head.body()).as(path).isEmpty();
      assertThat(head.headers().firstValue("Content-Type"))
          .as(path)
          .isEqualTo(get.headers().firstValue("Content-Type"));
      assertThat(head.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
    }
  }

  @Test
  void aClientThatTricklesItsBodyIsLetGo() throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.server.port())) {
      s.setSoTimeout((int) (3 * WebServer.IDLE_TIMEOUT_MS));
      s.getOutputStream()
          .write(
              ("POST /api/v1/claims/check HTTP/1.1\r\nHost: x\r\n"
                      + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"text\":\"")
                  .getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      // then nothing: the server must close the connection by itself, well before the read
      // timeout above makes this test fail
      byte[] buffer = new byte[4096];
      while (s.getInputStream().read(buffer) >= 0) {
        // a 408 or 400 answer may come first
      }
    }
  }

  @Test
  void cachingCorsCompressionAndSecurityHeaders() throws Exception {
    String path = "/api/v1/compare?a=USA&b=NATO-USA&indicator=defence_exp_current_usd&year=2024";
    HttpResponse<String> first = server.get(path);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("max-age");
    assertThat(server.get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(first.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(first.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(first.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-ancestors 'none'")
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(first.headers().firstValue("Server")).isEmpty();
    HttpResponse<byte[]> gz =
        server.http.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/indicators"))
                .header("Accept-Encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(gz.headers().firstValue("Content-Encoding")).hasValue("gzip");
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz.body()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("[{\"id\"");
    }
    HttpResponse<String> preflight =
        server.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/allies"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "GET")
                .build());
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(""))
        .contains("GET");
  }

  @Test
  void theServerSurvivesGarbageAndClientsThatHangUp() throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.server.port())) {
      s.getOutputStream()
          .write("\u0000\u0001GARBAGE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(reply).startsWith("HTTP/1.1 400").doesNotContain("Jetty");
    }
    List<Socket> abandoned = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Socket s = new Socket("127.0.0.1", server.server.port());
      s.getOutputStream()
          .write(
              ("GET /api/v1/series?indicator=defence_exp_current_usd&group=NATO HTTP/1.1\r\nHost: x\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      s.getInputStream().read();
      abandoned.add(s);
    }
    for (Socket s : abandoned) {
      s.close();
    }
    compareAsOfTheClaimDate();
  }

  private static HttpResponse<String> post(String path, String type, String body) throws Exception {
    return server.post(path, type, body);
  }

  @Test
  void claimsCheck() throws Exception {
    HttpResponse<String> r =
        post(
            "/api/v1/claims/check",
            "application/json",
            "{\"text\": \"The U.S. spends more on defense than all other 28 allies combined.\","
                + " \"asOf\": \"2019-11-28\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode j = json(r);
    assertThat(j.at("/claims/0/verdict").asText()).isEqualTo("supported");
    assertThat(j.at("/claims/0/release/id").asText()).isEqualTo("nato-2019-06");
    assertThat(j.at("/claims/0/evidence").size()).isEqualTo(28);
    assertThat(j.at("/claims/0/reading").asText())
        .startsWith("sum(defence_exp_current_usd(USA, 2019))");
    HttpResponse<String> plain =
        post(
            "/api/v1/claims/check?asOf=2024-07-01",
            "text/plain",
            "23 allies will reach 2 % this year.");
    // Right on the June 2024 estimates; the 2026 edition's figures differ, which is reported in
    // latest and is not held against the claim.
    assertThat(json(plain).at("/claims/0/verdict").asText()).isEqualTo("supported");
    assertThat(json(plain).at("/claims/0/latest/verdict").asText()).isEqualTo("contradicted");
    HttpResponse<String> claim =
        post(
            "/api/v1/claims/check",
            "application/json",
            "{\"claim\": \"share_of_gdp(POL, 2024) > 4\", \"asOf\": \"2024-07-01\"}");
    assertThat(json(claim).at("/verdict").asText()).isEqualTo("supported");
    assertThat(json(claim).at("/latest/release/id").asText()).isEqualTo("nato-2026-07");
    // A text beyond what one request checks is refused before it is read, whatever it holds.
    HttpResponse<String> huge =
        post(
            "/api/v1/claims/check?asOf=2024-07-01", "text/plain", "9".repeat(900_000) + " percent");
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(json(huge).at("/detail").asText()).contains("200,000").contains("in parts");
    for (String[] bad :
        new String[][] {
          {"application/json", "{\"text\": \"  \"}", "empty"},
          {"application/json", "not json", "not valid JSON"},
          {"application/json", "{}", "exactly one"},
          {"application/xml", "<text/>", "application/json"},
          {"application/json", "{\"claim\": \"share_of_gdp(POL, 2024) >> 4\"}", "column"}
        }) {
      HttpResponse<String> p = post("/api/v1/claims/check", bad[0], bad[1]);
      assertThat(p.statusCode()).as(bad[1]).isEqualTo(400);
      assertThat(p.headers().firstValue("Content-Type").orElse(""))
          .isEqualTo("application/problem+json");
      assertThat(json(p).at("/detail").asText()).as(bad[1]).contains(bad[2]);
    }
    assertThat(
            json(server.get("/api/openapi.json"))
                .at("/paths/~1api~1v1~1claims~1check/post/summary")
                .asText())
        .contains("Check claims");
    assertThat(post("/api/v1/compare", "application/json", "{}").statusCode()).isEqualTo(405);
  }

  @Test
  void targetsScenarioFairShareCostShare() throws Exception {
    JsonNode targets = ok("/api/v1/targets?year=2024&asOf=2026-11-01");
    assertThat(targets.size()).isEqualTo(7);
    assertThat(targets.at("/1/target/id").asText()).isEqualTo("wales-2014-gdp");
    assertThat(targets.at("/1/count").asInt()).isEqualTo(17);
    assertThat(targets.at("/5/measurable").asBoolean()).isFalse();
    assertThat(problem("/api/v1/targets?target=nope", 404).at("/detail").asText())
        .contains("wales-2014-gdp");

    JsonNode scenario = ok("/api/v1/scenario?target=3.5&by=2035&gdp=stochastic&paths=300&seed=1");
    assertThat(scenario.at("/baseYear").asInt()).isEqualTo(2026);
    assertThat(scenario.at("/allies").size()).isEqualTo(31);
    assertThat(scenario.at("/allies/0/path").size()).isEqualTo(9);
    assertThat(scenario.at("/allies/0/bands/0/p10").asDouble())
        .isLessThanOrEqualTo(scenario.at("/allies/0/bands/0/p90").asDouble());
    assertThat(ok("/api/v1/scenario?paths=300&seed=1&gdp=stochastic").toString())
        .as("the same seed gives the same answer")
        .isEqualTo(scenario.toString());
    assertThat(problem("/api/v1/scenario?shape=zigzag", 400).at("/detail").asText())
        .contains("linear, front_loaded, constant_real_growth");
    assertThat(problem("/api/v1/scenario?paths=50000", 400).at("/detail").asText())
        .contains("at most 20,000");
    assertThat(problem("/api/v1/scenario?by=2020", 400).at("/detail").asText())
        .contains("after the base year");

    JsonNode fair = ok("/api/v1/fairshare?year=2019&asOf=2019-11-28");
    assertThat(fair.at("/release/id").asText()).isEqualTo("nato-2019-06");
    assertThat(fair.at("/spearman/n").asInt()).isEqualTo(28);
    assertThat(fair.at("/usShare").asDouble()).isBetween(70.0, 71.0);
    assertThat(ok("/api/v1/fairshare/series?release=nato-2024-06").size()).isEqualTo(11);

    JsonNode costs = ok("/api/v1/costshare?year=2019&match=USA:DEU");
    double total = 0;
    for (JsonNode x : costs.at("/shares")) {
      total += x.at("/share").asDouble();
    }
    assertThat(total).isCloseTo(100, within(1e-6));
    assertThat(costs.at("/shares/0/published").asDouble()).isEqualTo(14.8);
    assertThat(costs.at("/shares/0/publishedQuality").asText()).contains("secondary");
    assertThat(problem("/api/v1/costshare?cap=USA", 400).at("/detail").asText())
        .contains("ALLY:VALUE");
  }

  @Test
  void aReleaseImportedWhileServingIsPickedUpWhole() throws Exception {
    java.nio.file.Path csv = java.nio.file.Files.createTempFile("release", ".csv");
    java.nio.file.Files.writeString(
        csv,
        "release,country_iso3,country_name,year,indicator,unit,value,is_estimate\n"
            + "Mine,DEU,Germany,2030,defence_exp_current_usd,million USD,123456,true\n"
            + "Mine,FRA,France,2030,defence_exp_current_usd,million USD,65432,true\n");
    SnapshotWatcher watcher =
        SnapshotWatcher.start(server.store, server.server, java.time.Duration.ofMillis(200));
    try {
      String before = server.server.snapshot().id();
      var imported =
          org.burdenshare.store.imports.TidyCsvImport.read(
              csv,
              server.store.snapshot().countries(),
              new org.burdenshare.store.imports.ReleaseDetails(
                  "my-2030", "My projection", java.time.LocalDate.of(2026, 11, 1)));
      var outcome = server.store.importRelease(imported, false, m -> {});
      assertThat(outcome.action()).isEqualTo(org.burdenshare.store.Store.ImportAction.ADDED);
      long deadline = System.currentTimeMillis() + 10_000;
      while (server.server.snapshot().id().equals(before)
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(100);
      }
      assertThat(server.server.snapshot().id()).isNotEqualTo(before);
      JsonNode c =
          ok(
              "/api/v1/compare?a=DEU&b=FRA&indicator=defence_exp_current_usd&year=2030&release=my-2030");
      assertThat(c.at("/a/total").asDouble()).isEqualTo(123456.0);
      assertThat(ok("/api/v1/releases").at("/releases").size()).isEqualTo(7);
      // A corrected file of the same release: same id, date and number of figures, one value
      // changed. It is served within seconds.
      String uncorrected = server.server.snapshot().id();
      java.nio.file.Files.writeString(
          csv,
          "release,country_iso3,country_name,year,indicator,unit,value,is_estimate\n"
              + "Mine,DEU,Germany,2030,defence_exp_current_usd,million USD,123457,true\n"
              + "Mine,FRA,France,2030,defence_exp_current_usd,million USD,65432,true\n");
      var corrected =
          org.burdenshare.store.imports.TidyCsvImport.read(
              csv,
              server.store.snapshot().countries(),
              new org.burdenshare.store.imports.ReleaseDetails(
                  "my-2030", "My projection", java.time.LocalDate.of(2026, 11, 1)));
      // (In one process the watcher's read-only connection can be open at the moment of the
      // import, which DuckDB refuses; serve and import are separate processes in real use.)
      org.burdenshare.store.Store.ImportOutcome replaced = null;
      for (int attempt = 0; replaced == null; attempt++) {
        try {
          replaced = server.store.importRelease(corrected, false, m -> {});
        } catch (org.burdenshare.store.StoreException e) {
          if (attempt > 50 || !e.getMessage().contains("different configuration")) {
            throw e;
          }
          Thread.sleep(20);
        }
      }
      assertThat(replaced.action()).isEqualTo(org.burdenshare.store.Store.ImportAction.REPLACED);
      long until = System.currentTimeMillis() + 10_000;
      while (server.server.snapshot().id().equals(uncorrected)
          && System.currentTimeMillis() < until) {
        Thread.sleep(100);
      }
      assertThat(server.server.snapshot().id()).isNotEqualTo(uncorrected);
      JsonNode fixed =
          ok(
              "/api/v1/compare?a=DEU&b=FRA&indicator=defence_exp_current_usd&year=2030&release=my-2030");
      assertThat(fixed.at("/a/total").asDouble()).isEqualTo(123457.0);
    } finally {
      watcher.close();
    }
  }

  /** Fair share for a year the population figures do not reach: the latest year, named. */
  @Test
  void fairShareUsesTheLatestPopulationYearAndSaysWhich() throws Exception {
    String page = server.get("/fairshare?year=2026&asOf=2026-11-01", "Accept", "text/html").body();
    assertThat(page)
        .contains("Population: World Bank, 2024, the latest year its figures reach")
        .doesNotContain("No population figures for 2026");
    String json = server.get("/api/v1/fairshare?year=2026&asOf=2026-11-01").body();
    assertThat(org.burdenshare.render.Json.COMPACT.readTree(json).get("populationYear").asInt())
        .isEqualTo(2024);
  }

  /** No chance of 0 or 100 % without the reason beside it, anywhere on the Scenarios page. */
  @Test
  void scenariosNeverShowABareCertainty() throws Exception {
    for (String q : List.of("", "?damping=1", "?target=5&by=2030", "?damping=1&target=3&by=2040")) {
      String json = server.get("/scenarios" + q + (q.isEmpty() ? "?" : "&") + "format=json").body();
      assertThat(json).as(q).doesNotContain("\"100 %\"").doesNotContain("\"0 %\"");
    }
    // an ally below 3 % whose undamped surge takes every path over it by 2040
    String undamped = server.get("/scenarios?damping=1&target=3&by=2040&format=json").body();
    assertThat(undamped)
        .contains("100 % (every simulated path gets there, on real spending growth of");
  }

  /**
   * Pickers, not expressions: the forms offer the allies by name (with their names in six other
   * languages) and the groups with their members; an ally is found by any of those names, and
   * several allies go on one chart.
   */
  @Test
  void pickersFindAlliesByNameInSevenLanguagesAndPutSeveralOnOneChart() throws Exception {
    String compare = server.get("/compare", "Accept", "text/html").body();
    assertThat(compare)
        .contains("<input id=\"a\" name=\"a\" type=\"text\" list=\"compare-places\"")
        .contains("<option value=\"Germany\" label=\"DEU · Allemagne, Deutschland, Alemania,")
        .contains("<option value=\"BALTICS\" label=\"Estonia, Latvia and Lithuania: Estonia,");
    HttpResponse<String> go =
        server.get("/ally?country=Niemcy&with=France&asOf=2026-11-01", "Accept", "text/html");
    assertThat(go.statusCode()).isEqualTo(302);
    assertThat(go.headers().firstValue("Location"))
        .hasValue("/ally/DEU?with=France&asOf=2026-11-01");
    String json = server.get("/ally/DEU?with=Francia,+POL&asOf=2026-11-01&format=json").body();
    com.fasterxml.jackson.databind.JsonNode page =
        org.burdenshare.render.Json.COMPACT.readTree(json);
    com.fasterxml.jackson.databind.JsonNode spec =
        org.burdenshare.render.Json.COMPACT.readTree(page.at("/shares/chart/json").asText());
    List<String> names = new java.util.ArrayList<>();
    spec.get("series").forEach(x -> names.add(x.get("name").asText()));
    assertThat(names)
        .containsExactly(
            "Germany, share of GDP (%)", "France, share of GDP (%)", "Poland, share of GDP (%)");
    // the chart's figures are the table's, both from the one release of the page
    assertThat(page.at("/shares/table/table/rows")).hasSize(3);
    assertThat(page.at("/shares/table/table/rows/1/0").asText()).isEqualTo("France");
    HttpResponse<String> typo = server.get("/ally/DEU?with=Frnace", "Accept", "text/html");
    assertThat(typo.statusCode()).isEqualTo(400);
    assertThat(typo.body())
        .contains("There is no ally 'Frnace' to compare with. Did you mean France?");
  }

  /**
   * Changing only the date keeps the year of the form: a year the releases of that date do not hold
   * shows the newest they hold, and says so, instead of an error page.
   */
  @Test
  void aYearNoReleaseOfTheDateHoldsShowsTheNewestAndSaysSo() throws Exception {
    HttpResponse<String> r = server.get("/?year=2026&asOf=2024-06-18", "Accept", "text/html");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("class=\"notice\"")
        .contains("No release published by 2024-06-18 holds these figures for 2026.")
        .contains("Shown: 2024")
        .contains("<option value=\"2024\" selected>2024 (estimates)</option>")
        .doesNotContain("value=\"2026\"");
    for (String page : List.of("/guidelines", "/targets", "/fairshare")) {
      HttpResponse<String> p =
          server.get(page + "?year=2031&asOf=2024-06-18", "Accept", "text/html");
      assertThat(p.statusCode()).as(page).isEqualTo(200);
      assertThat(p.body()).as(page).contains("holds these figures for 2031");
    }
  }

  /**
   * A check can be linked to: the link carries the text and the date, and gives the same verdict.
   */
  @Test
  void aClaimCheckIsLinkableAndTheLinkGivesTheSameVerdict() throws Exception {
    String text = "The U.S. spends more on defense than all other 28 allies combined.";
    String path =
        "/check?text="
            + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
            + "&asOf=2019-11-28";
    HttpResponse<String> first = server.get(path, "Accept", "text/html");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("badge v-supported").contains("Link to this check");
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("<p class=\"permalink\"><a href=\"([^\"]+)\"")
            .matcher(first.body());
    assertThat(link.find()).isTrue();
    String href = link.group(1).replace("&amp;", "&");
    assertThat(href).contains("asOf=2019-11-28");
    HttpResponse<String> again = server.get(href, "Accept", "text/html");
    assertThat(again.body()).contains("badge v-supported").contains(text.substring(0, 30));
    HttpResponse<String> tooLong =
        server.get("/check?text=" + "x".repeat(2_001), "Accept", "text/html");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("A link can carry a text of up to 2000 characters");
  }

  /**
   * Without a year, a page opens on the newest year with outturn figures; the years whose figures
   * are all estimates stay in the list, marked.
   */
  @Test
  void theDefaultYearIsTheNewestWithOutturnsAndEstimateYearsAreMarked() throws Exception {
    JsonNode page = json(server.get("/?asOf=2024-07-01&format=json"));
    assertThat(page.at("/form/year").asInt()).isEqualTo(2022);
    assertThat(page.at("/form/estimated").toString()).isEqualTo("[2023,2024]");
    assertThat(page.at("/headline/year").asInt()).isEqualTo(2022);
    HttpResponse<String> html = server.get("/?asOf=2024-07-01", "Accept", "text/html");
    assertThat(html.body())
        .contains("<option value=\"2024\">2024 (estimates)</option>")
        .contains("<option value=\"2022\" selected>2022</option>");
  }
}
