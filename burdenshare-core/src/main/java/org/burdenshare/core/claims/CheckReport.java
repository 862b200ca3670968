package org.burdenshare.core.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * The check of a text: the date claims were judged as of and where it came from, how many sentences
 * there were, and the check-worthy ones with their verdicts.
 *
 * @param dateSource "given" (--as-of), "dateline" (found in the text) or "today"
 * @param message a word for the reader when nothing could be checked
 * @param language the language most of the text is in (each sentence says which it was read as)
 */
public record CheckReport(
    LocalDate date,
    String dateSource,
    int sentences,
    int picked,
    List<SentenceCheck> claims,
    String message,
    String language) {
  public CheckReport {
    claims = List.copyOf(claims);
  }
}
