package org.burdenshare.core.releases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One edition of a publisher's tables as a catalogue knows it, whether or not its figures are in
 * the database: NATO's "Defence Expenditure of NATO Countries" editions and the Secretary General's
 * Annual Reports. The catalogue lets an answer "as published on a date" say which editions the
 * publisher had put out by then that it could not use.
 *
 * @param kind {@code press_release} or {@code annual_report}
 * @param identifier the publisher's reference (PR/CP(2019)069), where a source shows it
 * @param published publication date, or null where no source dates it
 * @param cutoff information cut-off date, or null
 * @param estimateYears the years the edition marks as estimates, as the catalogue writes them
 * @param confidence how sure the catalogue is of the dates: high, medium or low
 * @param bundledAs the bundled file that holds its figures, or empty
 */
public record Edition(
    String kind,
    String identifier,
    String title,
    LocalDate published,
    LocalDate cutoff,
    String estimateYears,
    String url,
    String source,
    String confidence,
    String bundledAs,
    String notes) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public boolean annualReport() {
    return "annual_report".equals(kind);
  }

  /**
   * The edition named for a reader: "NATO's edition of 29 November 2019 (cut-off 21 November 2019)"
   * or "the Secretary General's Annual Report 2019 (19 March 2020)".
   */
  public String describe() {
    String date = published == null ? "undated" : DAY.format(published);
    if (annualReport()) {
      return title.replaceFirst("^The ", "the ") + " (" + date + ")";
    }
    return "NATO's edition of "
        + date
        + (cutoff == null ? "" : " (cut-off " + DAY.format(cutoff) + ")");
  }
}
