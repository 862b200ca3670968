package org.burdenshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimJudge;
import org.burdenshare.core.claims.ClaimParser;
import org.burdenshare.core.claims.Judgement;
import org.burdenshare.core.claims.Verdict;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.measures.GuidelineCheck;
import org.burdenshare.core.measures.Revisions;
import org.burdenshare.core.releases.Comparability;
import org.burdenshare.core.releases.Definition;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseChoice;
import org.junit.jupiter.api.Test;

/**
 * What each release called its figures travels with them: a difference between two releases is a
 * revision only where both name the same measure in the same table.
 */
class DefinitionsTest {
  private static final String SHARE = "share_of_gdp";
  private static final String T3 = "Table 3 : Defence expenditure as a share of GDP";

  private static Release release(String id, String published, Definition share) {
    return Fixture.release(id, published, share == null ? Map.of() : Map.of(SHARE, share));
  }

  /**
   * Four releases of Germany's 2020 share of GDP: "a" and "b" print the same table (b revised it),
   * "c" reports core defence expenditure, "d" records nothing of its wording.
   */
  private static Figures data() {
    Definition plain = new Definition(T3, "Defence expenditure", "2015 prices");
    List<Release> releases =
        List.of(
            release("a", "2021-06-01", plain),
            release(
                "b",
                "2022-06-01",
                new Definition(
                    "Table 3: Defence expenditure as a share of  GDP",
                    "Defence expenditure",
                    "2015 prices")),
            release("c", "2023-06-01", new Definition(null, "Core defence expenditure", null)),
            release("d", "2024-06-01", null));
    double[] values = {2.04, 1.96, 1.90, 1.88};
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < releases.size(); i++) {
      for (String c : List.of("DEU", "FRA", "USA")) {
        obs.add(
            new Observation(
                releases.get(i).id(),
                c,
                2020,
                SHARE,
                "percent",
                c.equals("DEU") ? values[i] : 2.5,
                true,
                "T3"));
      }
    }
    return new Figures(releases, obs, Fixture.groups());
  }

  private final Figures data = data();
  private final Engine engine = new Engine(data);

  @Test
  void aDifferenceIsARevisionOnlyWhereTheWordingAgrees() {
    Comparability ab = Comparability.of(data.release("a"), data.release("b"), SHARE);
    assertThat(ab.kind()).isEqualTo(Comparability.Kind.SAME);
    assertThat(ab.verb()).isEqualTo("revised");
    assertThat(ab.note()).isEmpty();

    Comparability bc = Comparability.of(data.release("b"), data.release("c"), SHARE);
    assertThat(bc.kind()).isEqualTo(Comparability.Kind.DIFFERENT);
    assertThat(bc.verb()).isNotEqualTo("revised");
    assertThat(bc.note())
        .isEqualTo(
            "c reports core defence expenditure; b reported defence expenditure: the difference"
                + " may be one of definition, not a correction.");

    Comparability cd = Comparability.of(data.release("c"), data.release("d"), SHARE);
    assertThat(cd.kind()).isEqualTo(Comparability.Kind.NOT_RECORDED);
    assertThat(cd.note()).contains("Neither c nor d records its table's title");
    assertThat(cd.verb()).isNotEqualTo("revised");

    // Same measure, titles worded differently: not the same table.
    Release other =
        release(
            "e",
            "2025-01-01",
            new Definition("Table 9 : Defence spending", "Defence expenditure", null));
    assertThat(Comparability.of(data.release("a"), other, SHARE).kind())
        .isEqualTo(Comparability.Kind.DIFFERENT);
  }

  @Test
  void revisionsCarryEachReleasesWordingAndTheComparisons() {
    Revisions r = engine.revisions(SHARE, "DEU");
    assertThat(r.byRelease())
        .extracting(s -> s.definition().measureOrNotRecorded())
        .containsExactly(
            "Defence expenditure",
            "Defence expenditure",
            "Core defence expenditure",
            "not recorded");
    assertThat(r.wording())
        .extracting(Comparability::kind)
        .containsExactly(
            Comparability.Kind.SAME, Comparability.Kind.DIFFERENT, Comparability.Kind.NOT_RECORDED);
  }

  @Test
  void guidelineCountsNameWhatTheyCounted() {
    GuidelineCheck b = engine.guideline(SHARE, 2, 2020, "DEU+FRA+USA", ReleaseChoice.named("b"));
    assertThat(b.summary())
        .isEqualTo("2 of 3 allies at or above 2 % of GDP in defence expenditure (b)");
    GuidelineCheck c = engine.guideline(SHARE, 2, 2020, "DEU+FRA+USA", ReleaseChoice.named("c"));
    assertThat(c.summary())
        .isEqualTo("2 of 3 allies at or above 2 % of GDP in core defence expenditure (c)");
    assertThat(c.definition().table()).isNull();
    GuidelineCheck d = engine.guideline(SHARE, 2, 2020, "DEU+FRA+USA", ReleaseChoice.named("d"));
    assertThat(d.summary()).contains("not recorded");
  }

  @Test
  void aClaimRightOnItsDatesFiguresIsSupportedAndLatestSaysWhyLaterOnesDiffer() {
    ClaimJudge judge = new ClaimJudge(engine);
    // Judged on b (revised from a's 2.04 to 1.96); newest is d, which records no wording.
    Judgement onB =
        judge.judge(
            ClaimParser.parse("share_of_gdp(DEU, 2020) < 2"), LocalDate.of(2022, 7, 1), Map.of());
    assertThat(onB.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(onB.latest().release().id()).isEqualTo("d");
    assertThat(onB.latest().wording()).isEqualTo(Comparability.Kind.NOT_RECORDED);
    // Judged on a (2.04: at 2 %), contradicted by nothing later: the verdict stays with a.
    Judgement onA =
        judge.judge(
            ClaimParser.parse("share_of_gdp(DEU, 2020) >= 2"), LocalDate.of(2021, 7, 1), Map.of());
    assertThat(onA.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(onA.latest().verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(onA.latest().definitionNote()).contains("d does not record its table's title");
    assertThat(onA.notes()).anyMatch(n -> n.contains("On the newest release, d, the claim is"));
  }
}
