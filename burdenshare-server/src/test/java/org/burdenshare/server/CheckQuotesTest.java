package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.burdenshare.render.Json;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The check's line to quote and its related figures, as the API and the Check page give them. */
class CheckQuotesTest {
  @AutoClose static final TestServer server = TestServer.start();

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.COMPACT.readTree(r.body());
  }

  /**
   * Issue 22, items 6 and 7: the API, the page and the page's model give the line to quote and, for
   * a sentence without a claim, the figures it points to, under "Figures that bear on this".
   */
  @Test
  void aCheckGivesQuotesAndTheFiguresASentenceWithoutAClaimPointsTo() throws Exception {
    String text =
        "Only nine of NATO's 29 members meet the 2 % target. Germany and France fell well short"
            + " of the defence spending goal in 2019.";
    JsonNode api =
        json(
            server.post(
                "/api/v1/claims/check",
                "application/json",
                "{\"text\": \"" + text + "\", \"asOf\": \"2019-11-28\"}"));
    String quote = "NATO's June 2019 figures: 7 allies at 2 % of GDP or more in 2019, not 9.";
    assertThat(api.at("/claims/0/quote").asText()).isEqualTo(quote);
    assertThat(api.at("/claims/0/claims/0/judgement/quote").asText()).isEqualTo(quote);
    assertThat(api.at("/claims/0/related").size()).isZero();
    JsonNode related = api.at("/claims/1/related");
    assertThat(related.size()).isEqualTo(4);
    assertThat(related.get(0).at("/name").asText()).isEqualTo("Germany");
    assertThat(related.get(0).at("/release/id").asText()).isEqualTo("nato-2019-06");
    String path =
        "/check?text="
            + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
            + "&asOf=2019-11-28";
    HttpResponse<String> page = server.get(path, "Accept", "text/html");
    assertThat(page.body())
        .contains("<q>NATO's June 2019 figures: 7 allies at 2 % of GDP or more in 2019, not 9.</q>")
        .contains("<h3>Figures that bear on this</h3>");
    JsonNode model = json(server.get(path + "&format=json"));
    JsonNode sentences = model.at("/results/sentencesChecked");
    assertThat(sentences.get(0).at("/quote").asText()).isEqualTo(quote);
    assertThat(sentences.get(1).at("/related/0/country").asText()).isEqualTo("Germany");
    assertThat(sentences.get(1).at("/related/0/release").asText()).isEqualTo("nato-2019-06");
    assertThat(sentences.get(1).at("/related/0/estimate").isBoolean()).isTrue();
  }
}
