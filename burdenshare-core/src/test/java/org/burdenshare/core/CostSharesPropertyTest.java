package org.burdenshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.costshares.CostShares;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.figures.Observation;
import org.junit.jupiter.api.Test;

/** Cost shares always add up to 100 %, whatever the GNI and the rules. */
class CostSharesPropertyTest {
  @Test
  void sharesSumToOneHundredAndRespectTheRules() {
    Tries.check(
        500,
        21,
        r ->
            sharesSumToOneHundred(
                3 + r.nextInt(30),
                r.nextLong(),
                1 + 39 * r.nextDouble(),
                0.5 + 29.5 * r.nextDouble()));
  }

  private void sharesSumToOneHundred(int allies, long seed, double cap, double fixed) {
    java.util.Random random = new java.util.Random(seed);
    Map<String, Observation> gni = new LinkedHashMap<>();
    for (int i = 0; i < allies; i++) {
      String c = "C" + i;
      gni.put(
          c,
          new Observation(
              "wb",
              c,
              2020,
              "gni_atlas_current_usd",
              "USD",
              1e9 + random.nextDouble() * 2e13,
              false,
              "t"));
    }
    CostShares.Rules rules =
        new CostShares.Rules(
            Map.of("C0", cap), Map.of("C1", "C2"), Map.of("C" + (allies - 1), fixed));
    CostShares.Result r;
    try {
      r = CostShares.compute(2020, null, gni, Map.of(), rules, List.of());
    } catch (InvalidQueryException e) {
      // Only when the rules leave nobody to carry the rest by GNI: three allies, all bound.
      assertThat(allies).isEqualTo(3);
      assertThat(e.getMessage()).contains("cannot add up to 100 %");
      return;
    }
    assertThat(r.total()).isCloseTo(100, within(1e-6));
    Map<String, Double> share = new LinkedHashMap<>();
    r.shares().forEach(s -> share.put(s.country(), s.share()));
    assertThat(share.values()).allMatch(v -> v >= -1e-9);
    assertThat(share.get("C0")).isLessThanOrEqualTo(cap + 1e-6);
    assertThat(share.get("C1")).isCloseTo(share.get("C2"), within(1e-6));
    if (allies > 3) {
      assertThat(share.get("C" + (allies - 1))).isCloseTo(fixed, within(1e-9));
    }
  }
}
