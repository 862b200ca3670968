package org.burdenshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.burdenshare.core.claims.Claim;
import org.burdenshare.core.claims.ClaimParser;
import org.burdenshare.core.claims.Op;
import org.burdenshare.core.claims.Value;
import org.junit.jupiter.api.Test;

/** The claim language: the examples, errors that point at the column, and round trips. */
class ClaimLanguageTest {

  @Test
  void readsTheExamples() {
    Claim c =
        ClaimParser.parse(
            "defence_exp_current_usd(USA, 2019) > sum(defence_exp_current_usd(NATO-USA, 2019))");
    assertThat(c.left()).isEqualTo(new Value.Figure("defence_exp_current_usd", "USA", 2019));
    assertThat(c.op()).isEqualTo(Op.GT);
    assertThat(c.right())
        .isEqualTo(new Value.Sum(new Value.Figure("defence_exp_current_usd", "NATO-USA", 2019)));
    Claim count = ClaimParser.parse("count(share_of_gdp(NATO, 2024) >= 2) = 23");
    assertThat(count.left())
        .isEqualTo(
            new Value.Count(
                new Value.Figure("share_of_gdp", "NATO", 2024), Op.GE, new BigDecimal("2")));
    assertThat(count.right()).isEqualTo(new Value.Literal(new BigDecimal("23"), "", ""));
    Claim money =
        ClaimParser.parse("defence_exp_current_usd(USA, 2019) = 730 billion USD within 2%");
    assertThat(money.right()).isEqualTo(new Value.Literal(new BigDecimal("730"), "billion", "USD"));
    assertThat(money.tolerance()).isEqualTo(new Claim.Tolerance(new BigDecimal("2"), true));
    assertThat(ClaimParser.parse("share_of_gdp((NATO&EU)-DEU, 2024) < 2.5%").left())
        .isEqualTo(new Value.Figure("share_of_gdp", "(NATO&EU)-DEU", 2024));
  }

  @Test
  void errorsPointAtTheColumn() {
    assertThatThrownBy(() -> ClaimParser.parse("defence_exp_current_usd(USA, 2019) >> 3"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("column 37")
        .hasMessageContaining("found '>'");
    assertThatThrownBy(() -> ClaimParser.parse("defence_exp_curent_usd(USA, 2019) > 3"))
        .hasMessageContaining("column 1")
        .hasMessageContaining("expected an indicator");
    assertThatThrownBy(() -> ClaimParser.parse("share_of_gdp(NATO-(USA, 2019) > 3"))
        .hasMessageContaining("column 34")
        .hasMessageContaining("closing parenthesis for the one at column 13");
    assertThatThrownBy(() -> ClaimParser.parse("share_of_gdp(NATO-, 2019) > 3"))
        .hasMessageContaining("column 19")
        .hasMessageContaining("in the group");
    assertThatThrownBy(() -> ClaimParser.parse("share_of_gdp(USA, 2019) 3"))
        .hasMessageContaining("column 25")
        .hasMessageContaining("a comparison");
    assertThatThrownBy(() -> ClaimParser.parse("share_of_gdp(USA, 2019) > 3 extra"))
        .hasMessageContaining("column 29");
    assertThatThrownBy(() -> ClaimParser.parse(" ")).hasMessageContaining("Empty claim");
  }

  // ---------------------------------------------------------------- round trip

  private static final List<String> INDICATORS =
      List.of("defence_exp_current_usd", "share_of_gdp", "equipment_share", "military_personnel");
  private static final List<String> GROUPS =
      List.of("USA", "NATO", "NATO-USA", "NATO&EU", "(BALTICS+POL)-LTU", "NATO_EUROPE_CANADA");

  @Provide
  Arbitrary<Value.Figure> figures() {
    return Combinators.combine(
            Arbitraries.of(INDICATORS),
            Arbitraries.of(GROUPS),
            Arbitraries.integers().between(1949, 2100))
        .as(Value.Figure::new);
  }

  private Arbitrary<BigDecimal> numbers() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("1000000"))
        .ofScale(2)
        .map(BigDecimal::stripTrailingZeros)
        .map(b -> b.scale() < 0 ? b.setScale(0) : b);
  }

  @Provide
  Arbitrary<Value> values() {
    Arbitrary<Value.Figure> f = figures();
    return Arbitraries.oneOf(
        f.map(x -> (Value) x),
        f.map(Value.Sum::new),
        Combinators.combine(f, Arbitraries.integers().between(1, 40)).as(Value.Top::new),
        Combinators.combine(f, Arbitraries.of(Op.class), numbers()).as(Value.Count::new),
        Combinators.combine(f, f).as(Value.Share::new),
        Combinators.combine(f, Arbitraries.of("USA", "DEU", "POL")).as(Value.Rank::new),
        Combinators.combine(f, Arbitraries.integers().between(1949, 2100)).as(Value.Change::new),
        Combinators.combine(
                numbers(),
                Arbitraries.of("", "thousand", "million", "billion"),
                Arbitraries.of("", "%", "USD", "EUR"))
            .as(Value.Literal::new));
  }

  @Provide
  Arbitrary<Claim> claims() {
    Arbitrary<Claim.Tolerance> tolerance =
        Combinators.combine(numbers(), Arbitraries.of(true, false))
            .as(Claim.Tolerance::new)
            .injectNull(0.5);
    return Combinators.combine(values(), Arbitraries.of(Op.class), values(), tolerance)
        .as(Claim::new);
  }

  @Property(tries = 2000)
  void printingThenParsingGivesTheSameClaim(@ForAll("claims") Claim claim) {
    assertThat(ClaimParser.parse(claim.toString())).isEqualTo(claim);
  }
}
