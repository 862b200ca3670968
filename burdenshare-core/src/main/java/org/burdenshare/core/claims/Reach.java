package org.burdenshare.core.claims;

/**
 * How far apart, in tokens, the words of one construction may stand: the windows the readings look
 * in, each named with the construction that sets it. A token is a word, a number or a sign; a
 * window counts from the edge of the number it is about, and never leaves the number's clause where
 * the reading says so.
 */
final class Reach {
  private Reach() {}

  /**
   * The words that govern a number, before it: a verb or a preposition, an article and a possessive
   * ("meet the 2 %", "por debajo del 2 %", "up from three", "all but eight").
   */
  static final int GOVERNING_BEFORE = 3;

  /**
   * The word for GDP after a percentage, which makes it a share of GDP: "2 % of their annual GDP".
   */
  static final int GDP_AFTER = 5;

  /** The word for "by" before the number of a change: "rose by an estimated 4 %". */
  static final int BY_BEFORE = 3;

  /** The verb of a change before its number: "increased its spending by nearly 30 %". */
  static final int CHANGE_VERB_BEFORE = 6;

  /** A word of change right after a number: "a 15 % rise", "30 % higher". */
  static final int CHANGE_NOUN_AFTER = 2;

  /** A word of change right before a number: "an extra 12 percent", "a cut of 30 %". */
  static final int CHANGE_MARKER_BEFORE = 2;

  /** The longest hedge between "by" and its number: "by as much as 30 %". */
  static final int LONGEST_HEDGE = 3;

  /** The word for a change in money before the amount: "an increase of $4.6 billion". */
  static final int AMOUNT_CHANGE_BEFORE = 4;

  /** The word for the alliance's total after a percentage: "30 % of NATO's total". */
  static final int TOTAL_AFTER = 3;

  /**
   * The word for equipment after a percentage: "30 percent of Poland's defence budget on
   * equipment".
   */
  static final int EQUIPMENT_AFTER = 8;

  /** The second figure of "from … to …" after the first: "from 1.2 % to 2 %". */
  static final int SECOND_FIGURE_AFTER = 3;

  /** A number's own year or time word, after it: "1.38 % in 2019", "4.1 % now", "three in 2014". */
  static final int OWN_TIME_AFTER = 3;

  /** The country a number is said of, named right after it: "1.57 percent for Germany". */
  static final int SUBJECT_AFTER = 3;

  /** The words that name the alliance as a source, before it: "as reported by NATO". */
  static final int SOURCE_BEFORE = 3;

  /**
   * The verb of an event beside its year, which makes it the event's date: "joined in 2004", "das
   * 2014 beschlossene Ziel".
   */
  static final int EVENT_VERB_BESIDE = 4;

  /** The verb of a clause after its subject: "nine allies last year spent". */
  static final int VERB_AFTER_SUBJECT = 5;

  /** The second year of a span after the first: "between 2014 and 2019". */
  static final int YEAR_SPAN = 3;

  /** The word for GDP right after a round share, which names a guideline: "2 % of GDP". */
  static final int GDP_RIGHT_AFTER = 3;

  /** The word for "except" after "any other": "than any other European ally except Spain". */
  static final int EXCEPT_AFTER = 3;

  /** A word of falling short before the verb of meeting: "do not meet", "have yet to reach". */
  static final int SHORT_BEFORE_VERB = 3;

  /** The word for "more" before a multiple: "more than doubled", "mehr als verdoppelt". */
  static final int MORE_BEFORE_MULTIPLE = 3;

  /** A number compared, before the comparative: "5 % more than", "2 points more than". */
  static final int NUMBER_BEFORE_COMPARATIVE = 3;

  /**
   * How many words before a token a relative year that holds it may begin: "the year before last".
   */
  static final int RELATIVE_YEAR_BEFORE = 3;

  /**
   * How far after "since" the year of the event it names may stand ("since the annexation of Crimea
   * in 2014").
   */
  static final int SINCE_EVENT = 8;

  /** How far before a figure "compared with" may stand: "compared with about $380 billion". */
  static final int COMPARED_BEFORE = 3;

  /** How many words may stand between a possessor and its spending: "'s total defence". */
  static final int POSSESSED_BEFORE = 3;

  /** How far before a number its hedge may begin: "a little more than the 2 %" (four words). */
  static final int HEDGE_BEFORE = 4;

  /**
   * How far after the word for "more" the word for "than" of its comparison may stand: "gibt mehr
   * für Verteidigung aus als", "spendono per la difesa più di".
   */
  static final int THAN_AFTER_COMPARATIVE = 5;

  /** How far after a possessive year its figure may start: "last year's roughly 3.8 %". */
  static final int OWNED_FIGURE = 3;
}
