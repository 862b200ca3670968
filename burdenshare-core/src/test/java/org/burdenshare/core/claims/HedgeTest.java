package org.burdenshare.core.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A language file's hedges are read when it loads: what each does to a claim, or a loud error. */
class HedgeTest {
  @Test
  void eachFormOfHedgeSaysWhatItDoesToAClaim() {
    assertThat(Hedge.of(null)).isEqualTo(Hedge.NONE);
    assertThat(Hedge.of(">=")).isEqualTo(new Hedge(Op.GE, null, false));
    assertThat(Hedge.of("within 5%"))
        .isEqualTo(new Hedge(Op.EQ, new Claim.Tolerance(new BigDecimal("5"), true), false));
    assertThat(Hedge.of("within 0.1"))
        .isEqualTo(new Hedge(Op.EQ, new Claim.Tolerance(new BigDecimal("0.1"), false), false));
    Hedge justOver = Hedge.of("just>");
    assertThat(justOver.op()).isEqualTo(Op.GT);
    // "just over 2 %": more than 2, and at most 5 % more
    assertThat(justOver.justLimit(new BigDecimal("2"))).isEqualByComparingTo("2.1");
    assertThat(Hedge.of("just<").justLimit(new BigDecimal("2"))).isEqualByComparingTo("1.9");
    assertThat(Hedge.of(">").justLimit(new BigDecimal("2"))).isNull();
  }

  @Test
  void aLanguageWithAHedgeTheReaderCannotApplyFailsWhenItLoads() {
    assertThatThrownBy(() -> Hedge.of("about")).hasMessageContaining("'about' is no hedge");
    assertThatThrownBy(
            () ->
                new Language(
                    "xx",
                    null,
                    null,
                    null,
                    null,
                    Map.of("roughly", "around 5%"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    null,
                    null,
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("language xx, hedge 'roughly'");
  }
}
