package org.burdenshare.core.claims;

import java.util.List;
import org.burdenshare.core.dataset.Observation;
import org.burdenshare.core.releases.CouldNotUse;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * One checked sentence: the shape that {@code check --format json} and the API return for each.
 *
 * @param text the sentence as written
 * @param reading the claim read from it, in the claim language; null when none was read
 * @param pattern the reader's pattern that read it
 * @param reason the verdict, or why it cannot be judged, in a sentence
 * @param couldNotUse editions published by the claim date that are not in the database, and partial
 *     releases that lack the figures: when not empty, the verdict may be out of date
 */
public record SentenceCheck(
    String text,
    Verdict verdict,
    String reading,
    List<Observation> evidence,
    ReleaseRef release,
    String reason,
    String releaseChoice,
    CouldNotUse couldNotUse,
    Double left,
    Double right,
    Double margin,
    String unit,
    List<String> notes,
    Judgement.Latest latest,
    String pattern) {
  public SentenceCheck {
    evidence = List.copyOf(evidence);
    notes = List.copyOf(notes);
  }

  static SentenceCheck of(String text, String pattern, Judgement j) {
    return new SentenceCheck(
        text,
        j.verdict(),
        j.reading(),
        j.evidence(),
        j.release(),
        j.reason(),
        j.releaseChoice(),
        j.couldNotUse(),
        j.left(),
        j.right(),
        j.margin(),
        j.unit(),
        j.notes(),
        j.latest(),
        pattern);
  }

  static SentenceCheck unread(String text, String reason) {
    return new SentenceCheck(
        text,
        Verdict.UNVERIFIABLE,
        null,
        List.of(),
        null,
        reason,
        null,
        CouldNotUse.nothing(),
        null,
        null,
        null,
        "",
        List.of(),
        null,
        null);
  }
}
