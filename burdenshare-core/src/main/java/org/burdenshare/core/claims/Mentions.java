package org.burdenshare.core.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimComposer.Context;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Mentions.Ordinal;
import org.burdenshare.core.claims.Mentions.Unit;
import org.burdenshare.core.claims.Mentions.YearMention;
import org.burdenshare.core.claims.Tokens.Token;

/**
 * Everything found in a sentence, by token position: the countries and groups named, numbers with
 * their units and hedges, years, places, and the cue words of the language, with the clause breaks
 * and the asides in parentheses.
 *
 * <p>An aside in parentheses is a clause of its own, and the clause around it goes on after it:
 * "2.76 % this year (2.61 % in 2024; 2.44 % in 2023)" gives the years inside to the figures inside
 * only, the figures of a list "Poland (4.1 %), Estonia (3.4 %)" each belong to the ally before
 * them, and "Canada's spending (in U.S. dollars) trailed …" is one clause around the aside.
 */
record Mentions(
    List<Token> tokens,
    List<Entity> entities,
    List<Amount> amounts,
    List<YearMention> years,
    List<Ordinal> ordinals,
    Map<String, List<int[]>> cues,
    List<String> sources,
    List<Integer> clauseBreaks,
    List<int[]> asides,
    int latestYear,
    boolean guidelineShare,
    Context context) {

  /** The same mentions, with what the composition learned about the sentence as a whole. */
  Mentions with(int latest, boolean guideline, Context ctx) {
    return new Mentions(
        tokens,
        TheOthers.resolve(entities, ctx.subject()),
        amounts,
        years,
        ordinals,
        cues,
        sources,
        clauseBreaks,
        asides,
        latest,
        guideline,
        ctx);
  }

  /** The index of an amount of this sentence in {@link #amounts()}, found by its position. */
  int indexOf(Amount a) {
    int lo = 0;
    int hi = amounts.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int from = amounts.get(mid).from();
      if (from < a.from()) {
        lo = mid + 1;
      } else if (from > a.from()) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    throw new IllegalArgumentException("not an amount of this sentence: " + a);
  }

  boolean has(String cue) {
    assert Cue.known(cue) : "no cue " + cue;
    return !cues.getOrDefault(cue, List.of()).isEmpty();
  }

  /** Whether a cue occurs within [from, to). */
  boolean has(String cue, int from, int to) {
    assert Cue.known(cue) : "no cue " + cue;
    // the spans of a cue are in the order of the sentence: the first at or after `from` decides
    List<int[]> spans = cues.getOrDefault(cue, List.of());
    int lo = 0;
    int hi = spans.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid)[0] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < spans.size() && spans.get(lo)[0] < to;
  }

  /**
   * The clause of a token: asides are numbered after every clause outside them, so that a token
   * after an aside is in the clause that began before it.
   */
  int clauseOf(int at) {
    int[] aside = asideOf(at);
    int c = 0;
    for (int b : clauseBreaks) {
      if (at >= b && (aside != null || asideOf(b) == null)) {
        c++;
      }
    }
    return aside == null ? c : ASIDE_CLAUSES + c;
  }

  /**
   * The clause a token is said in, an aside counting as part of the clause around it: "the North
   * Atlantic Treaty Organization (NATO) asks …" names its subject in the clause of the verb.
   */
  int clauseAround(int at) {
    int[] aside = asideOf(at);
    return clauseOf(aside == null ? at : aside[0]);
  }

  /** Clause numbers of asides start here: above any count of clause breaks outside them. */
  private static final int ASIDE_CLAUSES = 1 << 20;

  /** The aside in parentheses that holds a token, as [open, after close), or null. */
  int[] asideOf(int at) {
    for (int[] a : asides) {
      if (at > a[0] && at < a[1] - 1) {
        return a;
      }
    }
    return null;
  }

  int clauseStart(int at) {
    int[] aside = asideOf(at);
    int start = aside == null ? 0 : aside[0] + 1;
    for (int b : clauseBreaks) {
      if (b <= at && b > start && (aside != null || asideOf(b) == null)) {
        start = b;
      }
    }
    return start;
  }

  int clauseEnd(int at) {
    int[] aside = asideOf(at);
    int end = aside == null ? tokens.size() : aside[1] - 1;
    for (int b : clauseBreaks) {
      if (b > at && b < end && (aside != null || asideOf(b) == null)) {
        return b;
      }
    }
    return end;
  }

  /** A country or group named in the sentence, over tokens [from, to). */
  record Entity(int from, int to, String group) {
    /** Whether the name is a possessor: "America's", "the alliance 's" (split off or not). */
    boolean possessive(List<Token> t) {
      return t.get(to - 1).is(Tokens.POSSESSIVE)
          || to < t.size() && t.get(to).is(Tokens.POSSESSIVE);
    }
  }

  enum Unit {
    PERCENT,
    POINTS,
    MONEY,
    BARE
  }

  /**
   * A number with what surrounds it.
   *
   * @param from first token of the number (or of its currency sign)
   * @param to token after its unit
   * @param hedge the operator or tolerance of a hedge before it ("within 5%", "&gt;"), or null
   * @param word whether it is written in words ("twenty", "two thirds")
   * @param fraction whether it is a fraction in words ("two thirds"), a percentage of a total
   */
  record Amount(
      int from,
      int to,
      BigDecimal value,
      Unit unit,
      String scale,
      String currency,
      String hedge,
      boolean word,
      boolean fraction) {}

  /**
   * A year named in the sentence.
   *
   * @param end the token after it: "last year" ends after "year"
   * @param since whether it is a baseline ("since 2014"): the year a change is counted from, not
   *     the year a figure is about
   */
  record YearMention(int at, int end, int year, boolean relative, boolean since) {
    YearMention asBaseline() {
      return new YearMention(at, end, year, relative, true);
    }

    /**
     * The years a number written alone is read as: from the end of the Second World War (NATO's
     * figures begin in 1949) to 2050, as far as plans reach; any other is a count or an amount.
     */
    static final int FIRST = 1945;

    static final int LAST = 2050;
  }

  /**
   * A place named in the sentence.
   *
   * @param lowest whether a superlative joined to it counts from the bottom ("fourth-lowest"),
   *     false for the top ("third-largest") and null when none is joined
   */
  record Ordinal(int at, int end, int place, Boolean lowest) {
    Ordinal(int at, int end, int place) {
      this(at, end, place, null);
    }
  }
}
