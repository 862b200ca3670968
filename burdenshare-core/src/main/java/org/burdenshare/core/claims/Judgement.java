package org.burdenshare.core.claims;

import java.time.LocalDate;
import java.util.List;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.Comparability;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * A verdict on a claim, with everything needed to check it: the reading in the claim language, the
 * two sides' values, the margin, the release that judged it and why, and the figures used.
 *
 * @param reading the claim in the claim language
 * @param left the left side's value, in {@code unit}, or null when unverifiable
 * @param right the right side's value, in {@code unit}
 * @param margin left − right, in {@code unit}
 * @param releaseChoice why this release judged it ("newest release published on or before …", or
 *     "no release published by … covers …; judged on …")
 * @param couldNotUse editions published by the claim date that are not in the database, and partial
 *     releases that do not hold the figures: the verdict may be out of date with them
 * @param reason the verdict in a sentence
 * @param notes what else a reader should know (member counts, revisions)
 * @param latest the same claim judged on the newest release, when that is another release
 * @param quote the verdict in one line a reader can quote, in nouns and with the release ("NATO's
 *     June 2019 figures: 7 allies at 2 % of GDP or more in 2019, not 9"), or null when the claim
 *     could not be judged
 */
public record Judgement(
    Verdict verdict,
    String reading,
    LocalDate claimDate,
    ReleaseRef release,
    String releaseChoice,
    org.burdenshare.core.releases.CouldNotUse couldNotUse,
    Double left,
    Double right,
    String unit,
    Double margin,
    String reason,
    List<String> notes,
    List<Observation> evidence,
    Latest latest,
    String quote) {
  public Judgement {
    notes = List.copyOf(notes);
    evidence = List.copyOf(evidence);
  }

  /**
   * The claim judged on the newest release, and whether its verdict differs.
   *
   * @param wording how the newest release's wording compares with the judging release's: a
   *     different verdict is a revision only when the two name the same measure
   * @param definitionNote the sentence that says so, or null when the wording agrees
   */
  public record Latest(
      Verdict verdict,
      ReleaseRef release,
      Double left,
      Double right,
      boolean changed,
      Comparability.Kind wording,
      String definitionNote) {}
}
