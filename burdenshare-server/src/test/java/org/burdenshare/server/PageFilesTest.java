package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
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
    Matcher m = Pattern.compile("(?:href|src|data-echarts)=\"(/assets/[^\"]+)\"").matcher(html);
    int found = 0;
    while (m.find()) {
      String href = m.group(1);
      assertThat(href).matches("/assets/[a-z/.]+\\.[0-9a-f]{10}\\.(js|css|svg)");
      HttpResponse<String> r = server.get(href);
      assertThat(r.statusCode()).as(href).isEqualTo(200);
      assertThat(r.headers().firstValue("Cache-Control"))
          .hasValue("public, max-age=31536000, immutable");
      found++;
    }
    assertThat(found).as("style, icon, script and the charting library").isEqualTo(4);
    assertThat(html).doesNotContain("/static/").doesNotContain("/webjars/");
    // a name that is not the current one's is not served: its bytes may have changed
    assertThat(server.get("/assets/dashboard.0000000000.js").statusCode()).isEqualTo(404);
    // the charting library is the dashboard's own build, not the whole of ECharts (1,016 KB)
    Matcher lib = Pattern.compile("data-echarts=\"([^\"]+)\"").matcher(html);
    assertThat(lib.find()).isTrue();
    assertThat(server.get(lib.group(1)).body().length()).isLessThan(700_000);
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
