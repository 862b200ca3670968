package org.burdenshare.core.claims;

import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.Mentions.YearMention;
import org.burdenshare.core.claims.Tokens.Kind;
import org.burdenshare.core.claims.Tokens.Token;

/**
 * Years that are baselines, the year a change is counted from, besides the one right after "since":
 * the first of a span ("between 2014 and 2019", "from 2014 to 2019") and the year of the event
 * "since" names ("since Russia's annexation of Crimea in 2014").
 */
final class Baselines {
  private Baselines() {}

  /** Marks the baselines among a sentence's years, in place. */
  static void mark(List<Token> t, Map<String, List<int[]>> found, List<YearMention> years) {
    // "between 2014 and 2019": the first year of a span is a baseline, as after "since"
    for (int k = 0; k + 1 < years.size(); k++) {
      YearMention y = years.get(k);
      YearMention next = years.get(k + 1);
      // "from 2014 to 2024", "de 2014 à 2024", "od 2014 do 2024": both years right after the
      // words of a span's ends
      boolean opensSpan =
          CueSpans.endingAt(found, Cue.BETWEEN.key, y.at()) != null
              || CueSpans.endingAt(found, Cue.FROM.key, y.at()) != null
                  && CueSpans.endingAt(found, Cue.FROM.key, next.at()) != null;
      if (opensSpan && !y.relative() && !next.relative() && next.at() <= y.at() + Reach.YEAR_SPAN) {
        years.set(k, y.asBaseline());
      }
    }
    // "since Russia's annexation of Crimea in 2014", "seit der Annexion der Krim 2014": the year
    // of the event "since" names is the baseline, when no comma or number stands between
    for (int[] span : found.getOrDefault("since", List.of())) {
      for (int k = 0; k < years.size(); k++) {
        YearMention y = years.get(k);
        if (y.at() > span[1]
            && y.at() <= span[1] + Reach.SINCE_EVENT
            && unbroken(t, span[1], y.at())) {
          years.set(k, y.asBaseline());
          break;
        }
      }
    }
  }

  /** Whether tokens [from, to) are words only: no sign, number or year between. */
  private static boolean unbroken(List<Token> t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.get(i).kind() != Kind.WORD) {
        return false;
      }
    }
    return true;
  }
}
