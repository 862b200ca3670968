package org.burdenshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summit-day commands on the publishers' real workbooks ({@code ../shared/data/…/raw/}), served
 * by a publisher's site on a loopback port: the acceptance. The specimens profile runs it;
 * without {@code ../shared} it fails.
 */
@Tag("specimens")
class DownloadSpecimensTest {
  static final String NATO_2024 = "240617-def-exp-2024-TABLES-en.xlsx";
  static final String SIPRI = "SIPRI-Milex-data-1949-2024_2.xlsx";

  @TempDir Path tmp;
  PublisherSite site;
  byte[] nato;
  byte[] sipri;

  static Path shared() {
    String dir = System.getProperty("burdenshare.shared");
    assertThat(dir).as("the specimens profile sets burdenshare.shared to ../shared").isNotBlank();
    Path p = Path.of(dir).normalize();
    assertThat(p)
        .as("../shared beside the repository (the specimens profile needs it)")
        .isDirectory();
    return p;
  }

  @BeforeEach
  void site() throws Exception {
    nato = Files.readAllBytes(shared().resolve("data/nato/raw/def-exp-2024/" + NATO_2024));
    sipri = Files.readAllBytes(shared().resolve("data/sipri/raw/" + SIPRI));
    site = new PublisherSite();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final String FIGURES =
      "SELECT country_iso3, year, indicator, unit, value, is_estimate FROM observations"
          + " WHERE release_id = '%s' ORDER BY ALL";

  @Test
  void natosJune2024WorkbookOverHttpGivesTheSameFiguresAsTheLocalImport() throws Exception {
    site.at("/" + NATO_2024, PublisherSite.file(nato, XLSX));
    String address = site.address("/" + NATO_2024);
    Path web = tmp.resolve("web");
    Path local = tmp.resolve("local");
    assertThat(Cli.run(web, "releases").exit()).isZero();

    // The bundled June 2024 release was made from this workbook: importing it changes nothing.
    String before = Cli.fingerprint(web);
    Cli.Result same = Cli.run(web, "import", "nato", address);
    assertThat(same.exit()).as(same.err()).isZero();
    assertThat(same.out())
        .contains("holds the bundled release nato-2024-06 figure for figure (5346 figures)");
    assertThat(Cli.fingerprint(web)).isEqualTo(before);

    // Under an id of its own it is added, from the address and from the file on disk alike.
    Cli.Result r = Cli.run(web, "import", "nato", address, "--id", "nato-2024-06-web");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Added release nato-2024-06-web: 5346 figures.");
    Path file = shared().resolve("data/nato/raw/def-exp-2024/" + NATO_2024);
    Cli.Result l = Cli.run(local, "import", "nato", file.toString(), "--id", "nato-2024-06-web");
    assertThat(l.out()).contains("Added release nato-2024-06-web: 5346 figures.");
    String fromWeb = sql(web, String.format(FIGURES, "nato-2024-06-web"));
    assertThat(fromWeb.lines()).hasSize(5346 + 1);
    assertThat(fromWeb).isEqualTo(sql(local, String.format(FIGURES, "nato-2024-06-web")));
    assertThat(fromWeb).isEqualTo(sql(web, String.format(FIGURES, "nato-2024-06")));

    JsonNode releases =
        new ObjectMapper().readTree(Cli.run(web, "releases", "--format", "json").out());
    JsonNode p =
        Arrays.stream(new ObjectMapper().treeToValue(releases, JsonNode[].class))
            .filter(n -> n.get("id").asText().equals("nato-2024-06-web"))
            .findFirst()
            .orElseThrow()
            .get("provenance");
    assertThat(p.get("address").asText()).isEqualTo(address);
    assertThat(p.get("sha256").asText()).isEqualTo(Cli.sha256(nato));
    assertThat(p.get("bytes").asLong()).isEqualTo(nato.length);
    assertThat(web.resolve(p.get("kept").asText())).hasBinaryContent(nato);
  }

  @Test
  void aTruncatedDownloadAndAnHtmlPageAreRefusedLeavingTheDatabaseByteIdentical() throws Exception {
    byte[] half = Arrays.copyOf(nato, nato.length / 2);
    site.at("/cut/" + NATO_2024, PublisherSite.truncated(nato, nato.length / 2))
        .at("/half/" + NATO_2024, PublisherSite.file(half, XLSX))
        .at(
            "/error/" + NATO_2024,
            PublisherSite.html(
                200,
                "<!DOCTYPE html><html lang=\"en\"><head><title>NATO - Error</title></head>"
                    + "<body><h1>Page not found</h1></body></html>"))
        .at("/cut/" + SIPRI, PublisherSite.truncated(sipri, 100_000));
    Path db = tmp.resolve("db");
    assertThat(Cli.run(db, "releases").exit()).isZero();
    Path database = db.resolve("burdenshare.duckdb");
    byte[] before = Files.readAllBytes(database);
    String everything = Cli.fingerprint(db);

    assertThat(refused(db, "import", "nato", site.address("/cut/" + NATO_2024)))
        .contains("the download was cut short");
    assertThat(refused(db, "import", "nato", site.address("/half/" + NATO_2024)))
        .contains(site.address("/half/" + NATO_2024))
        .contains("truncated")
        .doesNotContain("burdenshare-download-");
    assertThat(refused(db, "import", "nato", site.address("/error/" + NATO_2024)))
        .contains("the server sent a web page (text/html; charset=utf-8), not an Excel workbook");
    assertThat(refused(db, "import", "sipri", site.address("/cut/" + SIPRI)))
        .contains("the download was cut short");

    assertThat(Files.readAllBytes(database)).isEqualTo(before);
    assertThat(Cli.fingerprint(db)).isEqualTo(everything);
  }

  @Test
  void theCheckListsExactlyTheLinksNotImportedAndUpdateImportsThem() throws Exception {
    // NATO's page links the June 2024 tables (bundled) and, standing in for an edition not in
    // the database, the same workbook under the name of a later date (NATO's files begin with
    // the date: 250101-… is read as published on 1 January 2025); SIPRI's page links its workbook.
    String renamed = "250101-def-exp-2024-TABLES-en.xlsx";
    site.at(
            "/nato/page.html",
            PublisherSite.html(
                200,
                "<html><body><p><a href=\"/files/"
                    + NATO_2024
                    + "\">Tables 2024</a>"
                    + "<p><a href=\"/files/"
                    + renamed
                    + "\">Tables</a>"
                    + "<p><a href=\"/files/def-exp-2024-en.pdf\">Report</a></body></html>"))
        .at(
            "/sipri/page.html",
            PublisherSite.html(
                200, "<a href=\"/sipri/files/" + SIPRI + "\">Data for all countries</a>"))
        .at("/files/" + NATO_2024, PublisherSite.file(nato, XLSX))
        .at("/files/" + renamed, PublisherSite.file(nato, XLSX))
        .at("/sipri/files/" + SIPRI, PublisherSite.file(sipri, XLSX));
    String[] pages = {
      "--page", "nato-defence-expenditure=" + site.address("/nato/page.html"),
      "--page", "sipri-milex=" + site.address("/sipri/page.html")
    };
    Path db = tmp.resolve("db");
    assertThat(Cli.run(db, "releases").exit()).isZero();

    Cli.Result check = Cli.run(db, with(pages, "update", "--check", "--format", "json"));
    assertThat(check.exit()).as(check.err()).isZero();
    JsonNode found = new ObjectMapper().readTree(check.out());
    assertThat(found.at("/pages/0/notImported").toString())
        .isEqualTo("[\"" + site.address("/files/" + renamed) + "\"]");
    assertThat(found.at("/pages/1/notImported").toString())
        .isEqualTo("[\"" + site.address("/sipri/files/" + SIPRI) + "\"]");
    assertThat(Cli.run(db, with(pages, "update", "--check")).out())
        .contains("burdenshare import nato " + site.address("/files/" + renamed))
        .contains("burdenshare import sipri " + site.address("/sipri/files/" + SIPRI));

    Cli.Result update = Cli.run(db, with(pages, "update"));
    assertThat(update.exit()).as(update.err()).isZero();
    assertThat(update.out())
        .contains("New release nato-2025-01")
        .contains("5,346 figures for 2014–2024")
        .contains("Against nato-2026-07, the newest release held:")
        .contains("in another unit or price base (not compared)")
        .contains("Added release nato-2025-01: 5346 figures.")
        .contains("New release sipri-")
        .contains("The database holds no other release of this series.")
        .contains("53923 figures.");
    assertThat(update.err())
        .contains("SIPRI Military Expenditure Database: free for non-commercial use");
    // what was shown before the import comes before the word that it was done
    assertThat(update.out().indexOf("New release nato-2025-01"))
        .isLessThan(update.out().indexOf("Added release nato-2025-01"));

    Cli.Result after = Cli.run(db, with(pages, "update", "--check"));
    assertThat(after.exit()).isZero();
    assertThat(after.out())
        .contains("2 workbook links, all imported already: nothing new.")
        .contains("1 workbook link, all imported already: nothing new.");
  }

  private static String[] with(String[] pages, String... args) {
    String[] all = Arrays.copyOf(args, args.length + pages.length);
    System.arraycopy(pages, 0, all, args.length, pages.length);
    return all;
  }

  private static String sql(Path db, String query) {
    Cli.Result r = Cli.run(db, "sql", query, "--format", "csv", "--max-rows", "100000");
    assertThat(r.exit()).as(r.err()).isZero();
    return r.out();
  }

  private static String refused(Path db, String... args) {
    Cli.Result r = Cli.run(db, args);
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().filter(x -> x.startsWith("burdenshare: "))).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return r.err();
  }
}
