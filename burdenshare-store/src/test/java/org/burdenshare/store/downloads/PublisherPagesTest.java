package org.burdenshare.store.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Proxy;
import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;
import org.burdenshare.store.StoreException;
import org.junit.jupiter.api.Test;

/** Links found on a publisher's page, and the proxy the environment names. */
class PublisherPagesTest {
  @Test
  void workbookLinksAreResolvedDecodedAndListedOnceInThePagesOrder() {
    String html =
        "<a href=\"/docs/250827-def-exp-en.xlsx\">x</a>"
            + "<A HREF='def-exp-2026-en.xlsx?download=1&amp;lang=en'>y</A>"
            + "<a href=https://cdn.example.org/def-exp%202024.xlsx>z</a>"
            + "<a href=\"/docs/250827-def-exp-en.xlsx\">again</a>"
            + "<a href=\"/docs/def-exp-2026-en.pdf\">pdf</a>"
            + "<a href=\"javascript:alert('def-exp.xlsx')\">no</a>"
            + "<a href=\"/budget.xlsx\">other</a>";
    var links =
        PublisherPages.workbookLinks(
            html,
            URI.create("https://www.nato.int/en/what-we-do/page"),
            Pattern.compile("(?i).*def-exp.*\\.xlsx"));
    assertThat(links)
        .extracting(URI::toString)
        .containsExactly(
            "https://www.nato.int/docs/250827-def-exp-en.xlsx",
            "https://www.nato.int/en/what-we-do/def-exp-2026-en.xlsx?download=1&lang=en",
            "https://cdn.example.org/def-exp%202024.xlsx");
    assertThat(PublisherPages.name(links.get(2))).isEqualTo("def-exp 2024.xlsx");
  }

  @Test
  void theEnvironmentsProxyVariablesAreRead() {
    assertThat(EnvironmentProxy.of(Map.of())).isEmpty();
    var p =
        EnvironmentProxy.of(
                Map.of(
                    "HTTPS_PROXY", "http://proxy.example:3128",
                    "no_proxy", "localhost, .internal.example"))
            .orElseThrow();
    Proxy https = p.select(URI.create("https://www.nato.int/x.xlsx")).get(0);
    assertThat(https.type()).isEqualTo(Proxy.Type.HTTP);
    assertThat(https.address().toString()).contains("proxy.example").contains("3128");
    assertThat(p.select(URI.create("http://www.nato.int/x.xlsx")))
        .as("http_proxy unset: plain http goes direct")
        .containsExactly(Proxy.NO_PROXY);
    assertThat(p.select(URI.create("https://files.internal.example/x.xlsx")))
        .containsExactly(Proxy.NO_PROXY);
    assertThat(p.select(URI.create("https://localhost/x.xlsx"))).containsExactly(Proxy.NO_PROXY);
    assertThatThrownBy(() -> EnvironmentProxy.of(Map.of("https_proxy", "http://")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("https_proxy");
  }

  @Test
  void aDownloadKeepsThePublishersFileName() {
    assertThat(
            Download.fileName(
                URI.create("https://www.nato.int/a/240617-def-exp-2024-TABLES-en.xlsx"),
                URI.create("https://cdn.example/x")))
        .isEqualTo("240617-def-exp-2024-TABLES-en.xlsx");
    assertThat(
            Download.fileName(
                URI.create("https://www.sipri.org/download/"),
                URI.create("https://www.sipri.org/files/SIPRI%20Milex%202025.xlsx")))
        .isEqualTo("SIPRI_Milex_2025.xlsx");
    assertThat(
            Download.fileName(
                URI.create("https://x.example/../.."), URI.create("https://x.example/")))
        .isEqualTo("download");
  }
}
