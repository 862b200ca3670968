package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.burdenshare.render.Json;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The pages' files under hashed names, kept for a year; every page, the check of a text included,
 * as JSON too.
 */
class PageFilesTest {
  @AutoClose static final TestServer server = TestServer.start();

  @Test
  void thePagesFilesHaveHashedNamesAndAYearLongCacheLifetime() throws Exception {
    String html = server.get("/?asOf=2026-11-01").body();
    Matcher m =
        Pattern.compile("(?:href|src|data-echarts-[a-z]+)=\"(/assets/[^\"]+)\"").matcher(html);
    int found = 0;
    while (m.find()) {
      String href = m.group(1);
      assertThat(href).matches("/assets/[a-z/.]+\\.[0-9a-f]{10}\\.(js|css|svg)");
      assertServedForAYear(href);
      found++;
    }
    assertThat(found).as("style, icon, script and the charting library's five parts").isEqualTo(8);
    assertThat(html).doesNotContain("/static/").doesNotContain("/webjars/");
    // a name that is not the current one's is not served: its bytes may have changed
    assertThat(server.get("/assets/dashboard.0000000000.js").statusCode()).isEqualTo(404);
    assertThat(server.get("/assets/echarts/chunk-AAAAAAAA.js").statusCode()).isEqualTo(404);
  }

  /**
   * The charting library in parts: a part for each series type (with the axes, legend and guideline
   * lines they share), the map's and the SVG renderer's are each loaded only by what needs them;
   * what they share is in chunks named by their content, which are kept for a year too. The first
   * chart of a page loads at most 150,000 bytes of it gzipped (issue 24's budget).
   */
  @Test
  void theChartingLibraryComesInPartsThatLoadOnlyWhatTheyDraw() throws Exception {
    String html = server.get("/?asOf=2026-11-01").body();
    Part linePart = part(html, "data-echarts-line");
    Part barPart = part(html, "data-echarts-bar");
    Part scatterPart = part(html, "data-echarts-scatter");
    Part mapPart = part(html, "data-echarts-map");
    String line = linePart.text();
    String bar = barPart.text();
    String scatter = scatterPart.text();
    String map = mapPart.text();
    String svg = part(html, "data-echarts-svg").text();
    assertThat(line).contains("\"series.line\"", "\"markLine\"", "\"legend.scroll\"");
    assertThat(line).doesNotContain("\"series.bar\"", "\"series.scatter\"", "\"series.map\"");
    assertThat(bar).contains("\"series.bar\"").doesNotContain("\"series.line\"");
    assertThat(scatter).contains("\"series.scatter\"").doesNotContain("\"series.line\"");
    for (String axes : List.of(line, bar, scatter)) {
      assertThat(axes).doesNotContain("\"visualMap.piecewise\"", "registerPainter(\"svg\"");
    }
    assertThat(map).contains("\"series.map\"", "\"visualMap.piecewise\"");
    assertThat(map).doesNotContain("\"series.line\"", "\"series.bar\"");
    assertThat(map).doesNotContain("registerPainter(\"svg\"");
    assertThat(svg).contains("registerPainter(\"svg\"");
    // all draw on canvas, with the one core they share
    for (String drawn : List.of(line, bar, scatter, map)) {
      assertThat(drawn).contains("registerPainter(\"canvas\"");
    }
    for (Part first : List.of(linePart, barPart, scatterPart, mapPart)) {
      assertThat(first.gzipped()).isLessThanOrEqualTo(150_000);
    }
  }

  /** An entry module and the chunks it imports: their text, and their bytes gzipped one by one. */
  private record Part(String text, int gzipped) {}

  private static int gzipped(String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.size();
  }

  /** An entry module of the charting library and the chunks it imports, as one text. */
  private static Part part(String html, String attribute) throws Exception {
    Matcher m = Pattern.compile(attribute + "=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as(attribute).isTrue();
    StringBuilder all = new StringBuilder();
    int packed = 0;
    Deque<String> todo = new ArrayDeque<>(List.of(m.group(1)));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String href = todo.pop();
      if (!seen.add(href)) {
        continue;
      }
      HttpResponse<String> r = assertServedForAYear(href);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
      all.append(r.body());
      packed += gzipped(r.body());
      Matcher chunk = Pattern.compile("\"\\./(chunk-[A-Z0-9]+\\.js)\"").matcher(r.body());
      while (chunk.find()) {
        todo.push("/assets/echarts/" + chunk.group(1));
      }
    }
    assertThat(seen).as(attribute + ": the entry and a chunk at least").hasSizeGreaterThan(1);
    return new Part(all.toString(), packed);
  }

  private static HttpResponse<String> assertServedForAYear(String href) throws Exception {
    HttpResponse<String> r = server.get(href);
    assertThat(r.statusCode()).as(href).isEqualTo(200);
    assertThat(r.headers().firstValue("Cache-Control"))
        .as(href)
        .hasValue("public, max-age=31536000, immutable");
    return r;
  }

  @Test
  void aCheckOfATextIsJsonTooAndItsLinkGivesTheSameCheck() throws Exception {
    String text = "The U.S. spends more on defense than all other 28 allies combined.";
    String q = "?text=" + PageParams.enc(text) + "&asOf=2019-11-28";
    HttpResponse<String> r = server.get("/check" + q + "&format=json");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode page = Json.COMPACT.readTree(r.body());
    assertThat(page.at("/text").asText()).isEqualTo(text);
    assertThat(page.at("/results/date").asText()).isEqualTo("2019-11-28");
    assertThat(page.at("/permalink/href").asText()).isEqualTo("/check" + q);
    assertThat(page.at("/results/sentencesChecked/0/verdict").asText()).isNotEmpty();
  }
}
