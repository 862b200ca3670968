package org.burdenshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimJudge;
import org.burdenshare.core.claims.ClaimParser;
import org.burdenshare.core.claims.Verdict;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.measures.Comparison;
import org.burdenshare.core.measures.GuidelineCheck;
import org.burdenshare.core.releases.Edition;
import org.burdenshare.core.releases.Editions;
import org.burdenshare.core.releases.Holding;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.ReleaseRef;
import org.burdenshare.core.releases.Selection;
import org.junit.jupiter.api.Test;

/**
 * A partial release answers only what it holds; answers as of a date name the editions of the
 * catalogue that were published by then and are not in the database.
 */
class PartialReleasesTest {
  private static final String EXP = "defence_exp_current_usd";
  private static final String SHARE = "share_of_gdp";
  private static final String NATIONAL = "defence_exp_national_currency";

  /**
   * The fixture's "old" (2018-06-01) and "new" (2024-06-01) releases, and "mid" (2021-07-01),
   * partial: the share of GDP for 2020 of every ally with forces, and Germany's national currency
   * 2015–2020. The catalogue knows five editions, two of them not in the database.
   */
  static Figures data() {
    Figures base = Fixture.figures(7);
    Release mid =
        new Release(
            "mid",
            "test-dataset",
            "Test publisher",
            "Release mid (partial)",
            LocalDate.of(2021, 7, 1),
            null,
            "https://example.org/mid",
            "test",
            "test",
            Map.of(),
            Map.of(SHARE, 2),
            List.of(),
            true,
            true,
            List.of(
                new Holding(List.of(SHARE), 2020, 2020, List.of()),
                new Holding(List.of(NATIONAL), 2015, 2020, List.of("DEU"))),
            Map.of());
    List<Observation> obs = new ArrayList<>();
    for (Release r : base.releases()) {
      for (String ind : List.of(EXP, SHARE, NATIONAL)) {
        for (int y : base.years(r.id(), ind)) {
          obs.addAll(base.figures(r.id(), ind, y).values());
        }
      }
    }
    for (Country c : Fixture.COUNTRIES) {
      if (c.armedForces() && c.natoAccession() != null && c.natoAccession().getYear() <= 2020) {
        // 2.5 for every ally: what the partial release says, unlike "new"
        obs.add(new Observation("mid", c.iso3(), 2020, SHARE, "percent", 2.5, true, "T3"));
      }
    }
    for (int y = 2015; y <= 2020; y++) {
      obs.add(new Observation("mid", "DEU", y, NATIONAL, "million EUR", 1000 + y, false, "T1"));
    }
    List<Release> releases = new ArrayList<>(base.releases());
    releases.add(mid);
    return new Figures(releases, obs, base.groups(), catalogue());
  }

  static Editions catalogue() {
    return new Editions(
        "test-dataset",
        List.of(
            edition("2018-06-01", "press_release"),
            edition("2019-11-29", "press_release"),
            edition("2020-03-19", "annual_report"),
            edition("2021-07-01", "press_release"),
            edition("2024-06-01", "press_release"),
            edition(null, "press_release")));
  }

  static Edition edition(String published, String kind) {
    return new Edition(
        kind,
        "",
        kind.equals("annual_report") ? "The Secretary General's Annual Report" : "Tables",
        published == null ? null : LocalDate.parse(published),
        null,
        "",
        "",
        "",
        "high",
        "",
        "");
  }

  private final Figures data = data();
  private final Engine engine = new Engine(data);

  private static ReleaseChoice asOf(String date) {
    return ReleaseChoice.asOf(LocalDate.parse(date));
  }

  @Test
  void aPartialReleaseAnswersWhatItHoldsInFull() {
    GuidelineCheck g = engine.guideline(SHARE, 2, 2020, "NATO", asOf("2021-12-01"));
    assertThat(g.release().id()).isEqualTo("mid");
    assertThat(g.release().partial()).isTrue();
    assertThat(g.count()).isEqualTo(g.allies() - 1); // every ally but Iceland at 2.5
    assertThat(g.noFigures()).containsExactly("ISL");
  }

  /**
   * A blank inside what a partial release holds is the publisher's blank (NATO printed no German
   * 2025 figure in August 2025): the release still answers, the country shows without figures; a
   * question about that country alone goes to the release that has it, flagged as later.
   */
  @Test
  void aBlankInsideAPartialReleasesHoldingsIsThePublishersBlank() {
    List<Observation> obs = new ArrayList<>();
    for (Release r : data.releases()) {
      for (String ind : List.of(EXP, SHARE, NATIONAL)) {
        for (int y : data.years(r.id(), ind)) {
          data.figures(r.id(), ind, y).values().stream()
              .filter(o -> !(o.release().equals("mid") && o.country().equals("DEU")))
              .forEach(obs::add);
        }
      }
    }
    Figures blank = new Figures(data.releases(), obs, data.groups(), catalogue());
    GuidelineCheck g = new Engine(blank).guideline(SHARE, 2, 2020, "NATO", asOf("2021-12-01"));
    assertThat(g.release().id()).isEqualTo("mid");
    assertThat(g.noFigures()).containsExactlyInAnyOrder("DEU", "ISL");
    Selection deu = blank.select(SHARE, 2020, List.of("DEU"), asOf("2021-12-01"));
    assertThat(deu.release().id()).isEqualTo("new");
    assertThat(deu.later()).isTrue();
    // a money question names the newer partial release that has no money at all
    Selection money = blank.select(EXP, 2017, asOf("2021-12-01"));
    assertThat(money.release().id()).isEqualTo("old");
    assertThat(money.couldNotUse().lacking()).extracting(ReleaseRef::id).containsExactly("mid");
    assertThat(money.releaseChoice()).contains("Release mid (published 2021-07-01)", "no money");
  }

  @Test
  void aPartialReleaseIsPassedOverForFiguresItLacksAndTheAnswerSaysSo() {
    // No release published by the date has 2020 spending in dollars: the earliest later one.
    Comparison c = engine.compare("USA", "NATO-USA", EXP, 2020, asOf("2021-12-01"));
    assertThat(c.release().id()).isEqualTo("new");
    assertThat(c.releaseChoice()).contains("no release in the database published on or before");
    // Germany's national currency alone is in the partial release; the alliance's is not.
    Selection deu = data.select(NATIONAL, 2017, List.of("DEU"), asOf("2023-01-01"));
    assertThat(deu.release().id()).isEqualTo("mid");
    Selection all = data.select(NATIONAL, 2017, asOf("2023-01-01"));
    assertThat(all.release().id()).isEqualTo("old");
    assertThat(all.couldNotUse().releases()).extracting(ReleaseRef::id).containsExactly("mid");
    assertThat(all.releaseChoice())
        .contains("Release mid, published by then, holds only part of its edition");
  }

  @Test
  void answersNameTheEditionsPublishedByTheDateThatTheDatabaseLacks() {
    Selection before = data.select(EXP, 2017, asOf("2019-11-28"));
    assertThat(before.release().id()).isEqualTo("old");
    assertThat(before.couldNotUse().any()).isFalse();
    assertThat(before.releaseChoice()).startsWith("newest release in the database");

    Selection after = data.select(EXP, 2017, asOf("2019-12-01"));
    assertThat(after.release().id()).isEqualTo("old");
    assertThat(after.couldNotUse().editions())
        .extracting(Edition::published)
        .containsExactly(LocalDate.of(2019, 11, 29));
    assertThat(after.releaseChoice())
        .contains(
            "Published by then but not in the database, and possibly different: NATO's edition"
                + " of 29 November 2019.");

    // Held editions (old, mid, new) and the undated one are never named.
    Selection later = data.select(EXP, 2017, asOf("2023-01-01"));
    assertThat(later.couldNotUse().editions())
        .extracting(Edition::published)
        .containsExactly(LocalDate.of(2019, 11, 29), LocalDate.of(2020, 3, 19));
    assertThat(later.releaseChoice())
        .contains("the Secretary General's Annual Report (19 March 2020)");

    // The newest release answers with nothing newer to name.
    assertThat(data.select(EXP, 2017, ReleaseChoice.latest()).couldNotUse().any()).isFalse();
    // A release asked for by name is what was asked for.
    assertThat(data.select(EXP, 2017, ReleaseChoice.named("old")).couldNotUse().any()).isFalse();
  }

  @Test
  void claimsAreJudgedOnTheReleaseThatHoldsTheirFigures() {
    var judge = new ClaimJudge(engine);
    var share =
        judge.judge(
            ClaimParser.parse("share_of_gdp(DEU, 2020) = 2.5"),
            LocalDate.of(2021, 12, 1),
            Map.of());
    assertThat(share.release().id()).isEqualTo("mid");
    assertThat(share.verdict()).isEqualTo(Verdict.SUPPORTED);
    var money =
        judge.judge(
            ClaimParser.parse("defence_exp_current_usd(DEU, 2017) > 0"),
            LocalDate.of(2019, 12, 1),
            Map.of());
    assertThat(money.release().id()).isEqualTo("old");
    assertThat(money.couldNotUse().editions()).hasSize(1);
    assertThat(money.reason()).contains("may be out of date");
  }
}
