package org.burdenshare.core.claims;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a hedge word does to a claim, as a language file writes it in {@code hedges}: an operator
 * ("more than" → {@code >}), "just over" or "just under" ({@code just>}, {@code just<}: more than
 * the number, but not by much), or an allowance ("about" → {@code within 5%}). Read when the
 * language loads ({@link Language}), so that a file with a hedge the reader cannot apply fails
 * there, loudly, instead of yielding no claim.
 *
 * @param op how the figure compares with the number
 * @param tolerance the allowance of a hedge such as "about", or null
 * @param just whether the figure exceeds (or falls short of) the number only a little
 */
record Hedge(Op op, Claim.Tolerance tolerance, boolean just) {

  /** No hedge: the figure is the number, at the precision it is written with. */
  static final Hedge NONE = new Hedge(Op.EQ, null, false);

  private static final Pattern WITHIN = Pattern.compile("within\\s*(\\d+(?:\\.\\d+)?)\\s*(%?)");

  /**
   * The hedge a language file's value names; {@link #NONE} for null.
   *
   * @throws IllegalArgumentException for a value that is no hedge
   */
  static Hedge of(String value) {
    if (value == null) {
      return NONE;
    }
    switch (value) {
      case "just>":
        return new Hedge(Op.GT, null, true);
      case "just<":
        return new Hedge(Op.LT, null, true);
      default:
        break;
    }
    Matcher within = WITHIN.matcher(value);
    if (within.matches()) {
      return new Hedge(
          Op.EQ,
          new Claim.Tolerance(new BigDecimal(within.group(1)), !within.group(2).isEmpty()),
          false);
    }
    for (Op op : Op.values()) {
      if (op.symbol().equals(value)) {
        return new Hedge(op, null, false);
      }
    }
    throw new IllegalArgumentException(
        "'"
            + value
            + "' is no hedge: expected an operator (>, >=, <, <=, =, !=), just> or just<, or"
            + " 'within' and an allowance (within 5%)");
  }

  /** "Just over X": more than X, and at most 5 % more (the development set's rule 2). */
  private static final BigDecimal JUST_OVER = new BigDecimal("1.05");

  /** "Just under X": less than X, and at most 5 % less. */
  private static final BigDecimal JUST_UNDER = new BigDecimal("0.95");

  /**
   * The other side of "just over X" (at most 5 % more than X) or "just under X" (at most 5 % less),
   * in the unit of the number; null for any other hedge.
   */
  BigDecimal justLimit(BigDecimal number) {
    if (!just) {
      return null;
    }
    return number.multiply(op == Op.GT ? JUST_OVER : JUST_UNDER).stripTrailingZeros();
  }
}
