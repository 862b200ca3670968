package org.burdenshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.burdenshare.core.questions.Burdenshare;
import org.burdenshare.core.scenarios.MonteCarlo;
import org.burdenshare.core.scenarios.Scenario;
import org.burdenshare.core.scenarios.ScenarioEngine;
import org.burdenshare.core.scenarios.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * A sensitivity table's scenarios made in one Monte Carlo pass are, to the last bit, the ones made
 * one damping at a time: the pass only shares the draws, which do not depend on the damping.
 */
class DampingsInOnePassTest {
  private static final double[] DAMPINGS = {0.6, 0.8, 0.9, 1.0};

  @Test
  void onePassGivesEachDampingsOwnRunExactly() {
    SplittableRandom r = new SplittableRandom(7);
    int allies = 5;
    double[] share0 = new double[allies];
    double[] spendMean = new double[allies];
    double[] spendSd = new double[allies];
    double[] gdpMean = new double[allies];
    double[] gdpSd = new double[allies];
    for (int a = 0; a < allies; a++) {
      share0[a] = 1.5 + 2 * r.nextDouble();
      spendMean[a] = 0.02 + 0.1 * r.nextDouble();
      spendSd[a] = 0.02 + 0.08 * r.nextDouble();
      gdpMean[a] = 0.01 + 0.03 * r.nextDouble();
      // GDP on its trend for some allies (no draw), with a spread for the others
      gdpSd[a] = a % 2 == 0 ? 0 : 0.01 + 0.03 * r.nextDouble();
    }
    MonteCarlo.Result[] together =
        MonteCarlo.run(share0, spendMean, spendSd, gdpMean, gdpSd, DAMPINGS, 3.5, 9, 2_000, 2025L);
    assertThat(together).hasSize(DAMPINGS.length);
    for (int i = 0; i < DAMPINGS.length; i++) {
      MonteCarlo.Result alone =
          MonteCarlo.run(
              share0, spendMean, spendSd, gdpMean, gdpSd, DAMPINGS[i], 3.5, 9, 2_000, 2025L);
      assertThat(together[i].p10()).isDeepEqualTo(alone.p10());
      assertThat(together[i].p50()).isDeepEqualTo(alone.p50());
      assertThat(together[i].p90()).isDeepEqualTo(alone.p90());
      assertThat(together[i].probability()).containsExactly(alone.probability());
    }
    // and the dampings do tell apart: an undamped trend is not the damped one
    assertThat(together[3].p50()[1]).isNotEqualTo(together[0].p50()[1]);
  }

  @Test
  void theFacadesTableIsTheScenarioAskedDampingByDamping() {
    Engine engine = new Engine(ScenarioTest.oneAlly());
    ScenarioSpec spec = ScenarioTest.stochasticPoland();
    List<Double> dampings = ScenarioSpec.SENSITIVITY_DAMPINGS;
    List<Scenario> table = new Burdenshare(engine).scenarios(spec, dampings);
    for (int i = 0; i < dampings.size(); i++) {
      ScenarioSpec one = spec.withDamping(dampings.get(i));
      assertThat(table.get(i)).isEqualTo(new ScenarioEngine(new Engine(engine.figures())).run(one));
      assertThat(table.get(i).spec().damping()).isEqualTo(dampings.get(i));
      // remembered as that question: asked alone afterwards, the same object
      assertThat(new Burdenshare(engine).scenario(one)).isSameAs(table.get(i));
    }
  }
}
