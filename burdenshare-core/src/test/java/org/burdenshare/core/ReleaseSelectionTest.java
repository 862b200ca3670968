package org.burdenshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.measures.Comparison;
import org.burdenshare.core.measures.GuidelineCheck;
import org.burdenshare.core.measures.Measures;
import org.burdenshare.core.releases.ReleaseChoice;
import org.junit.jupiter.api.Test;

class ReleaseSelectionTest {
  private final Figures data = Fixture.figures(42);
  private final Engine engine = new Engine(data);
  private static final String EXP = "defence_exp_current_usd";

  @Test
  void asOfSeesOnlyReleasesPublishedOnOrBeforeTheDate() {
    assertThat(data.select(EXP, 2017, ReleaseChoice.asOf(LocalDate.of(2018, 6, 1))).release().id())
        .isEqualTo("old");
    assertThat(data.select(EXP, 2017, ReleaseChoice.asOf(LocalDate.of(2024, 5, 31))).release().id())
        .isEqualTo("old");
    assertThat(data.select(EXP, 2017, ReleaseChoice.asOf(LocalDate.of(2024, 6, 1))).release().id())
        .isEqualTo("new");
    assertThat(data.select(EXP, 2017, ReleaseChoice.latest()).release().id()).isEqualTo("new");
  }

  @Test
  void aYearNoVisibleReleaseCoversIsAnsweredFromTheEarliestLaterOneAndSaysSo() {
    var s = data.select(EXP, 2020, ReleaseChoice.asOf(LocalDate.of(2019, 1, 1)));
    assertThat(s.release().id()).isEqualTo("new");
    assertThat(s.later()).isTrue();
    assertThat(s.releaseChoice())
        .contains("no release in the database published on or before 2019-01-01")
        .contains("earliest later release that does, new");
    var early = data.select(EXP, 2017, ReleaseChoice.asOf(LocalDate.of(2010, 1, 1)));
    assertThat(early.release().id()).isEqualTo("old");
    assertThat(early.later()).isTrue();
  }

  @Test
  void aTableAsOfADateLeavesYearsNoVisibleReleaseCoversUnanswered() {
    var t = engine.table(EXP, "NATO", 2017, 2020, ReleaseChoice.asOf(LocalDate.of(2019, 1, 1)));
    assertThat(t.unanswered()).containsOnlyKeys(2019, 2020);
    assertThat(t.rows()).allMatch(r -> r.cells().stream().allMatch(c -> c.release().equals("old")));
  }

  @Test
  void aNamedReleaseMustCoverTheYear() {
    assertThat(data.select(EXP, 2016, ReleaseChoice.named("old")).release().id()).isEqualTo("old");
    assertThatThrownBy(() -> data.select(EXP, 2020, ReleaseChoice.named("old")))
        .hasMessageContaining(
            "Release old has no figures for " + EXP + " in 2020; it covers 2015–2018.");
    assertThatThrownBy(() -> data.select(EXP, 2020, ReleaseChoice.named("olde")))
        .hasMessageContaining("Did you mean old");
  }

  @Test
  void yearsOutsideTheAlliancesLifeAreRefusedBeforeAnyRelease() {
    assertThatThrownBy(() -> data.select(EXP, 1948, ReleaseChoice.latest()))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> data.select(EXP, 2031, ReleaseChoice.latest()))
        .hasMessageContaining("No Test publisher release covers 2031");
  }

  @Test
  void compareCarriesItsEvidenceAndTheAlliesWithoutFigures() {
    Comparison c = engine.compare("USA", "NATO-USA", EXP, 2016, ReleaseChoice.named("old"));
    double others =
        c.evidence().stream()
            .filter(o -> !o.country().equals("USA"))
            .mapToDouble(o -> o.value())
            .sum();
    assertThat(c.b().total()).isCloseTo(others, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(c.b().alliesWithoutFigures()).containsExactly("ISL");
    assertThat(c.evidence()).allMatch(o -> o.release().equals("old") && o.year() == 2016);
    assertThat(c.ratio()).isEqualTo(c.a().total() / c.b().total());
    assertThat(c.a().estimate()).isFalse();
    assertThat(
            engine.compare("USA", "NATO-USA", EXP, 2018, ReleaseChoice.named("old")).a().estimate())
        .isTrue();
  }

  @Test
  void guidelinesAreJudgedAtThePublishersPrecision() {
    GuidelineCheck g = engine.guideline("share_of_gdp", 2, 2020, "NATO", ReleaseChoice.latest());
    assertThat(g.count()).isEqualTo(g.atOrAbove().size());
    assertThat(g.atOrAbove()).allMatch(s -> s.judged() >= 2);
    assertThat(g.below()).allMatch(s -> s.judged() < 2);
    assertThat(Measures.round(1.995, 2)).isEqualTo(2.0);
    assertThat(Measures.round(1.9949999, 2)).isEqualTo(1.99);
  }

  @Test
  void differentCurrenciesAreNeverAddedUp() {
    assertThatThrownBy(
            () ->
                engine.total("NATO", "defence_exp_national_currency", 2020, ReleaseChoice.latest()))
        .hasMessageContaining("different units (million EUR, million USD)");
    assertThat(
            engine
                .total("DEU+FRA", "defence_exp_national_currency", 2020, ReleaseChoice.latest())
                .unit())
        .isEqualTo("million EUR");
  }
}
