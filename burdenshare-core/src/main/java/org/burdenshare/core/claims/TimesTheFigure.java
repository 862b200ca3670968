package org.burdenshare.core.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Unit;
import org.burdenshare.core.claims.Tokens.Token;

/**
 * A percentage stated as a multiple of another: "Poland spends more than twice the 2 % target" is a
 * share of GDP above 4 %, "le double des 2 %" is 4 %. The language's {@code twice} words end right
 * before the number; the amount then begins at them, carries the hedge before them ("more than"),
 * and is a level, not the guideline it multiplies. A part of {@link MentionFinder}.
 */
final class TimesTheFigure {
  private TimesTheFigure() {}

  /** The factor of the language's {@code twice} words: "twice the", "das Doppelte der". */
  private static final BigDecimal TWICE = BigDecimal.valueOf(2);

  /** The amount as the multiple the words before it make, or the amount itself. */
  static Amount multiplied(
      List<Token> t, Map<String, List<int[]>> found, HedgeWords hedges, Amount a) {
    if (a.unit() != Unit.PERCENT || a.fraction()) {
      return a;
    }
    int[] span = CueSpans.endingAt(found, Cue.TWICE.key, a.from());
    return span == null
        ? a
        : new Amount(
            span[0],
            a.to(),
            a.value().multiply(TWICE),
            a.unit(),
            a.scale(),
            a.currency(),
            hedges.before(t, span[0]),
            a.word(),
            false);
  }

  /** Whether an amount is a multiple written so: it begins with the {@code twice} words. */
  static boolean isMultiple(Mentions m, Amount a) {
    return m.has(Cue.TWICE.key, a.from(), a.from() + 1);
  }
}
