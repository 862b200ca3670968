package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        Pattern.compile("(?:href|src|data-echarts(?:-map|-svg)?)=\"(/assets/[^\"]+)\"")
            .matcher(html);
    int found = 0;
    while (m.find()) {
      String href = m.group(1);
      assertThat(href).matches("/assets/[a-z/.]+\\.[0-9a-f]{10}\\.(js|css|svg)");
      assertServedForAYear(href);
      found++;
    }
    assertThat(found).as("style, icon, script and the charting library's three parts").isEqualTo(6);
    assertThat(html).doesNotContain("/static/").doesNotContain("/webjars/");
    // a name that is not the current one's is not served: its bytes may have changed
    assertThat(server.get("/assets/dashboard.0000000000.js").statusCode()).isEqualTo(404);
    assertThat(server.get("/assets/echarts/chunk-AAAAAAAA.js").statusCode()).isEqualTo(404);
  }

  /**
   * The charting library in parts: what draws charts on axes, what draws the map and the SVG
   * renderer are each loaded only by what needs them; what they share is in chunks named by their
   * content, which are kept for a year too.
   */
  @Test
  void theChartingLibraryComesInPartsThatLoadOnlyWhatTheyDraw() throws Exception {
    String html = server.get("/?asOf=2026-11-01").body();
    String charts = part(html, "data-echarts");
    String map = part(html, "data-echarts-map");
    String svg = part(html, "data-echarts-svg");
    assertThat(charts).contains("\"series.line\"", "\"series.bar\"", "\"series.scatter\"");
    assertThat(charts).doesNotContain("\"series.map\"", "\"visualMap.piecewise\"");
    assertThat(charts).doesNotContain("registerPainter(\"svg\"");
    assertThat(map).contains("\"series.map\"", "\"visualMap.piecewise\"");
    assertThat(map).doesNotContain("\"series.line\"", "\"series.bar\"");
    assertThat(map).doesNotContain("registerPainter(\"svg\"");
    assertThat(svg).contains("registerPainter(\"svg\"");
    // both draw on canvas, with the one core they share
    assertThat(charts).contains("registerPainter(\"canvas\"");
    assertThat(map).contains("registerPainter(\"canvas\"");
    // smaller than the whole of ECharts (1,016 KB) and than the one file it was (650,283 bytes)
    assertThat(charts.length()).isLessThan(600_000);
    assertThat(map.length()).isLessThan(560_000);
  }

  /** An entry module of the charting library and the chunks it imports, as one text. */
  private static String part(String html, String attribute) throws Exception {
    Matcher m = Pattern.compile(attribute + "=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as(attribute).isTrue();
    StringBuilder all = new StringBuilder();
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
      Matcher chunk = Pattern.compile("\"\\./(chunk-[A-Z0-9]+\\.js)\"").matcher(r.body());
      while (chunk.find()) {
        todo.push("/assets/echarts/" + chunk.group(1));
      }
    }
    assertThat(seen).as(attribute + ": the entry and a chunk at least").hasSizeGreaterThan(1);
    return all.toString();
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
