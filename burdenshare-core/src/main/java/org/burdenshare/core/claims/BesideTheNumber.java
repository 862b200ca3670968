package org.burdenshare.core.claims;

import java.util.List;
import org.burdenshare.core.claims.Tokens.Token;

/**
 * What the words right beside a number say of it, beyond its unit and its hedge before it: a bound
 * after it ("4 Prozent oder mehr", "2 % ou plus": at least), and a percentage whose sign was left
 * out, known by the article Italian and Spanish give a percentage ("La Francia è al 2,06"). The
 * words are the language's ({@code orMore}, {@code orLess}, {@code percentArticle}); an index is
 * null where a language file has no cues at all.
 */
final class BesideTheNumber {
  private final PhraseIndex orMore;
  private final PhraseIndex orLess;
  private final PhraseIndex percentArticle;

  BesideTheNumber(PhraseIndex orMore, PhraseIndex orLess, PhraseIndex percentArticle) {
    this.orMore = orMore;
    this.orLess = orLess;
    this.percentArticle = percentArticle;
  }

  /**
   * The bound that words right after a number put on it: "4 Prozent oder mehr", "2 % ou plus", "o
   * más" (at least, {@code >=}), "or less" ({@code <=}); null where none follows.
   */
  String boundAfter(List<Token> t, int after) {
    if (orMore != null && orMore.match(t, after) > after) {
      return ">=";
    }
    return orLess != null && orLess.match(t, after) > after ? "<=" : null;
  }

  /**
   * Whether a bare number is a percentage by the article right before it: a number written with
   * decimals (no year or count has them, nor a sum of money without a scale or a currency) after
   * one of the language's {@code percentArticle} words.
   *
   * @param decimals whether the number is written in digits with decimals
   */
  boolean impliesPercent(
      List<Token> t, int start, boolean decimals, String scale, String currency) {
    if (percentArticle == null
        || !decimals
        || !scale.isEmpty()
        || !currency.isEmpty()
        || start == 0) {
      return false;
    }
    return percentArticle.match(t, start - 1) == start;
  }
}
