package org.burdenshare.server.pages;

import java.time.LocalDate;
import java.util.List;

/**
 * Check a text: the form with the text as pasted, and once checked, each sentence that makes a
 * claim with its verdict, its reading and the figures that decided it.
 *
 * @param givenDate the date the reader gave for the text, or null
 * @param error why the text could not be checked, or null
 * @param results the sentences judged, or null before a text is checked
 * @param permalink an address that checks the same text again, or null (a long text or none)
 */
public record CheckPage(
    Frame frame, String text, LocalDate givenDate, String error, Results results, Link permalink)
    implements PageModel {

  /**
   * What a check found.
   *
   * @param dateSource how the date was chosen, in words ("the date found in the text")
   * @param message a note on the text as a whole, or null
   */
  public record Results(
      LocalDate date,
      String dateSource,
      int picked,
      int sentences,
      String message,
      List<Sentence> sentencesChecked) {
    public Results {
      sentencesChecked = List.copyOf(sentencesChecked);
    }
  }

  /**
   * A sentence judged.
   *
   * @param claims each claim of a sentence that makes several, else empty
   * @param reading the one claim read, in the claim language, or null
   * @param release the release that judged it, or null
   * @param quote the verdict in one line a reader can quote, or null when nothing was judged (a
   *     sentence of several claims has one per claim, in {@code claims})
   * @param related for a sentence without a claim: the figures it points to, from the release of
   *     the date ("Figures that bear on this"), else empty
   * @param language the language the sentence was read in (a BCP 47 tag: "de"), or null
   * @param languageName that language's English name ("German"), or null
   */
  public record Sentence(
      String verdict,
      String text,
      String reason,
      List<Claim> claims,
      String reading,
      Link release,
      String releaseChoice,
      List<String> notes,
      List<Figure> evidence,
      String quote,
      List<Figure> related,
      String language,
      String languageName) {
    public Sentence {
      claims = List.copyOf(claims);
      notes = List.copyOf(notes);
      evidence = List.copyOf(evidence);
      related = List.copyOf(related);
    }
  }

  /**
   * One claim of a sentence: its verdict, reading, what the reader took it to be and the line to
   * quote (null when it could not be judged).
   */
  public record Claim(String verdict, String reading, String basis, String quote) {}

  /** A figure used, as published, with its release. */
  public record Figure(
      String country,
      int year,
      String indicator,
      String value,
      boolean estimate,
      String unit,
      String release) {}
}
