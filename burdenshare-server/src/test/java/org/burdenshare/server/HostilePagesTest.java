package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.burdenshare.render.Num;
import org.burdenshare.server.pages.AlliesPage;
import org.burdenshare.server.pages.Chart;
import org.burdenshare.server.pages.CheckPage;
import org.burdenshare.server.pages.ChoiceForm;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.ErrorPage;
import org.burdenshare.server.pages.Frame;
import org.burdenshare.server.pages.Link;
import org.burdenshare.server.pages.MapPage;
import org.burdenshare.server.pages.MapView;
import org.burdenshare.server.pages.ReleaseNote;
import org.burdenshare.server.pages.ShownTable;
import org.burdenshare.server.pages.SourcesPage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page template rendered with hostile values in every field (markup, quotes that would close
 * an attribute, {@code javascript:} addresses, 5,000-character strings) shows them as text: no
 * element, attribute or script comes from the values, and no request value is echoed whole. Then
 * the same through the running server, for the pages still written as HTML in Java.
 */
class HostilePagesTest {
  static final String TAG = "<script>alert(1)</script>";
  static final String QUOTE = "\" onmouseover=\"alert(2)";
  static final String SINGLE = "' onfocus='alert(3)";
  static final String URL = "javascript:alert(4)";
  static final String LONG = "x".repeat(5_000);
  static final List<String> HOSTILE = List.of(TAG, QUOTE, SINGLE, URL, LONG);

  /** Every hostile value in one string, as a field a release or a request could carry. */
  static final String ALL = TAG + QUOTE + SINGLE + URL;

  @AutoClose static final TestServer server = TestServer.start();

  /**
   * No element or attribute of the page comes from a value: every tag is the template's, with no
   * event handler and no {@code javascript:} address, and every script is one of the page's own
   * (its two files, or a JSON data block). Values may show as text: a quote in a text node closes
   * nothing.
   */
  static void assertSafe(String html) {
    assertThat(html).doesNotContain("<script>alert");
    Matcher tags = Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
    while (tags.find()) {
      String tag = tags.group();
      assertThat(tag)
          .doesNotContainPattern("\\son(mouseover|focus)\\s*=")
          .doesNotContainPattern("(?i)(href|src)=\"\\s*javascript:");
      if (tag.startsWith("<script")) {
        assertThat(tag)
            .matches("<script (src=\"/assets/[^\"]+\" defer|type=\"application/json\".*)>");
      }
    }
  }

  static DataTable hostileTable(String id) {
    return new DataTable(
        id,
        ALL + LONG,
        List.of(ALL, "value"),
        List.of(
            List.<Object>of(new Link(ALL, URL), Num.of(1.5, "percent", true)),
            List.<Object>of(ALL, ALL)),
        1);
  }

  @Test
  void theErrorPageShowsHostileTextAsText() {
    String html =
        Templates.error(new ErrorPage(Frame.of(ALL + LONG, "/"), ALL, List.of(new Link(ALL, URL))));
    assertSafe(html);
    assertThat(html).doesNotContain(LONG).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void tablesShowHostileCellsAsText() {
    String html =
        Templates.render(
            "allies.jte",
            new AlliesPage(
                Frame.of(ALL, "/ally"), new ShownTable(hostileTable("t"), "/ally?x=" + ALL)));
    assertSafe(html);
    assertThat(html).contains("<a href=\"#\">");
  }

  @Test
  void theMapPageShowsHostileNamesAsTextAndItsDataCannotEndItsScript() {
    Chart chart =
        Chart.of("chart-map", ALL, java.util.Map.of("title", ALL + LONG, "years", List.of(ALL)));
    String html =
        Templates.render(
            "map.jte",
            new MapPage(
                Frame.of(ALL, "/map"),
                new ChoiceForm("/map", List.of(), ALL, 2024, List.of(2024), null, List.of()),
                ALL,
                new MapView(ALL, ALL, List.of(2023, 2024), 2024, chart),
                new ReleaseNote(new Link(ALL, URL), ALL, null, ALL, ALL, true),
                new ShownTable(hostileTable("map"), "/map?x=" + ALL)));
    assertSafe(html);
    assertThat(html).doesNotContain("</script>alert").contains("\\u003cscript");
  }

  @Test
  void theSourcesPageShowsAHostileReleaseAsText() {
    var release =
        new SourcesPage.Release(
            ALL,
            ALL,
            ALL,
            LocalDate.of(2024, 6, 17),
            null,
            new Link(ALL, URL),
            ALL,
            new Link(ALL, URL),
            ALL,
            List.of(ALL),
            true,
            List.of(ALL),
            new ShownTable(hostileTable(ALL), URL),
            ALL,
            new Link(ALL, URL));
    var edition =
        new SourcesPage.Edition(LocalDate.of(2024, 6, 17), ALL, true, null, ALL, ALL, true);
    String html =
        Templates.render(
            "sources.jte",
            new SourcesPage(
                Frame.of("Sources", "/sources"),
                List.of(release),
                List.of(edition),
                new ShownTable(hostileTable("releases"), URL),
                new SourcesPage.Check(
                    ALL,
                    List.of(
                        new SourcesPage.CheckedPage(
                            ALL,
                            new Link(ALL, URL),
                            null,
                            1,
                            List.of(new SourcesPage.NewFile(new Link(ALL, URL), ALL))),
                        new SourcesPage.CheckedPage(ALL, new Link(ALL, URL), ALL, 0, List.of())))));
    assertSafe(html);
  }

  @Test
  void theCheckPageShowsAHostileTextAndReadingAsText() {
    var sentence =
        new CheckPage.Sentence(
            ALL,
            ALL,
            ALL,
            List.of(new CheckPage.Claim(ALL, ALL, ALL, ALL)),
            ALL,
            new Link(ALL, URL),
            ALL,
            List.of(ALL),
            List.of(new CheckPage.Figure(ALL, 2024, ALL, ALL, true, ALL, ALL)),
            ALL,
            List.of(new CheckPage.Figure(ALL, 2024, ALL, ALL, true, ALL, ALL)),
            ALL,
            ALL);
    String html =
        Templates.render(
            "check.jte",
            new CheckPage(
                Frame.of("Check a text", "/check"),
                ALL + "</textarea>" + TAG,
                LocalDate.of(2024, 7, 1),
                ALL,
                new CheckPage.Results(LocalDate.of(2024, 7, 1), ALL, 1, 1, ALL, List.of(sentence)),
                new Link(ALL, URL)));
    assertSafe(html);
    assertThat(html).doesNotContain("</textarea><script");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/ally/%s",
        "/?year=%s",
        "/?asOf=%s",
        "/compare?group=%s",
        "/compare?indicator=%s",
        "/guidelines?year=%s",
        "/targets?year=%s",
        "/scenarios?target=%s",
        "/fairshare?year=%s",
        "/sources?x=%s",
        "/map?metric=%s",
        "/embed?chart=%s",
        "/embed/ally/DEU?x=%s",
        "/map?year=2024&view=%s",
        "/ally?format=csv&table=%s",
        "/%s"
      })
  void everyPageOfTheRunningServerShowsHostileParametersAsText(String path) throws Exception {
    for (String value : HOSTILE) {
      String query = path.formatted(URLEncoder.encode(value, StandardCharsets.UTF_8));
      HttpResponse<String> r = server.get(query, "Accept", "text/html");
      assertThat(r.statusCode()).as(query).isLessThan(500);
      assertSafe(r.body());
      assertThat(r.body()).as(query).doesNotContain(LONG);
    }
  }

  @Test
  void aHostileTextToCheckComesBackAsText() throws Exception {
    String form =
        "text="
            + URLEncoder.encode(
                "Germany spent 2 percent of GDP in 2024. " + ALL + "</textarea>" + TAG,
                StandardCharsets.UTF_8)
            + "&asOf=2024-07-01";
    HttpResponse<String> r =
        server.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertSafe(r.body());
    assertThat(r.body()).doesNotContain("</textarea><script");
  }

  @Test
  void theValuesAreHostileEnoughToFailAnUnescapedPage() {
    // the check above must be able to fail: the same values written unescaped break it
    for (String raw :
        List.of(
            "<p>" + TAG + "</p>",
            "<p title=\"" + QUOTE + "\">",
            "<p title='" + SINGLE + "'>",
            "<a href=\"" + URL + "\">")) {
      assertThatThrownBy(() -> assertSafe(raw)).as(raw).isInstanceOf(AssertionError.class);
    }
  }
}
