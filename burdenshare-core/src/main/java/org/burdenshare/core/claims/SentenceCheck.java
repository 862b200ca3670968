package org.burdenshare.core.claims;

import java.util.List;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.CouldNotUse;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * One checked sentence: the shape that {@code check --format json} and the API return for each.
 *
 * @param text the sentence as written
 * @param reading the claim read from it, in the claim language; null when none was read
 * @param pattern the reader's pattern that read it
 * @param reason the verdict, or why it cannot be judged, in a sentence
 * @param claims every claim read from the sentence with its own judgement; the sentence is
 *     supported only if all are, and the other fields are those of the claim that decides it
 * @param couldNotUse editions published by the claim date that are not in the database, and partial
 *     releases that lack the figures: when not empty, the verdict may be out of date
 * @param language the language the sentence was read as (ISO 639-1), detected or given
 * @param coverage whether every figure of the sentence was read into a claim, and the ones that
 *     were not
 * @param quote the deciding claim's verdict in one line a reader can quote (each claim's is in
 *     {@code claims}), or null when no claim could be judged
 * @param related for a sentence that names allies or groups, years and a spending measure but
 *     yields no claim: the figures it points to, from the release of the claim date; else empty
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
    String pattern,
    List<ClaimCheck> claims,
    String language,
    Coverage coverage,
    String quote,
    List<Related> related) {
  public SentenceCheck {
    related = related == null ? List.of() : List.copyOf(related);
    evidence = List.copyOf(evidence);
    notes = List.copyOf(notes);
    claims = claims == null ? List.of() : List.copyOf(claims);
    coverage = coverage == null ? Coverage.COMPLETE : coverage;
  }

  /**
   * A figure a sentence points to, as published.
   *
   * @param group the country or group as the claim language names it ("DEU", "NATO-USA")
   * @param name the same in words ("Germany")
   * @param value in {@code unit}; for a group, its total, or the publisher's own row for it
   * @param estimate whether the publisher marked it (or any figure of a total) as an estimate
   * @param publishedAfter whether no release published by the claim date held it, so that it comes
   *     from a later one
   */
  public record Related(
      String group,
      String name,
      String indicator,
      int year,
      double value,
      String unit,
      ReleaseRef release,
      boolean estimate,
      boolean publishedAfter) {}

  /**
   * How much of a sentence its claims account for.
   *
   * @param complete whether every figure it states (percentages, money, counts of allies) was read
   *     into a claim
   * @param unread the figures no claim was read from, as written
   */
  public record Coverage(boolean complete, List<String> unread) {
    public static final Coverage COMPLETE = new Coverage(true, List.of());

    public Coverage {
      unread = List.copyOf(unread);
    }
  }

  /**
   * The same check, only partly checked: the verdict stands for the claims read, and the reason
   * names the figures that were not.
   */
  SentenceCheck partly(List<String> unread) {
    if (unread.isEmpty()) {
      return this;
    }
    return new SentenceCheck(
        text,
        verdict,
        reading,
        evidence,
        release,
        reason + " Partly checked: not read “" + String.join("”, “", unread) + "”.",
        releaseChoice,
        couldNotUse,
        left,
        right,
        margin,
        unit,
        notes,
        latest,
        pattern,
        claims,
        language,
        new Coverage(false, unread),
        quote,
        related);
  }

  /**
   * One claim of a sentence, judged.
   *
   * @param basis what the reader took the numbers to be ("a share of GDP", "a count of allies at
   *     the guideline")
   * @param mentions the words of the sentence the claim rests on ("Germany", "nearly 1.6 percent")
   */
  public record ClaimCheck(String basis, List<String> mentions, Judgement judgement) {
    public ClaimCheck(String basis, Judgement judgement) {
      this(basis, List.of(), judgement);
    }
  }

  /**
   * A sentence of several claims: contradicted if any is, misleading if any is and none is
   * contradicted, supported only if all are; unverifiable claims do not decide it while others can
   * be judged.
   */
  static SentenceCheck of(String text, String pattern, List<ClaimCheck> claims) {
    ClaimCheck deciding = null;
    for (Verdict v : List.of(Verdict.CONTRADICTED, Verdict.MISLEADING, Verdict.SUPPORTED)) {
      for (ClaimCheck c : claims) {
        if (deciding == null && c.judgement().verdict() == v) {
          deciding = c;
        }
      }
    }
    if (deciding == null) {
      deciding = claims.get(0);
    }
    SentenceCheck one = of(text, pattern, deciding.judgement());
    return new SentenceCheck(
        one.text(),
        one.verdict(),
        one.reading(),
        one.evidence(),
        one.release(),
        claims.size() == 1 ? one.reason() : one.reason() + " (" + summary(claims) + ")",
        one.releaseChoice(),
        one.couldNotUse(),
        one.left(),
        one.right(),
        one.margin(),
        one.unit(),
        one.notes(),
        one.latest(),
        pattern,
        claims,
        null,
        null,
        one.quote(),
        List.of());
  }

  private static String summary(List<ClaimCheck> claims) {
    java.util.Map<Verdict, Integer> n = new java.util.EnumMap<>(Verdict.class);
    claims.forEach(c -> n.merge(c.judgement().verdict(), 1, Integer::sum));
    List<String> parts = new java.util.ArrayList<>();
    n.forEach((v, k) -> parts.add(k + " " + v));
    return claims.size() + " claims: " + String.join(", ", parts);
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
        pattern,
        List.of(new ClaimCheck(pattern, j)),
        null,
        null,
        j.quote(),
        List.of());
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
        null,
        List.of(),
        null,
        null,
        null,
        List.of());
  }

  /** The same check, saying which language the sentence was read as. */
  SentenceCheck in(String code) {
    return with(code, related);
  }

  /** The same check, with the figures the sentence points to. */
  SentenceCheck withRelated(List<Related> figures) {
    return with(language, figures);
  }

  private SentenceCheck with(String code, List<Related> figures) {
    return new SentenceCheck(
        text,
        verdict,
        reading,
        evidence,
        release,
        reason,
        releaseChoice,
        couldNotUse,
        left,
        right,
        margin,
        unit,
        notes,
        latest,
        pattern,
        claims,
        code,
        coverage,
        quote,
        figures);
  }
}
