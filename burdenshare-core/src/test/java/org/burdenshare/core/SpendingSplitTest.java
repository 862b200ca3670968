package org.burdenshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.measures.SpendingSplit;
import org.burdenshare.core.releases.ReleaseChoice;
import org.junit.jupiter.api.Test;

/** A group's spending by category: each ally's split weighted by what it spent. */
class SpendingSplitTest {
  private static Observation o(String country, String indicator, double value, boolean e) {
    return new Observation("r", country, 2024, indicator, "x", value, e, "T8");
  }

  /**
   * The United States spends 300 (40 / 30 / 5 / 25 %), Germany 100 (50 / 20 / 10 / 20 %, the
   * equipment share an estimate); France spends but has no split; the others have nothing.
   */
  static Figures data() {
    List<Observation> obs = new ArrayList<>();
    obs.add(o("USA", "defence_exp_current_usd", 300, false));
    obs.add(o("DEU", "defence_exp_current_usd", 100, false));
    obs.add(o("FRA", "defence_exp_current_usd", 200, false));
    double[][] shares = {{40, 30, 5, 25}, {50, 20, 10, 20}};
    String[] allies = {"USA", "DEU"};
    for (int i = 0; i < 2; i++) {
      for (int k = 0; k < 4; k++) {
        String id = SpendingSplit.CATEGORIES.get(k)[0];
        obs.add(o(allies[i], id, shares[i][k], allies[i].equals("DEU") && k == 1));
      }
    }
    return new Figures(List.of(Fixture.release("r", "2025-01-01")), obs, Fixture.groups());
  }

  @Test
  void eachAllysSplitCountsByWhatItSpent() {
    SpendingSplit s = new Engine(data()).split("NATO", 2024, ReleaseChoice.latest());
    assertThat(s.parts())
        .extracting(SpendingSplit.Part::name)
        .containsExactly("Personnel", "Equipment", "Infrastructure", "Other");
    // (300 × 40 + 100 × 50) / 400 = 42.5; equipment (300 × 30 + 100 × 20) / 400 = 27.5
    assertThat(s.parts().get(0).percent()).isCloseTo(42.5, within(1e-9));
    assertThat(s.parts().get(1).percent()).isCloseTo(27.5, within(1e-9));
    assertThat(s.parts().get(2).percent()).isCloseTo(6.25, within(1e-9));
    assertThat(s.parts().get(3).percent()).isCloseTo(23.75, within(1e-9));
    assertThat(s.parts().stream().mapToDouble(SpendingSplit.Part::percent).sum())
        .isCloseTo(100, within(1e-9));
    assertThat(s.allies()).containsExactlyInAnyOrder("USA", "DEU");
    assertThat(s.without()).contains("FRA", "ISL").doesNotContain("USA", "DEU");
    assertThat(s.estimate()).isTrue();
    SpendingSplit us = new Engine(data()).split("USA", 2024, ReleaseChoice.latest());
    assertThat(us.parts().get(1).percent()).isEqualTo(30);
    assertThat(us.estimate()).isFalse();
  }

  @Test
  void aGroupWithoutSplitsIsAClearError() {
    assertThatThrownBy(() -> new Engine(data()).split("FRA", 2024, ReleaseChoice.latest()))
        .isInstanceOf(InvalidQueryException.class);
  }
}
