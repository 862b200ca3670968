package org.burdenshare.server.pages;

import java.time.LocalDate;
import java.util.List;

/**
 * Where every figure comes from: each release in the database with its publisher, dates, licence,
 * notes, what a partial release holds and what each table measured; NATO's editions as a timeline;
 * and all releases as a table.
 */
public record SourcesPage(
    Frame frame, List<Release> releases, List<Edition> editions, ShownTable table) {
  public SourcesPage {
    releases = List.copyOf(releases);
    editions = List.copyOf(editions);
  }

  /**
   * A release's section.
   *
   * @param holdings what a partial release holds, one line each; empty for a whole release
   * @param definitions what each of its tables measured, or null when it did not record it
   */
  public record Release(
      String id,
      String title,
      String publisher,
      LocalDate published,
      LocalDate cutoff,
      Link source,
      String attribution,
      String licence,
      List<String> notes,
      boolean partial,
      List<String> holdings,
      ShownTable definitions) {
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
}
