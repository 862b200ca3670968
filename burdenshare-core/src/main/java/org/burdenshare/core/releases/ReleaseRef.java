package org.burdenshare.core.releases;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The part of a release that every answer shows: enough to name it and find it.
 *
 * @param partial whether the release holds only part of the publisher's edition
 */
public record ReleaseRef(
    String id,
    String publisher,
    String title,
    LocalDate published,
    LocalDate cutoff,
    String url,
    boolean partial) {

  /**
   * Whose figures and when, as a reader names them: "NATO's June 2019", "SIPRI's April 2025", "The
   * June 2019" when the publisher is not known.
   */
  public String whoseAndWhen() {
    String who =
        publisher == null || publisher.isEmpty()
            ? "The"
            : publisher.startsWith("NATO")
                ? "NATO's"
                : publisher.contains("SIPRI") ? "SIPRI's" : publisher + "'s";
    return who
        + " "
        + published.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + " "
        + published.getYear();
  }

  /** The release as a reader names it: "NATO's July 2023 partial edition", "… release". */
  public String label() {
    return whoseAndWhen()
        + (publisher != null && publisher.startsWith("NATO")
            ? partial ? " partial edition" : " edition"
            : " release");
  }
}
