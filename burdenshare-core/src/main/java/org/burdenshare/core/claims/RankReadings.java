package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.Anchors.carried;
import static org.burdenshare.core.claims.Anchors.isCountry;
import static org.burdenshare.core.claims.Anchors.subjectBefore;
import static org.burdenshare.core.claims.Anchors.year;
import static org.burdenshare.core.claims.ClaimValues.add;
import static org.burdenshare.core.claims.ClaimValues.rank;
import static org.burdenshare.core.claims.Membership.isMembership;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimComposer.Composed;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Mentions.Ordinal;
import org.burdenshare.core.claims.Mentions.Unit;

/**
 * Places in a ranking: ordinals ("20th out of 29", "fourth-lowest"), superlatives ("the lowest
 * spender"), and places implied by a list or a comparison ("trailed A, B and C").
 */
final class RankReadings {
  private RankReadings() {}

  /** How far before an ordinal the words of a ranking may stand: "ranked by spending, third". */
  private static final int RANK_CONTEXT_BEFORE = 3;

  /** How far after an ordinal the words of a ranking may stand: "third among the 32 allies". */
  private static final int RANK_CONTEXT_AFTER = 6;

  /** How far before an ally the word for "after" may stand: "nach den USA". */
  private static final int BEHIND_BEFORE = 2;

  /** How far after an ordinal "from the bottom" may begin: "third from the bottom". */
  private static final int FROM_BOTTOM_AFTER = 3;

  /** How far after an ordinal the membership may stand: "20th out of 29", "20th of NATO's 29". */
  private static final int MEMBERSHIP_AFTER_ORDINAL = 4;

  /** How far after a superlative "since" may stand: "the highest share since 1991". */
  private static final int SINCE_AFTER_SUPERLATIVE = 3;

  /** How far after a superlative what it ranks may stand: "the highest share of GDP". */
  private static final int RANKED_AFTER_SUPERLATIVE = 4;

  /**
   * How far after a superlative the words for a span of time may stand and make it a record over
   * time: "the largest increase in defence spending in decades".
   */
  private static final int OVER_TIME_AFTER_SUPERLATIVE = 6;

  /**
   * The places "among the biggest" spans when it counts none: a third of the alliance (ten of 32
   * allies), the reading a fact-checker gives "one of the lowest spenders".
   */
  static final int AMONG_PLACES = 10;

  /** How far before a superlative its verb of spending may stand: "spend the least". */
  private static final int SPEND_THE_MOST = 2;

  /** How far after a superlative a word of change may stand: "the largest rise in spending". */
  private static final int CHANGE_AFTER_SUPERLATIVE = 3;

  /**
   * How far after the words of a place the ally may stand when named after its verb: "Den höchsten
   * Anteil hat Polen", "Auf Platz zwei folgt Estland".
   */
  private static final int SUBJECT_AFTER_PLACE = 4;

  /** "placing it third among NATO allies", "the lowest among NATO members", "20th out of 29". */
  static void rankings(MentionFinder finder, Mentions m, LocalDate date, List<Composed> out) {
    for (Ordinal o : m.ordinals()) {
      int from = Math.max(0, o.at() - RANK_CONTEXT_BEFORE);
      int to = Math.min(o.end() + RANK_CONTEXT_AFTER, m.tokens().size());
      // "fourth-lowest", "third-largest": the superlative right after the ordinal says which end
      int after = Math.min(o.end() + 1, m.tokens().size());
      // "el segundo gasto más alto", "le deuxième budget le plus élevé": or after its noun
      int[] later = OrdinalSuperlatives.after(m, o);
      after = later == null ? after : later[1];
      boolean superlative =
          o.lowest() != null
              || m.has("rankHigh", o.end(), after)
              || m.has("rankLow", o.end(), after);
      boolean context =
          superlative || m.has("rankContext", o.end(), to) || m.has("rankContext", from, o.at());
      if (!context) {
        continue;
      }
      Entity subject = subjectBefore(m, o.at(), true);
      subject = subject == null ? carried(m, o.at()) : subject;
      subject = subject == null ? subjectAfter(m, o.at(), o.end()) : subject;
      if (subject != null
          && m.has("behind", Math.max(0, subject.from() - BEHIND_BEFORE), subject.from())) {
        // "Deutschland ist nach den USA der zweitgrößte …": the ally after "nach" is the one
        // ahead, the place is the one named before it
        Entity before = subjectBefore(m, subject.from(), true);
        subject = before != null && isCountry(before.group()) ? before : subject;
      }
      if (subject == null || !isCountry(subject.group())) {
        continue;
      }
      boolean lowest =
          m.has("fromBottom", o.end(), Math.min(o.end() + FROM_BOTTOM_AFTER, m.tokens().size()))
              || m.has("rankLow", o.end(), after)
              || Boolean.TRUE.equals(o.lowest());
      int year = year(m, o.at(), date);
      Map<String, Integer> stated = new LinkedHashMap<>();
      for (Amount b : m.amounts()) {
        if (b.unit() == Unit.BARE
            && b.from() > o.at()
            && b.from() <= o.end() + MEMBERSHIP_AFTER_ORDINAL
            && isMembership(m, b)
            && b.value().intValue() >= Membership.FOUNDERS) {
          stated.put("NATO", b.value().intValue());
        }
      }
      add(
          out,
          rank(RankedMeasure.rankIndicator(m), year, subject.group(), lowest, o.place()),
          stated,
          "a place in a ranking");
    }
    for (String dir : List.of("rankHigh", "rankLow")) {
      for (int[] span : m.cues().getOrDefault(dir, List.of())) {
        // "at least", "at most" are hedges; a superlative speaks of spending or a ranking
        if (span[0] > 0 && finder.hedgeAt(m.tokens(), span[0] - 1, span[1])) {
          continue;
        }
        // "per la prima volta", "for the first time": a word of a superlative that states no place
        if (inside(m, "notAPlace", span)) {
          continue;
        }
        // "fourth-lowest": the ordinal states the place
        boolean ordinal =
            m.ordinals().stream()
                .anyMatch(
                    o ->
                        o.end() <= span[0] && o.end() >= span[0] - 1
                            || OrdinalSuperlatives.overlaps(OrdinalSuperlatives.after(m, o), span));
        if (ordinal) {
          continue;
        }
        // "the biggest jump in decades", "le plus haut niveau depuis la fin de la guerre froide":
        // a record over time, not a place among the allies
        if (m.has(
            Cue.OVER_TIME.key,
            span[1],
            Math.min(span[1] + OVER_TIME_AFTER_SUPERLATIVE, m.clauseEnd(span[0])))) {
          continue;
        }
        int look = Math.min(span[1] + RANKED_AFTER_SUPERLATIVE, m.tokens().size());
        int clauseStart = m.clauseStart(span[0]);
        // "the highest share since 1991", "den höchsten Anteil seit der Wiedervereinigung": a
        // record over the years, not a place among the allies
        if (m.has(
            "since", span[1], Math.min(span[1] + SINCE_AFTER_SUPERLATIVE, m.clauseEnd(span[0])))) {
          continue;
        }
        if (!m.has("spender", span[1], look)
            && !m.has("rankContext", span[1], look)
            && !m.has("gdp", span[1], look)
            // "Schlusslicht ist Spanien mit 1,28 Prozent": a share of GDP stated beside it
            && !shareBeside(m, span[1], look, false)
            // "Polen ist mit 4,12 Prozent Spitzenreiter", "la lanterne rouge de l'Otan, avec 1,28
            // %": or anywhere in its clause (not the guideline the sentence names)
            && !shareBeside(m, clauseStart, m.clauseEnd(span[0]), true)
            // "Polen ist gemessen an der Wirtschaftsleistung Spitzenreiter", "Polska wydaje na
            // obronność najwięcej": the measure or the verb of spending before it
            && !m.has("gdp", clauseStart, span[0])
            && !m.has("spender", clauseStart, span[0])) {
          continue;
        }
        // "among the top five spenders": a place within as many as the number says; "among the
        // lowest spenders", "one of the biggest": within the first third of the alliance
        Integer counted = SuperlativeLists.placesCounted(m, span);
        // (only a superlative of spending itself: not "one of the most consistent spenders")
        // ("among the allies that spend the least": the verb of spending right before it)
        boolean ofSpending =
            m.has("spender", span[1], span[1] + 1)
                || m.has("gdp", span[1], span[1] + 1)
                || m.has("spender", Math.max(0, span[0] - SPEND_THE_MOST), span[0]);
        Integer within =
            counted != null ? counted : oneOfBefore(m, span[0]) && ofSpending ? AMONG_PLACES : null;
        if (within != null && oneOfBefore(m, span[0])) {
          Entity one = subjectBefore(m, span[0], true);
          // the change a superlative ranks follows it ("the largest rises"); a rise named
          // elsewhere in the sentence is not what "the smallest defence budgets" rank
          String indicator = RankedMeasure.rankIndicator(m);
          if (indicator.equals("real_change")
              && counted == null
              && !m.has("up", span[1], Math.min(span[1] + CHANGE_AFTER_SUPERLATIVE, look))) {
            indicator = "defence_exp_current_usd";
          }
          // "among the lowest spenders" without a measure may mean money or a share of GDP: a
          // vague place is read only when the sentence names its measure ("relative to GDP",
          // "the smallest defence budgets", "in absolute terms")
          if (counted == null
              && indicator.equals("defence_exp_current_usd")
              && !m.has(Cue.BUDGET.key, clauseStart, m.clauseEnd(span[0]))) {
            break;
          }
          // "Canada, Spain and Belgium are among the lowest spenders": each of a list
          // ("the Baltic states are among the top spenders": each of them, asked by the judge)
          List<String> allies =
              one != null && isCountry(one.group())
                  ? ListReadings.listAround(m, one, span[0])
                  : one != null && Anchors.namedFew(one.group()) ? List.of(one.group()) : List.of();
          for (String ally : allies) {
            if (isCountry(ally) || Anchors.namedFew(ally)) {
              among(out, indicator, year(m, span[0], date), ally, dir, within);
            }
          }
          break;
        }
        // "among the lowest spenders", "one of the biggest": no place is stated; "l'an
        // dernier" is a year, not the last place
        if (oneOfBefore(m, span[0]) || finder.inRelativeYear(m, span[0])) {
          continue;
        }
        // one country in its clause: "Portugal was the smallest spender"; a list ("the
        // smallest spenders were A, B and C") is one claim for each
        long inClause =
            m.entities().stream()
                .filter(e -> m.clauseOf(e.from()) == m.clauseOf(span[0]) && isCountry(e.group()))
                // "…, followed by Estonia": the allies after it take the next places
                .filter(e -> !SuperlativeLists.followed(m, span, e))
                .count();
        if (inClause >= 2 && SuperlativeLists.listed(m, span, dir.equals("rankLow"), date, out)) {
          break;
        }
        Entity subject = subjectBefore(m, span[0], true);
        subject = subject == null ? carried(m, span[0]) : subject;
        subject = subject == null ? subjectAfter(m, span[0], span[1]) : subject;
        if (subject != null && Anchors.namedFew(subject.group()) && inClause == 0) {
          // "the Baltic states are the biggest spenders relative to GDP": a few allies at the top
          // hold first places, not the first place: each among the first, as "among the" reads
          String indicator = RankedMeasure.rankIndicator(m);
          if (!indicator.equals("defence_exp_current_usd")
              || m.has(Cue.BUDGET.key, m.clauseStart(span[0]), m.clauseEnd(span[0]))) {
            among(out, indicator, year(m, span[0], date), subject.group(), dir, AMONG_PLACES);
          }
          break;
        }
        if (subject == null || !isCountry(subject.group())) {
          continue;
        }
        // (a country carried from the sentence before counts as the one)
        if (inClause != 1 && !(inClause == 0 && m.context().subject() != null)) {
          continue;
        }
        String indicator = RankedMeasure.rankIndicator(m);
        boolean lowest = dir.equals("rankLow");
        int changeEnd = Math.min(span[1] + CHANGE_AFTER_SUPERLATIVE, m.tokens().size());
        if (m.has("down", span[1], changeEnd)) {
          indicator = "real_change";
          lowest = !lowest;
        } else if (m.has("up", span[1], changeEnd)) {
          indicator = "real_change";
        }
        int year = year(m, span[0], date);
        String group = RankedMeasure.rankedWithin(m);
        if (group == null) {
          break; // "the biggest spender in Europe": a region's ranking, which NATO does not print
        }
        add(
            out,
            rank(indicator, year, group, subject.group(), lowest, Op.EQ, 1),
            Map.of(),
            "the top or the bottom of a ranking");
        int place = 1;
        for (String follower : SuperlativeLists.followers(m, span)) {
          add(
              out,
              rank(indicator, year, group, follower, lowest, Op.EQ, ++place),
              Map.of(),
              "the next place after the top or the bottom");
        }
        break;
      }
    }
  }

  /** An ally (or a few named as one) within as many places from the top or the bottom. */
  private static void among(
      List<Composed> out, String indicator, int year, String ally, String dir, int within) {
    add(
        out,
        rank(indicator, year, "NATO", ally, dir.equals("rankLow"), Op.LE, within),
        Map.of(),
        "among as many places as counted");
  }

  /** Whether a span of tokens overlaps a cue of the role. */
  private static boolean inside(Mentions m, String role, int[] span) {
    for (int[] c : m.cues().getOrDefault(role, List.of())) {
      if (c[0] < span[1] && span[0] < c[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The ally a place is said of when the sentence opens with the place and names the ally after its
   * verb, as German and Dutch do ("Schlusslicht ist Spanien", "Auf Platz zwei folgt Estland", "Den
   * höchsten Anteil hat Polen"): the first country after the words of the place, in their clause,
   * that no preposition or "than" introduces ("nach den USA" names the one ahead). Null when none.
   */
  private static Entity subjectAfter(Mentions m, int from, int to) {
    int end = Math.min(m.clauseEnd(from), to + SUBJECT_AFTER_PLACE);
    for (Entity e : m.entities()) {
      if (e.from() < to || e.from() >= end) {
        continue;
      }
      int before = Math.max(to, e.from() - 1);
      boolean introduced =
          m.has("preposition", before, e.from())
              || m.has("behind", before, e.from())
              || m.has("trail", before, e.from())
              || m.has("than", before, e.from());
      return isCountry(e.group()) && !introduced ? e : null;
    }
    return null;
  }

  /**
   * Whether a percentage a share of GDP can be stands in tokens [from, to); with {@code notNamed},
   * not the guideline the sentence names ("la soglia del 2 %").
   */
  private static boolean shareBeside(Mentions m, int from, int to, boolean notNamed) {
    for (Amount a : m.amounts()) {
      if (a.from() >= from
          && a.from() < to
          && a.unit() == Unit.PERCENT
          && !a.fraction()
          && !(notNamed && CountReadings.named(m, a))
          && a.value().compareTo(FigureReadings.MAX_SHARE_OF_GDP) <= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many words may stand between "one of the" and what it picks from: a possessive ("one of the
   * alliance's steadiest spenders", "one of NATO's nine allies that …").
   */
  static final int ONE_OF_REACH = 4;

  /**
   * Whether "one of", "among" (the language's {@code oneOf}) stands shortly before a token, in the
   * same stretch of words (no comma between): "one of the bloc's biggest spenders" states no place,
   * and "one of the nine allies that …" counts nine, not one.
   */
  static boolean oneOfBefore(Mentions m, int at) {
    for (int[] span : m.cues().getOrDefault("oneOf", List.of())) {
      if (span[0] >= at || span[1] < at - ONE_OF_REACH) {
        continue;
      }
      boolean sign = false;
      for (int k = span[1]; k < at && !sign; k++) {
        sign = m.tokens().get(k).kind() == Tokens.Kind.SIGN;
      }
      if (!sign) {
        return true;
      }
    }
    return false;
  }
}
