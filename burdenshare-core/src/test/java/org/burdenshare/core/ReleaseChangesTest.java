package org.burdenshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.figures.ReleaseChanges;
import org.burdenshare.core.releases.Release;
import org.junit.jupiter.api.Test;

/** What a new release would change against the newest release of its series held. */
class ReleaseChangesTest {
  private static Observation o(String release, String country, int year, double v, boolean e) {
    return new Observation(release, country, year, "share_of_gdp", "percent", v, e, "T3");
  }

  @Test
  void revisionsAndOutturnsArePerAllyAgainstTheNewestReleaseHeld() {
    Release old = Fixture.release("old", "2018-06-01");
    Release newest = Fixture.release("held", "2024-06-01");
    Figures held =
        new Figures(
            List.of(old, newest),
            List.of(
                o("old", "POL", 2017, 1.0, false),
                o("held", "POL", 2023, 3.9, false),
                o("held", "POL", 2024, 4.12, true),
                o("held", "DEU", 2024, 2.12, true),
                o("held", "FRA", 2024, 2.06, true)),
            Fixture.groups());
    Release incoming = Fixture.release("next", "2025-06-01");
    List<Observation> read =
        List.of(
            o("next", "POL", 2023, 3.9, false), // the same
            o("next", "POL", 2024, 4.15, false), // revised, and no longer an estimate
            o("next", "DEU", 2024, 2.12, false), // the same number, now outturn
            o("next", "ITA", 2024, 1.49, true), // no figure held
            o("next", "POL", 2025, 4.7, true), // a year the held release does not have
            new Observation( // another unit: a redefinition, not compared
                "next", "FRA", 2024, "share_of_gdp", "percent of GDP (core)", 1.9, true, "T3"));

    ReleaseChanges c = ReleaseChanges.of(incoming, read, held);

    assertThat(c.against().id()).isEqualTo("held");
    assertThat(c.replaces()).isFalse();
    assertThat(c.years()).containsExactly(2023, 2024, 2025);
    assertThat(c.indicators()).containsExactly("share_of_gdp");
    assertThat(c.figures()).isEqualTo(6);
    assertThat(c.redefined()).isEqualTo(1);
    assertThat(c.newCells()).isEqualTo(2);
    assertThat(c.differing()).isEqualTo(2);
    assertThat(c.allies()).extracting(ReleaseChanges.Ally::country).containsExactly("DEU", "POL");
    assertThat(c.allies().get(1).differences())
        .containsExactly(
            new ReleaseChanges.Difference("share_of_gdp", 2024, 4.12, true, 4.15, false));
  }

  @Test
  void theFirstReleaseOfASeriesHasNothingToDifferFrom() {
    Figures held = new Figures(List.of(), List.of(), Fixture.groups());
    Release incoming = Fixture.release("first", "2025-06-01");
    ReleaseChanges c =
        ReleaseChanges.of(incoming, List.of(o("first", "POL", 2024, 4.1, true)), held);
    assertThat(c.against()).isNull();
    assertThat(c.newCells()).isEqualTo(1);
    assertThat(c.allies()).isEmpty();
  }
}
