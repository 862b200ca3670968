package org.burdenshare.core.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A quantitative claim in the claim language: two values and how they compare, with an optional
 * tolerance from the sentence's hedges. For example
 *
 * <pre>
 * defence_exp_current_usd(USA, 2019) &gt; sum(defence_exp_current_usd(NATO-USA, 2019))
 * count(share_of_gdp(NATO, 2024) &gt;= 2) = 23
 * share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 70% within 5%
 * </pre>
 *
 * See {@link ClaimParser} for the grammar. {@link #toString()} prints the claim so that it parses
 * back to an equal claim.
 *
 * @param tolerance for = and !=: how far apart the sides may be and still count as equal; null
 *     means the precision the number was written with
 */
public record Claim(Value left, Op op, Value right, Tolerance tolerance) {
  public Claim {
    Objects.requireNonNull(left);
    Objects.requireNonNull(op);
    Objects.requireNonNull(right);
  }

  /**
   * A hedge's allowance: {@code within 5%} (relative to the stated value) or {@code within 0.1}
   * (absolute, in the value's unit).
   */
  public record Tolerance(BigDecimal amount, boolean relative) {
    public Tolerance {
      // as the claim language writes it (2.1E+3 is 2100)
      amount = amount.scale() < 0 ? amount.setScale(0) : amount;
    }

    @Override
    public String toString() {
      return "within " + amount.toPlainString() + (relative ? "%" : "");
    }
  }

  /** The figures of the claim, on both sides, in order. */
  public List<Value.Figure> figures() {
    List<Value.Figure> out = new ArrayList<>();
    withFigures(
        f -> {
          out.add(f);
          return f;
        });
    return List.copyOf(out);
  }

  /** The same claim with each of its figures changed, on both sides. */
  public Claim withFigures(UnaryOperator<Value.Figure> change) {
    return new Claim(
        Value.withFigures(left, change), op, Value.withFigures(right, change), tolerance);
  }

  @Override
  public String toString() {
    return left + " " + op.symbol() + " " + right + (tolerance == null ? "" : " " + tolerance);
  }
}
