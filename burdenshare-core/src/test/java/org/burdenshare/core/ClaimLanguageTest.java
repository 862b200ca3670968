package org.burdenshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.burdenshare.core.claims.Claim;
import org.burdenshare.core.claims.ClaimParser;
import org.burdenshare.core.claims.Op;
import org.burdenshare.core.claims.Value;
import org.burdenshare.core.errors.InvalidQueryException;
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

  private static <T> T any(java.util.Random r, List<T> options) {
    return options.get(r.nextInt(options.size()));
  }

  private static Value.Figure figure(java.util.Random r) {
    return new Value.Figure(any(r, INDICATORS), any(r, GROUPS), 1949 + r.nextInt(152));
  }

  /** A number from 0 to 1,000,000 with up to two decimals, written as the claim language does. */
  private static BigDecimal number(java.util.Random r) {
    BigDecimal b = BigDecimal.valueOf(r.nextLong(100_000_001L), 2).stripTrailingZeros();
    return b.scale() < 0 ? b.setScale(0) : b;
  }

  private static Value value(java.util.Random r) {
    Value.Figure f = figure(r);
    Op[] ops = Op.values();
    return switch (r.nextInt(10)) {
      case 0 -> f;
      case 1 -> new Value.Sum(f);
      case 2 -> new Value.Top(f, 1 + r.nextInt(40));
      case 3 -> new Value.Count(f, ops[r.nextInt(ops.length)], number(r));
      case 4 -> new Value.Share(f, figure(r));
      case 5 -> new Value.Rank(f, any(r, List.of("USA", "DEU", "POL")), r.nextBoolean());
      case 6 -> new Value.Change(f, 1949 + r.nextInt(152));
      case 7 -> new Value.Gap(f, number(r));
      case 8 -> new Value.Added(f, 1949 + r.nextInt(152));
      default ->
          new Value.Literal(
              number(r),
              any(r, List.of("", "thousand", "million", "billion")),
              any(r, List.of("", "%", "USD", "EUR")));
    };
  }

  private static Claim claim(java.util.Random r) {
    Op[] ops = Op.values();
    Claim.Tolerance tolerance =
        r.nextBoolean() ? null : new Claim.Tolerance(number(r), r.nextBoolean());
    return new Claim(value(r), ops[r.nextInt(ops.length)], value(r), tolerance);
  }

  @Test
  void printingThenParsingGivesTheSameClaim() {
    Tries.check(
        2000,
        31,
        r -> {
          Claim claim = claim(r);
          assertThat(ClaimParser.parse(claim.toString())).as(claim.toString()).isEqualTo(claim);
        });
  }

  @Test
  void everyClaimThatPrintsAndParsesBackCanBeWritten() {
    Tries.check(2000, 37, r -> assertThat(ClaimParser.canWrite(claim(r))).isTrue());
  }

  /** What the reader may build as a value but the claim language cannot write: no claim. */
  @Test
  void aClaimTheLanguageCannotWriteIsRefusedAsTheParserWouldRefuseItsText() {
    Value.Literal two = new Value.Literal(new BigDecimal("2"), "", "%");
    List<Claim> unwritable =
        List.of(
            new Claim(new Value.Figure("share_of_gpd", "DEU", 2019), Op.GT, two, null),
            new Claim(new Value.Figure("share_of_gdp", "NATO-", 2019), Op.GT, two, null),
            new Claim(new Value.Figure("share_of_gdp", "DEU", -1), Op.GT, two, null),
            new Claim(
                new Value.Figure("defence_exp_current_usd", "DEU", 2019),
                Op.GT,
                new Value.Literal(new BigDecimal("50"), "billion", "zl"),
                null),
            new Claim(
                new Value.Rank(new Value.Figure("share_of_gdp", "NATO", 2019), "NATO-USA", false),
                Op.EQ,
                new Value.Literal(BigDecimal.ONE, "", ""),
                null));
    for (Claim c : unwritable) {
      assertThat(ClaimParser.canWrite(c)).as(c.toString()).isFalse();
      assertThatThrownBy(() -> ClaimParser.parse(c.toString()))
          .as(c.toString())
          .isInstanceOf(InvalidQueryException.class);
    }
  }

  @Test
  void aNumberIsKeptAsTheLanguageWritesIt() {
    // 2000 × 1.05, stripped of its zeros, is 2.1E+3: the claim language writes it 2100
    BigDecimal limit = new BigDecimal("2000").multiply(new BigDecimal("1.05")).stripTrailingZeros();
    Claim c =
        new Claim(
            new Value.Figure("defence_exp_current_usd", "DEU", 2019),
            Op.LE,
            new Value.Literal(limit, "", "USD"),
            null);
    assertThat(ClaimParser.parse(c.toString())).isEqualTo(c);
  }

  @Test
  void aClaimRestatedInAnotherPublishersIndicatorsChangesEveryFigureAndNothingElse() {
    Claim c =
        ClaimParser.parse(
            "share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 60%"
                + " within 5%");
    Claim sipri =
        c.withFigures(f -> new Value.Figure("sipri_current_usd", f.group(), f.year() - 1));
    assertThat(sipri)
        .isEqualTo(
            ClaimParser.parse(
                "share(sipri_current_usd(USA, 2023), sipri_current_usd(NATO, 2023)) = 60%"
                    + " within 5%"));
    assertThat(c.figures())
        .containsExactly(
            new Value.Figure("defence_exp_current_usd", "USA", 2024),
            new Value.Figure("defence_exp_current_usd", "NATO", 2024));
    assertThat(
            c.withFigures(
                f -> f.renamed(java.util.Map.of("defence_exp_current_usd", "sipri_current_usd"))))
        .isEqualTo(
            ClaimParser.parse(
                "share(sipri_current_usd(USA, 2024), sipri_current_usd(NATO, 2024)) = 60%"
                    + " within 5%"));
  }
}
