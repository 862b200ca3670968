package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.YearRoles.anotherFiguresFuture;
import static org.burdenshare.core.claims.YearRoles.comparedBefore;
import static org.burdenshare.core.claims.YearRoles.comparedWith;
import static org.burdenshare.core.claims.YearRoles.figureOwned;
import static org.burdenshare.core.claims.YearRoles.joinedIn;

import java.time.LocalDate;
import java.util.List;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Mentions.YearMention;

/**
 * What a number in a sentence is about: whose it is (the country or group named before it in its
 * clause, or carried over from the sentence before) and which year (the nearest written, a relative
 * year, the article's, or the tense's). Baselines ("since 2014") and years compared with ("up from
 * 1.9 % in 2014") are not a figure's own year.
 */
final class Anchors {
  private Anchors() {}

  /** Whose a stated figure is and which year it is about. */
  record Anchor(Entity subject, int year) {}

  /** The anchor of a stated figure, or null when it has no subject or is a plan. */
  static Anchor anchor(Mentions m, Amount a, LocalDate date) {
    Entity subject = subjectFor(m, a);
    Integer year = subject == null ? null : figureYear(m, a, date);
    return year == null ? null : new Anchor(subject, year);
  }

  /**
   * The year a stated figure is about, or null when it is a plan: "up from X" without a year of its
   * own is the year before the one the sentence speaks of.
   */
  static Integer figureYear(Mentions m, Amount a, LocalDate date) {
    // "since 2014, rising from 1.01 % to 1.37 %": the figure the span starts from is the
    // baseline's
    Integer base = baseline(m, a.from(), date);
    if (base != null && opensSpan(m, a) && !hasOwnYear(m, a)) {
      return base;
    }
    int year = year(m, a, date);
    if (planned(m, a, year, date)) {
      return null;
    }
    boolean previous = m.has("previous", Math.max(0, a.from() - Reach.GOVERNING_BEFORE), a.from());
    return previous && !ownTime(m, a) && ComparedSubject.of(m, a) == null ? year - 1 : year;
  }

  /** A plan or pledge for a year after the claim's: not a figure anyone has published. */
  static boolean planned(Mentions m, Amount a, int year, LocalDate date) {
    // "aims to spend 3.5 % by 2029, up from 2.12 % this year": the figure compared with is
    // stated, once the year's figures are published (before that, it is the plan's own estimate)
    boolean comparedWith =
        (m.has("previous", Math.max(0, a.from() - Reach.GOVERNING_BEFORE), a.from())
                || fromWithItsOwnTime(m, a))
            && year <= m.latestYear();
    return year > date.getYear()
        || year >= date.getYear() && m.has("plan", 0, a.from()) && !comparedWith
        || required(m, a)
        || foretold(m, a);
  }

  /**
   * Whether a share is said in the future tense with no time at all: "Spain will not reach 5 %",
   * "Spanje zal 2 procent halen" is a forecast or a promise for some later year, not a figure of
   * the claim's year (with a year, "will spend 2.1 % this year" is the year's published estimate).
   */
  static boolean foretold(Mentions m, Amount a) {
    return a.unit() == Mentions.Unit.PERCENT
        && m.years().isEmpty()
        && m.has(Cue.FUTURE.key, m.clauseStart(a.from()), a.from());
  }

  /**
   * Whether a share is what someone would have to spend, not what they spend: "under the new
   * target, Poland would have to spend 5 %", "Spanien müsste 3,5 Prozent ausgeben". Money is not
   * (what is missing to a guideline is a gap the reader checks: "would need $12 billion more").
   */
  static boolean required(Mentions m, Amount a) {
    return a.unit() == Mentions.Unit.PERCENT
        && m.has(Cue.REQUIRED.key, m.clauseStart(a.from()), a.from())
        && !m.has("more", a.to(), Math.min(a.to() + Reach.GOVERNING_BEFORE, m.tokens().size()));
  }

  /**
   * Whether a figure is what a plan starts from, with its own time: "to raise it to 3.5 % by 2029,
   * from 2.4 % this year" (a lone "from", not the "to" some languages' word for it also is).
   */
  private static boolean fromWithItsOwnTime(Mentions m, Amount a) {
    return afterLoneFrom(m, a) && ownTime(m, a);
  }

  /**
   * Whether the time a figure is about follows it: a year, or "now" ("compared with 4.1 % now"),
   * its own as a year would be.
   */
  private static boolean ownTime(Mentions m, Amount a) {
    return hasOwnYear(m, a)
        || m.has("present", a.to(), Math.min(a.to() + Reach.OWN_TIME_AFTER, m.tokens().size()));
  }

  /** Whether the word for "from" stands right before a figure, and not as "to" ("auf", "à"). */
  private static boolean afterLoneFrom(Mentions m, Amount a) {
    return a.from() > 0
        && m.has("from", a.from() - 1, a.from())
        && !m.has("toLevel", a.from() - 1, a.from());
  }

  /** Whether a figure is the first of "from X to Y": a second of its unit follows shortly. */
  private static boolean opensSpan(Mentions m, Amount a) {
    return afterLoneFrom(m, a)
        && m.amounts().stream()
            .anyMatch(
                b ->
                    b.unit() == a.unit()
                        && b.from() > a.to()
                        && b.from() <= a.to() + Reach.SECOND_FIGURE_AFTER
                        && m.has("toLevel", a.to(), b.from()));
  }

  static boolean hasOwnYear(Mentions m, Amount a) {
    return m.years().stream()
        .anyMatch(y -> y.at() >= a.to() && y.at() <= a.to() + Reach.OWN_TIME_AFTER);
  }

  /**
   * The country or group a number is about: the nearest named before it in its clause, else the
   * nearest before it in the sentence, else one named right after it ("1.57 percent for Germany").
   */
  static Entity subjectFor(Mentions m, Amount a) {
    Entity compared = ComparedSubject.of(m, a);
    if (compared != null) {
      return compared;
    }
    Entity possessor = ComparedSubject.possessor(m, a);
    if (possessor != null) {
      return possessor;
    }
    Entity whole = ComparedSubject.whole(m, a);
    if (whole != null) {
      return whole;
    }
    Entity e = subjectBefore(m, a.from(), false);
    if (e != null) {
      return e;
    }
    Entity carried = carried(m, a.from());
    if (carried != null) {
      return carried;
    }
    for (Entity x : m.entities()) {
      if (x.from() >= a.to() && x.from() <= a.to() + Reach.SUBJECT_AFTER) {
        return x;
      }
    }
    return null;
  }

  /** "It", "the country": the country the article spoke of last, when the sentence refers to it. */
  static Entity carried(Mentions m, int at) {
    if (m.context().subject() == null) {
      return null;
    }
    // "That comes to $97.7 billion": a sentence that opens by pointing back and names no one
    for (int[] span : m.cues().getOrDefault("pointsBack", List.of())) {
      if (span[0] == 0 && m.entities().isEmpty()) {
        return new Entity(span[0], span[1], m.context().subject());
      }
    }
    for (int[] span : m.cues().getOrDefault("anaphor", List.of())) {
      if (span[0] < at && m.clauseOf(span[0]) == m.clauseOf(at)) {
        return new Entity(span[0], span[1], m.context().subject());
      }
    }
    return null;
  }

  static Entity subjectBefore(Mentions m, int at, boolean clauseOnly) {
    int clause = m.clauseOf(at);
    Entity inClause = null;
    Entity anywhere = null;
    Entity aside = null;
    for (Entity e : m.entities()) {
      if (e.to() > at) {
        break;
      }
      // A group after a preposition ("reported to the alliance", "of NATO's total") is what the
      // figure is related to, not whose it is; it is the subject only when no other is named.
      // ("each of the Baltic states", "all of the Nordic countries" name the subject, each one)
      boolean related =
          !isCountry(e.group())
              && (e.from() > 0
                      && m.has("preposition", e.from() - 1, e.from())
                      && !(e.from() > 1 && m.has("each", e.from() - 2, e.from() - 1))
                  || e.to() < m.tokens().size() && m.tokens().get(e.to()).is(Tokens.POSSESSIVE));
      // the alliance a figure is attributed to is its source, not whose figure it is, where the
      // sentence points to a country it does not name ("as reported by NATO, the nation raised
      // …")
      if (!isCountry(e.group())
          && m.has("accordingTo", Math.max(0, e.from() - Reach.SOURCE_BEFORE), e.from())
          && m.has("anaphor", e.to(), at)) {
        continue;
      }
      if (related) {
        if (m.clauseAround(e.from()) == clause) {
          aside = e;
        }
        continue;
      }
      // the alliance named after a country is the frame ("the USA reported to NATO"), not the
      // subject: the country keeps the place
      if (anywhere == null || isCountry(e.group()) || !isCountry(anywhere.group())) {
        anywhere = e;
      }
      // (an ally's allies, "its allies", are no frame: they are the others, "NATO-USA")
      boolean frame =
          inClause != null
              && isCountry(inClause.group())
              && !isCountry(e.group())
              && !e.group().equals("NATO-" + inClause.group());
      if (m.clauseAround(e.from()) == clause && !frame) {
        inClause = e;
      }
    }
    if (inClause != null) {
      return inClause;
    }
    if (clauseOnly) {
      return null;
    }
    return anywhere != null ? anywhere : aside;
  }

  static int year(Mentions m, Amount a, LocalDate date) {
    return year(m, a.from(), a.to(), date);
  }

  static int distance(YearMention y, int at, int end) {
    return y.at() >= end ? y.at() - end : Math.abs(at - y.at());
  }

  /**
   * The baseline a change at a position is counted from ("since 2014", "over the past ten years"):
   * in its clause, or null.
   */
  static Integer baseline(Mentions m, int at, LocalDate date) {
    for (YearMention y : m.years()) {
      if (y.since() && m.clauseOf(y.at()) == m.clauseOf(at)) {
        return valueOf(y, date);
      }
    }
    return null;
  }

  /**
   * The year a number at a position is about: a year written in its clause (the nearest), else a
   * relative year there ("last year"), else one written anywhere in the sentence, else the claim
   * date's year, or the year before when the clause speaks in the past ("spent", "met").
   */
  static int year(Mentions m, int at, LocalDate date) {
    return year(m, at, at, date);
  }

  /**
   * The year of what stands over tokens [at, end): the nearest year is counted from its edges, so
   * that "from 1.19 % in 2014 to 2.12 % in 2024" gives the second figure the year after it.
   */
  static int year(Mentions m, int at, int end, LocalDate date) {
    return year(m, at, end, date, null);
  }

  /**
   * The year of a change's figure when the year the sentence names is the one it is compared with
   * ("Compared with 2014, Norway's spending is 60 % higher"): the year it speaks of without that
   * one, never before the year after it.
   */
  static int yearBesides(Mentions m, Amount a, LocalDate date, int comparedWith) {
    return Math.max(comparedWith + 1, year(m, a.from(), a.to(), date, comparedWith));
  }

  private static int year(Mentions m, int at, int end, LocalDate date, Integer besides) {
    int clause = m.clauseOf(at);
    YearMention best = null;
    for (YearMention y : m.years()) {
      Amount owned = figureOwned(m, y);
      if (owned != null && owned.from() == at && (besides == null || valueOf(y, date) != besides)) {
        return valueOf(y, date); // "up from last year's 3.8 %": the year owns its figure
      }
    }
    for (YearMention y : m.years()) {
      // "compared to the previous year", "im Vergleich zu 2014": the year compared with
      if (besides != null && valueOf(y, date) == besides
          || comparedBefore(m, y)
          || figureOwned(m, y) != null) {
        continue;
      }
      if (!y.since()
          && !comparedWith(m, at, y)
          && !joinedIn(m, y)
          && !anotherFiguresFuture(m, at, end, y, date)
          && m.clauseOf(y.at()) == clause
          && (best == null || distance(y, at, end) < distance(best, at, end))) {
        best = y;
      }
    }
    if (best == null) {
      for (YearMention y : m.years()) {
        if (besides != null && valueOf(y, date) == besides
            || comparedBefore(m, y)
            || figureOwned(m, y) != null) {
          continue;
        }
        if (!y.since()
            && !comparedWith(m, at, y)
            && !joinedIn(m, y)
            && !anotherFiguresFuture(m, at, end, y, date)
            && (best == null || distance(y, at, end) < distance(best, at, end))) {
          best = y;
        }
      }
    }
    if (best != null) {
      return best.relative() ? date.getYear() + best.year() : best.year();
    }
    // "In 2023, … . France spent 1.9 percent …": the year the article wrote, unless the sentence
    // has its own time ("Poland now spends …", or a verb in the present tense before the figure,
    // "Poland spends more than 4 %"), which the carried year does not override
    if (m.context().year() != null
        && !m.has("present")
        && !m.has(Cue.PRESENT_VERB.key, m.clauseStart(at), at)) {
      return m.context().year();
    }
    // the verb of the number's clause: before it, or right after a subject such as "nine allies"
    boolean past =
        m.has("past", m.clauseStart(at), at)
            || m.has("past", at, Math.min(at + Reach.VERB_AFTER_SUBJECT, m.clauseEnd(at)));
    if (past) {
      // once the year's estimates are published, "saw a 20 percent rise" speaks of them
      return m.latestYear() == date.getYear() ? date.getYear() : date.getYear() - 1;
    }
    // the present tense speaks of the newest figures: last year's, until this year's appear
    return m.latestYear() == date.getYear() - 1 ? m.latestYear() : date.getYear();
  }

  static boolean isCountry(String group) {
    return group.matches("[A-Z]{3}");
  }

  /**
   * Whether a group is a few allies named as one ("the Baltic states", "the Nordic countries"),
   * whose members each bear what is said of the group: not the alliance or a part of it that is
   * also spoken of as a whole ("European allies meet the target" may mean together), nor the EU.
   */
  static boolean namedFew(String group) {
    return group.matches("[A-Z][A-Z0-9_]*")
        && !isCountry(group)
        && !group.startsWith("NATO")
        && !group.startsWith("EU");
  }

  static int valueOf(YearMention y, LocalDate date) {
    return y.relative() ? date.getYear() + y.year() : y.year();
  }
}
