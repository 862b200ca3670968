package org.burdenshare.core.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Tokens.Kind;

/**
 * What a sentence states that no claim was read from: figures and comparisons a verdict must name
 * as not checked ("partly checked: not read …").
 */
final class Unread {
  private Unread() {}

  /**
   * Whether a number is a figure the sentence states, which a claim should account for: a
   * percentage, an amount of money or a count of allies; not a standard named ("the 5 percent
   * demanded by …"), nor a plan for a later year.
   */
  static boolean stated(Mentions m, Amount a, LocalDate date) {
    if (MoneyReadings.shortfallTarget(m, a)) {
      return false; // the guideline a shortfall is measured to, read with it
    }
    boolean figure =
        switch (a.unit()) {
          case PERCENT, POINTS, MONEY -> true;
          case BARE ->
              !a.word()
                  && a.value().scale() <= 0
                  && m.has("members", a.to(), Math.min(a.to() + 3, m.tokens().size()))
                  && !Membership.isMembership(m, a);
        };
    if (!figure || a.from() > 0 && m.has("reference", a.from() - 1, a.from())) {
      return false;
    }
    if (a.unit() == Mentions.Unit.PERCENT && Demands.askedOf(m, a)) {
      return false; // a share asked of others, which no one has spent yet
    }
    return !Anchors.planned(m, a, Anchors.year(m, a, date), date);
  }

  /**
   * How many words of a comparison no claim was read from are named: "more than all … combined".
   */
  static final int COMPARISON_WORDS = 8;

  /**
   * Comparisons of the sentence that no claim was read from: "more" or "less" with "than" after it
   * and no number right after "than" (which would make them a hedge: "more than 4 %").
   */
  static List<String> comparisons(Mentions m) {
    List<String> out = new ArrayList<>();
    for (String dir : List.of("more", "less")) {
      for (int[] c : m.cues().getOrDefault(dir, List.of())) {
        for (int[] t : m.cues().getOrDefault("than", List.of())) {
          boolean follows =
              t[0] >= c[1] && t[0] <= c[1] + 5 && m.clauseOf(t[0]) == m.clauseOf(c[0]);
          boolean hedge = false;
          for (Amount a : m.amounts()) {
            hedge |= a.from() >= t[1] && a.from() <= t[1] + 2 || a.from() > c[0] && a.from() < t[0];
          }
          // "weniger als im Vorjahr", "more than in 2014": a figure compared with a year, read
          // as its rise or fall from it (FigureReadings)
          for (Mentions.YearMention y : m.years()) {
            hedge |= y.at() >= t[1] && y.at() <= t[1] + 2;
          }
          // "more than doubled": a bound on the multiple, read with it (MultipleReadings)
          for (Cue multiple : List.of(Cue.DOUBLED, Cue.TRIPLED, Cue.QUADRUPLED)) {
            for (int[] x : m.cues().getOrDefault(multiple.key, List.of())) {
              hedge |= x[0] >= t[1] && x[0] <= t[1] + 1;
            }
          }
          // "more than any other ally": a superlative, read as a place (RankReadings)
          // ... as is "no ally spends more than Poland" (PlaceReadings)
          boolean superlative =
              m.has("anyOther", t[1], Math.min(t[1] + 1, m.tokens().size()))
                  || m.has(Cue.NO_OTHER.key, m.clauseStart(c[0]), c[0]);
          // "la quota più alta di Pil", "il bilancio più grande della Nato": the word for more
          // inside a superlative, read as a place
          for (String rank : List.of("rankHigh", "rankLow")) {
            for (int[] r : m.cues().getOrDefault(rank, List.of())) {
              superlative |= r[0] <= c[0] && c[1] <= r[1] && r[1] - r[0] > 1;
            }
          }
          // "il 4 % o più del PIL": "or more" bounds the number before it
          boolean bound =
              m.has(Cue.OR_MORE.key, Math.max(0, c[0] - 1), c[1])
                  || m.has(Cue.OR_LESS.key, Math.max(0, c[0] - 1), c[1]);
          if (follows && !hedge && !superlative && !bound) {
            int end = Math.min(m.clauseEnd(t[0]), t[1] + COMPARISON_WORDS);
            while (end > t[1] && m.tokens().get(end - 1).kind() == Kind.SIGN) {
              end--; // not the full stop
            }
            out.add(ClaimComposer.words(m, c[0], end));
            break;
          }
        }
      }
    }
    return out;
  }
}
