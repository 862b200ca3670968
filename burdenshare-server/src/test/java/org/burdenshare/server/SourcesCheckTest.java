package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.burdenshare.core.releases.PublisherCheck;
import org.junit.jupiter.api.Test;

/**
 * The Sources page says when the publishers' pages were last checked and what was found, and a
 * check noted while the server runs is shown within seconds, like an import.
 */
class SourcesCheckTest {
  @Test
  void aCheckNotedWhileTheServerRunsIsShownOnTheSourcesPage() throws Exception {
    try (TestServer t = new TestServer()) {
      SnapshotWatcher w = SnapshotWatcher.start(t.store, t.server, Duration.ofMillis(100));
      assertThat(t.get("/sources").body()).contains("have not been checked for new editions");
      String added = "https://www.nato.int/files/def-exp-2027-en.xlsx";
      t.store.recordCheck(
          new PublisherCheck(
              Instant.parse("2027-06-20T08:15:00Z"),
              List.of(
                  new PublisherCheck.Page(
                      "nato-defence-expenditure",
                      "https://www.nato.int/page",
                      null,
                      List.of(
                          "https://www.nato.int/files/240617-def-exp-2024-TABLES-en.xlsx", added),
                      List.of(added)),
                  new PublisherCheck.Page(
                      "sipri-milex",
                      "https://www.sipri.org/databases/milex",
                      "The page links no workbook any more: its layout may have changed.",
                      List.of(),
                      List.of()))));
      String html = "";
      for (int i = 0; i < 100 && !html.contains("2027-06-20 08:15 UTC"); i++) {
        Thread.sleep(100);
        html = t.get("/sources").body();
      }
      assertThat(html)
          .contains("last checked on 2027-06-20 08:15 UTC")
          .contains("2 workbook link(s), 1 not imported yet")
          .contains("<code>burdenshare import nato " + added + "</code>")
          .contains("its layout may have changed");
      var json =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(t.get("/sources?format=json").body());
      assertThat(json.at("/lastCheck/when").asText()).isEqualTo("2027-06-20 08:15 UTC");
      assertThat(json.at("/lastCheck/pages/0/notImported/0/command").asText())
          .isEqualTo("burdenshare import nato " + added);
      // every release says which file it was read from
      assertThat(html).contains("Read from ").contains("SHA-256 ");
      w.close();
    }
  }
}
