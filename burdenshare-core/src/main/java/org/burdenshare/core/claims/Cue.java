package org.burdenshare.core.claims;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The roles a cue word can play, by the name a language file gives them in {@code lexicon.cues}
 * (the code knows the roles; which words play them is each language's, see {@link Lexicon}). A
 * language file is checked against this list when it loads: a name the reader does not know (a
 * typo) or a role the file leaves out fails loudly, instead of reading nothing. A language without
 * words for a role says so with an empty list.
 */
public enum Cue {
  ACCORDING_TO("accordingTo"),
  ADDED("added"),
  AGREED("agreed"),
  ALL_BUT("allBut"),
  ALL_OTHERS("allOthers"),
  AGREED_AFTER("agreedAfter"),
  AMOUNT_CHANGE("amountChange"),
  ANAPHOR("anaphor"),
  ANY_OTHER("anyOther"),
  AVERAGE("average"),
  BEHIND("behind"),
  BELOW("below"),
  BEFORE_NUMBER("beforeNumber"),
  BETWEEN("between"),
  BY("by"),
  BUDGET("budget"),
  CLAUSE("clause"),
  CONDITIONAL("conditional"),
  CONSECUTIVE("consecutive"),
  DEFINITE("definite"),
  DEFENCE("defence"),
  DEMAND("demand"),
  DOUBLED("doubled"),
  DOWN("down"),
  EACH("each"),
  EQUIPMENT("equipment"),
  EVERY_ALLY("everyAlly"),
  FOLLOWED_BY("followedBy"),
  OVER_TIME("overTime"),
  REQUIRED("required"),
  POSSESSOR("possessor"),
  NO_OTHER("noOther"),
  EVERY_YEAR("everyYear"),
  FISCAL("fiscal"),
  FOR_WHOM("forWhom"),
  FROM("from"),
  FROM_BOTTOM("fromBottom"),
  FUTURE("future"),
  GDP("gdp"),
  GUIDELINE("guideline"),
  JOINED("joined"),
  LAST_YEARS("lastYears"),
  LAST_DECADE("lastDecade"),
  LESS("less"),
  MEET("meet"),
  MEMBERS("members"),
  MORE("more"),
  NEGATION("negation"),
  NOMINAL("nominal"),
  NOT_A_PLACE("notAPlace"),
  NUMBER_OF("numberOf"),
  OR_MORE("orMore"),
  OR_LESS("orLess"),
  ONE_OF("oneOf"),
  ONLY("only"),
  OTHER_MEASURE("otherMeasure"),
  OTHER_THAN("otherThan"),
  OUT_OF("outOf"),
  PAST("past"),
  PER_CAPITA("perCapita"),
  PERCENT_ARTICLE("percentArticle"),
  PLACE_NUMBER("placeNumber"),
  PLAN("plan"),
  POINTS_BACK("pointsBack"),
  PREPOSITION("preposition"),
  PRESENT("present"),
  PRESENT_VERB("presentVerb"),
  PREVIOUS("previous"),
  RANK_CONTEXT("rankContext"),
  RANK_HIGH("rankHigh"),
  RANK_LOW("rankLow"),
  REAL("real"),
  REFERENCE("reference"),
  REGION("region"),
  SHORTFALL("shortfall"),
  SINCE("since"),
  SIZE_OF("sizeOf"),
  SKIP("skip"),
  SPENDER("spender"),
  SPENDING_OF("spendingOf"),
  THAN("than"),
  TO_LEVEL("toLevel"),
  TOTAL("total"),
  TOTAL_BEFORE("totalBefore"),
  TOTAL_OF("totalOf"),
  TRAIL("trail"),
  TRIPLED("tripled"),
  TWICE("twice"),
  QUADRUPLED("quadrupled"),
  TWO_PERCENT("twoPercent"),
  UP("up"),
  VERSUS("versus"),
  YEARS_WORD("yearsWord");

  /** The name in the language files. */
  public final String key;

  Cue(String key) {
    this.key = key;
  }

  private static final Map<String, Cue> BY_KEY =
      Arrays.stream(values()).collect(Collectors.toMap(c -> c.key, Function.identity()));

  /** Whether the reader knows a cue of this name. */
  static boolean known(String key) {
    return BY_KEY.containsKey(key);
  }

  /**
   * Checks the cue names of a lexicon: every one known, none missing.
   *
   * @throws IllegalArgumentException naming the unknown and the missing ones
   */
  static void check(Set<String> keys) {
    Set<String> unknown = new TreeSet<>(keys);
    unknown.removeAll(BY_KEY.keySet());
    Set<String> missing = new TreeSet<>(BY_KEY.keySet());
    missing.removeAll(keys);
    if (!unknown.isEmpty() || !missing.isEmpty()) {
      throw new IllegalArgumentException(
          (unknown.isEmpty() ? "" : "cues the reader does not know: " + unknown + "; ")
              + (missing.isEmpty()
                  ? ""
                  : "cues missing (give an empty list where the language has no words for one): "
                      + missing));
    }
  }
}
