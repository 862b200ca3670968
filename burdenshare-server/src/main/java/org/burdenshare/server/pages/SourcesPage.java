package org.burdenshare.server.pages;

import java.time.LocalDate;
import java.util.List;

/**
 * Where every figure comes from: each release in the database with its publisher, dates, licence,
 * notes, what a partial release holds and what each table measured; NATO's editions as a timeline;
 * all releases as a table; and when the publishers' pages were last checked for new editions.
 *
 * @param lastCheck the last look at the publishers' pages, or null if there was none
 */
public record SourcesPage(
    Frame frame, List<Release> releases, List<Edition> editions, ShownTable table, Check lastCheck)
    implements PageModel {
  public SourcesPage {
    releases = List.copyOf(releases);
    editions = List.copyOf(editions);
  }

  /**
   * A release's section.
   *
   * @param sourceNotes the notes bundled with its dataset (how the files were obtained and
   *     checked), or null
   * @param holdings what a partial release holds, one line each; empty for a whole release
   * @param definitions what each of its tables measured, or null when it did not record it
   * @param file the file it was read from (name, size, SHA-256), or null when none is recorded
   * @param downloadedFrom where that file was downloaded from, and when, or null
   */
  public record Release(
      String id,
      String title,
      String publisher,
      LocalDate published,
      LocalDate cutoff,
      Link source,
      String attribution,
      Link sourceNotes,
      String licence,
      List<String> notes,
      boolean partial,
      List<String> holdings,
      ShownTable definitions,
      String file,
      Link downloadedFrom) {
    public Release {
      notes = List.copyOf(notes);
      holdings = List.copyOf(holdings);
    }
  }

  /**
   * An edition NATO published, and the release that holds it if the database does.
   *
   * @param heldBy the id of the release holding it, or null
   */
  public record Edition(
      LocalDate published,
      String title,
      boolean annualReport,
      LocalDate cutoff,
      String confidence,
      String heldBy,
      boolean heldPartially) {}

  /**
   * The last look at the publishers' pages ({@code burdenshare update --check}).
   *
   * @param when when it was, in words ("2026-12-07 04:30 UTC")
   */
  public record Check(String when, List<CheckedPage> pages) {
    public Check {
      pages = List.copyOf(pages);
    }
  }

  /**
   * One publisher's page as last read.
   *
   * @param problem why it gave no answer (unreachable, no workbook links any more), or null
   * @param workbooks how many workbook links it had
   * @param notImported the links no release in the database came from, each with the command that
   *     imports it
   */
  public record CheckedPage(
      String publisher, Link page, String problem, int workbooks, List<NewFile> notImported) {
    public CheckedPage {
      notImported = List.copyOf(notImported);
    }
  }

  /** A workbook linked from a publisher's page and not imported yet. */
  public record NewFile(Link link, String command) {}
}
