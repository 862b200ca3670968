package org.burdenshare.core.claims;

import java.util.List;
import org.burdenshare.core.claims.Tokens.Token;

/** The words that hedge a number ("about", "more than", "just under") and where they stand. */
final class HedgeWords {
  private final Language language;
  private final PhraseIndex index;
  private final PhraseIndex skippable;
  private final PhraseIndex beforeNumber;

  HedgeWords(Language language, PhraseIndex definite, PhraseIndex beforeNumber) {
    this.language = language;
    this.index =
        new PhraseIndex(language.hedges(), language.decimalComma(), language.lexicon().elisions());
    this.skippable = definite;
    this.beforeNumber = beforeNumber;
  }

  /**
   * A hedge ending right before token i ("about", "more than", "nearly"), skipping one word of the
   * language's {@code beforeNumber} ("only", "just", an article).
   */
  String before(List<Token> t, int i) {
    // the farthest start first: the longest hedge wins ("just under", not "under")
    for (int back = Math.min(Reach.HEDGE_BEFORE, i); back >= 1; back--) {
      int from = i - back;
      int end = index.match(t, from);
      if (end <= from) {
        continue;
      }
      // "at least the 2 %", "almeno il 2 %": an article or "only" may stand between
      boolean between = end == i;
      if (end == i - 1) {
        between =
            beforeNumber.match(t, i - 1) == i
                || skippable != null && skippable.match(t, i - 1) == i;
      }
      if (between) {
        return language.hedges().get(index.key(t, from));
      }
    }
    return null;
  }

  /** Whether a hedge spans tokens [from, end) or more. */
  boolean at(List<Token> t, int from, int end) {
    return index.match(t, from) >= end;
  }
}
