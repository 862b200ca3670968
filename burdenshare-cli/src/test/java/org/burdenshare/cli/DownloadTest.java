package org.burdenshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports from a web address and the look for new editions, against a publisher's site on a
 * loopback port (no internet), with small files made here: a release in the tidy CSV format, and
 * the ways a download fails. Every refusal is one message, and leaves the data directory as it was.
 */
class DownloadTest {
  @TempDir static Path shared;
  static Path data;

  @TempDir Path tmp;
  PublisherSite site;

  static final byte[] CSV =
      ("release,country_iso3,country_name,year,indicator,unit,value,is_estimate\n"
              + "X,DEU,Germany,2026,defence_exp_current_usd,million USD,123456.7,true\n"
              + "X,FRA,France,2026,defence_exp_current_usd,million USD,76543.2,true\n")
          .getBytes(StandardCharsets.UTF_8);

  @BeforeAll
  static void database() {
    data = shared.resolve("data");
    assertThat(Cli.run(data, "releases").exit()).isZero();
  }

  @BeforeEach
  void site() throws Exception {
    site = new PublisherSite();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private static String[] csvImport(String address, String id) {
    return new String[] {
      "import",
      "csv",
      address,
      "--id",
      id,
      "--title",
      "Figures of 2026",
      "--published",
      "2026-11-01"
    };
  }

  @Test
  void aReleaseFromAnAddressIsImportedAndKeptWithItsProvenance() throws Exception {
    Path db = tmp.resolve("db");
    site.at("/files/figures-2027.csv", PublisherSite.file(CSV, "text/csv"));
    Cli.Result r = Cli.run(db, csvImport(site.address("/files/figures-2027.csv"), "mine-2027"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Added release mine-2027: 2 figures.");
    assertThat(r.err()).contains("Downloading " + site.address("/files/figures-2027.csv"));

    JsonNode release = release(db, "mine-2027");
    JsonNode p = release.get("provenance");
    assertThat(p.get("address").asText()).isEqualTo(site.address("/files/figures-2027.csv"));
    assertThat(p.get("sha256").asText()).isEqualTo(Cli.sha256(CSV));
    assertThat(p.get("bytes").asLong()).isEqualTo(CSV.length);
    assertThat(p.get("file").asText()).isEqualTo("figures-2027.csv");
    assertThat(p.get("retrieved").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    Path kept = db.resolve(p.get("kept").asText());
    assertThat(kept).hasBinaryContent(CSV);
    assertThat(p.get("kept").asText()).startsWith("downloads/");

    // the same file again changes nothing, and keeps no second copy
    String before = Cli.fingerprint(db);
    Cli.Result again = Cli.run(db, csvImport(site.address("/files/figures-2027.csv"), "mine-2027"));
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("imported already");
    assertThat(Cli.fingerprint(db)).isEqualTo(before);
  }

  @Test
  void aRedirectIsFollowedAndALoopOfThemRefused() throws Exception {
    Path db = tmp.resolve("db");
    site.at("/old/figures-2027.csv", PublisherSite.redirect("/files/figures-2027.csv"))
        .at("/files/figures-2027.csv", PublisherSite.file(CSV, "text/csv"))
        .at("/a", PublisherSite.redirect("/b"))
        .at("/b", PublisherSite.redirect("/a"));
    Cli.Result r = Cli.run(db, csvImport(site.address("/old/figures-2027.csv"), "moved-2027"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(release(db, "moved-2027").at("/provenance/address").asText())
        .isEqualTo(site.address("/old/figures-2027.csv"));

    String loop = refused(db, csvImport(site.address("/a"), "loop"));
    assertThat(loop).contains("more than 5 redirects");
  }

  @Test
  void everyFailedDownloadIsOneMessageAndChangesNothing() throws Exception {
    byte[] workbook = new byte[4096];
    workbook[0] = 'P';
    workbook[1] = 'K';
    site.at("/slow.csv", PublisherSite.slow(CSV, 20_000))
        .at("/cut/240617-def-exp-2024-TABLES-en.xlsx", PublisherSite.truncated(workbook, 1000))
        .at(
            "/error/def-exp-2027-en.xlsx",
            PublisherSite.html(
                200,
                "<!DOCTYPE html><html><body><h1>We are sorry</h1><p>The service is"
                    + " unavailable.</p></body></html>"))
        .at("/huge/def-exp-2027-en.xlsx", PublisherSite.announcing(60L * 1024 * 1024));

    long start = System.nanoTime();
    String slow = refused(data, "import", "nato", site.address("/slow.csv"), "--timeout", "1");
    assertThat(slow).contains("took longer than 1 s").contains("--timeout");
    assertThat((System.nanoTime() - start) / 1e9).as("seconds until refused").isLessThan(10);

    assertThat(
            refused(
                data, "import", "nato", site.address("/cut/240617-def-exp-2024-TABLES-en.xlsx")))
        .contains("cut short");
    assertThat(refused(data, "import", "nato", site.address("/error/def-exp-2027-en.xlsx")))
        .contains("the server sent a web page (text/html; charset=utf-8), not an Excel workbook");
    assertThat(refused(data, "import", "sipri", site.address("/missing.xlsx")))
        .contains("HTTP 404");
    assertThat(refused(data, "import", "nato", site.address("/huge/def-exp-2027-en.xlsx")))
        .contains("larger than 50 MB");
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    assertThat(refused(data, "import", "nato", "http://127.0.0.1:" + closed + "/x.xlsx"))
        .contains("refused the connection");
    assertThat(refused(data, "import", "nato", "ftp://example.org/x.xlsx"))
        .contains("not a web address: expected one beginning with https://");
  }

  @Test
  void theEnvironmentsProxyIsUsed() throws Exception {
    Path db = tmp.resolve("db");
    site.at("/files/figures-2027.csv", PublisherSite.file(CSV, "text/csv"));
    String address = "http://publisher.invalid/files/figures-2027.csv";
    Cli.Result r =
        Cli.run(
            db,
            Map.of("http_proxy", "http://127.0.0.1:" + site.port()),
            csvImport(address, "proxied-2027"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(site.requests).containsExactly(address);
    // and no_proxy exempts a host: then the name must be found, which it cannot be
    Cli.Result direct =
        Cli.run(
            db,
            Map.of("http_proxy", "http://127.0.0.1:" + site.port(), "no_proxy", ".invalid"),
            csvImport(address, "direct-2027"));
    assertThat(direct.exit()).isEqualTo(2);
    assertThat(direct.err()).contains("publisher.invalid");
    assertThat(site.requests).hasSize(1);
  }

  @Test
  void theCheckListsExactlyTheWorkbooksNotImported() throws Exception {
    Path db = tmp.resolve("db");
    // NATO's page links the June 2024 tables (bundled: the catalogue names the file), a new
    // workbook, a PDF and an unrelated spreadsheet; SIPRI's page links nothing any more.
    site.at(
            "/nato/defence-expenditures.html",
            PublisherSite.html(
                200,
                "<html><body><ul>"
                    + "<li><a href=\"/nato_static_fl2014/assets/pdf/2024/6/pdf/240617-def-exp-2024-TABLES-en.xlsx\">2024 tables</a>"
                    + "<li><a href='files/def-exp-2027-en.xlsx'>2027 tables</a>"
                    + "<li><a href=\"files/def-exp-2027-en.pdf\">2027 report</a>"
                    + "<li><a href=\"/other/budget.xlsx\">budget</a>"
                    + "<li><a href='files/def-exp-2027-en.xlsx'>the same, again</a>"
                    + "</ul></body></html>"))
        .at(
            "/sipri/milex.html",
            PublisherSite.html(200, "<html><body><p>The database has moved.</p></body></html>"))
        .at(
            "/nato/files/def-exp-2027-en.xlsx",
            PublisherSite.html(200, "<!DOCTYPE html><html><body>Sign in</body></html>"));
    String nato = site.address("/nato/defence-expenditures.html");
    String sipri = site.address("/sipri/milex.html");
    String[] pages = {
      "--page", "nato-defence-expenditure=" + nato, "--page", "sipri-milex=" + sipri
    };
    assertThat(Cli.run(db, "releases").exit()).isZero();
    Cli.Result check = Cli.run(db, concat(new String[] {"update", "--check"}, pages));
    assertThat(check.exit()).as("a page that yields no links is an error").isEqualTo(2);
    String added = site.address("/nato/files/def-exp-2027-en.xlsx");
    assertThat(check.out())
        .contains("2 workbook links, 1 not imported yet:")
        .contains("burdenshare import nato " + added)
        .contains("The page links no workbook any more")
        .doesNotContain("240617-def-exp-2024-TABLES-en.xlsx\n")
        .doesNotContain("budget.xlsx")
        .doesNotContain(".pdf");

    JsonNode json =
        new ObjectMapper()
            .readTree(
                Cli.run(db, concat(new String[] {"update", "--check", "-f", "json"}, pages)).out());
    assertThat(json.at("/pages/0/notImported").toString()).isEqualTo("[\"" + added + "\"]");
    assertThat(json.at("/pages/0/workbooks").size()).isEqualTo(2);
    assertThat(json.at("/pages/1/problem").asText()).contains("layout may have changed");
    // the check is noted in the database, where the dashboard reads it
    assertThat(Cli.run(db, "sql", "SELECT value FROM meta WHERE key = 'publisher_check'").out())
        .contains("def-exp-2027-en.xlsx");

    // update tries the new workbook: an error page, refused; nothing else changes
    String before = Cli.sha256(Files.readAllBytes(db.resolve("burdenshare.duckdb")));
    Cli.Result update = Cli.run(db, concat(new String[] {"update"}, pages));
    assertThat(update.out()).contains("Not imported: Could not import " + added);
    assertThat(Files.exists(db.resolve("downloads"))).isFalse();
    assertThat(Cli.run(db, "sql", "SELECT count(*) AS n FROM releases").out())
        .contains(Cli.run(data, "sql", "SELECT count(*) AS n FROM releases").out().strip());
    assertThat(before).isNotEmpty();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** The command fails with one message and the data directory is as it was. */
  private static String refused(Path db, String... args) throws Exception {
    String before = Cli.fingerprint(db);
    Cli.Result r = Cli.run(db, args);
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    String message =
        r.err().lines().filter(l -> !l.startsWith("Downloading ")).reduce("", (a, b) -> a + b);
    assertThat(r.err().lines().filter(l -> l.startsWith("burdenshare: "))).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Cli.fingerprint(db)).isEqualTo(before);
    return message;
  }

  private static JsonNode release(Path db, String id) throws Exception {
    Cli.Result r = Cli.run(db, "releases", "--format", "json");
    assertThat(r.exit()).isZero();
    for (JsonNode n : new ObjectMapper().readTree(r.out())) {
      if (n.get("id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no release " + id + " in " + r.out());
  }
}
