package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.burdenshare.render.Json;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Every form, address and API parameter that names a country or group takes the same names (codes,
 * names in seven languages, groups, expressions), and a near miss is answered with the closest.
 */
class PlacesTest {
  @AutoClose static final TestServer server = TestServer.start();

  static String page(String path, int status) throws Exception {
    HttpResponse<String> r = server.get(path, "Accept", "text/html");
    assertThat(r.statusCode()).as(path).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    return r.body();
  }

  @Test
  void compareTakesNamesInAnyOfSevenLanguagesAndShowsPeoplesNames() throws Exception {
    String html = page("/compare?a=Allemagne&b=Polska&asOf=2026-11-01", 200);
    assertThat(html).contains("<h2 id=\"h-cmp\">Germany and Poland: Defence expenditure");
    html = page("/compare?a=Estados%20Unidos&b=NATO-USA&asOf=2019-11-28", 200);
    assertThat(html)
        .contains("United States and All other allies")
        .contains("\"name\":\"United States\"")
        .contains("\"name\":\"All other allies\"");
    assertThat(page("/compare?a=Allemagne&b=Niemcy", 200)).contains("Germany and Germany");
    assertThat(page("/compare?a=NATO_EUROPE_CANADA&b=NATO-Deutschland&asOf=2026-11-01", 200))
        .contains("European allies and Canada and All allies but Germany");
  }

  @Test
  void aNearMissOffersTheClosestNamesInTheSameView() throws Exception {
    String html = page("/ally?country=Germny&asOf=2026-11-01", 400);
    assertThat(html)
        .contains("There is no ally 'Germny'. Did you mean Germany?")
        .contains(
            "<a href=\"/ally?asOf=2026-11-01&amp;country=Germany\">Did you mean Germany?</a>");
    html = page("/ally/Germny", 404);
    assertThat(html).contains("Did you mean Germany?").contains("href=\"/ally?country=Germany\"");
    html = page("/compare?a=USA&b=Polnd&asOf=2026-11-01", 400);
    assertThat(html)
        .contains("Unknown country or group 'Polnd'")
        .contains("href=\"/compare?a=USA&amp;asOf=2026-11-01&amp;b=Poland\"");
    HttpResponse<String> found = server.get("/ally?country=Allemagne&asOf=2026-11-01");
    assertThat(found.statusCode()).isEqualTo(302);
    assertThat(found.headers().firstValue("Location")).hasValue("/ally/DEU?asOf=2026-11-01");
  }

  @Test
  void theApiTakesTheSameNames() throws Exception {
    HttpResponse<String> r =
        server.get(
            "/api/v1/compare?a=Allemagne&b=Estados%20Unidos&indicator=defence_exp_current_usd"
                + "&year=2019&asOf=2019-11-28");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode j = Json.COMPACT.readTree(r.body());
    assertThat(j.at("/b/total").asDouble()).isCloseTo(730_149, within(0.5));
    r = server.get("/api/v1/share?part=Niemcy&whole=NATO&year=2019&asOf=2019-11-28");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }
}
