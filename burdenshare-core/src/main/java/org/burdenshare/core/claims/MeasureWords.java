package org.burdenshare.core.claims;

import java.util.List;
import org.burdenshare.core.claims.Mentions.Amount;

/**
 * Which measure a figure is of: defence spending, or another that news gives beside it (debt, a
 * deficit, growth, health), which none of the figures can judge.
 */
final class MeasureWords {
  private MeasureWords() {}

  /**
   * Whether the clause of a figure names a measure other than defence (debt, a deficit, health,
   * growth: the language's {@code otherMeasure}) and no word of defence (its {@code defence}):
   * "Spain spends 10 % of its GDP on health" is not its defence spending.
   */
  static boolean anotherMeasure(Mentions m, Amount a) {
    int start = m.clauseStart(a.from());
    int end = m.clauseEnd(a.from());
    if (!m.has("otherMeasure", start, end)) {
      return false;
    }
    // what a figure is of is named after it ("0.8 % on development aid") or, failing that, before
    // it ("debt stands at 137 %"): the nearest word of a measure decides, up to the next figure
    int after = end;
    int before = start;
    for (Amount b : m.amounts()) {
      if (b.from() >= a.to() && b.from() < after) {
        after = b.from();
      }
      if (b.to() <= a.from() && b.to() > before) {
        before = b.to();
      }
    }
    for (int i = a.to(); i < after; i++) {
      if (m.has("defence", i, i + 1)) {
        return false;
      }
      if (m.has("otherMeasure", i, i + 1)) {
        return true;
      }
    }
    for (int i = a.from() - 1; i >= before; i--) {
      if (m.has("defence", i, i + 1)) {
        return false;
      }
      if (m.has("otherMeasure", i, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence speaks of spending: a word for it other than the word for GDP (which the
   * lexicons count among them, for "share of GDP"), so that a change of the economy, of prices or
   * of GDP itself is not read as one of defence spending.
   */
  static boolean speaksOfSpending(Mentions m) {
    for (int[] span : m.cues().getOrDefault("spender", List.of())) {
      if (!m.has("gdp", span[0], span[1])) {
        return true;
      }
    }
    return false;
  }
}
