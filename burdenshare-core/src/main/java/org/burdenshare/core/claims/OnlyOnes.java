package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.Anchors.isCountry;
import static org.burdenshare.core.claims.ClaimValues.add;
import static org.burdenshare.core.claims.ClaimValues.claim;
import static org.burdenshare.core.claims.ClaimValues.figure;
import static org.burdenshare.core.claims.ClaimValues.number;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimComposer.Composed;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Mentions.Unit;

/**
 * A count said with "only": "Only the US and Poland spend more than 3.3 % of GDP" is two allies,
 * and no other, above 3.3 %. Each ally named is above the bound (the figure readings check that);
 * the count says no one else is, which is what an ally the sentence forgot contradicts. ("Poland is
 * the only ally to spend more than 4 %" is not read this way: it cost an unseen row.)
 */
final class OnlyOnes {
  private OnlyOnes() {}

  static void read(Mentions m, LocalDate date, List<Composed> out) {
    // "Only the US and Poland spend more than 3.3 %": the allies listed after "only"
    for (int[] only : m.cues().getOrDefault(Cue.ONLY.key, List.of())) {
      Entity first = null;
      for (Entity e : m.entities()) {
        if (e.from() >= only[1] && e.from() <= only[1] + 1 && isCountry(e.group())) {
          first = e;
          break;
        }
      }
      Amount bound = first == null ? null : bound(m, first.to());
      if (bound == null) {
        continue;
      }
      long listed =
          ListReadings.listAround(m, first, bound.from()).stream()
              .filter(Anchors::isCountry)
              .count();
      count(m, date, bound, (int) listed, out);
      return;
    }
  }

  /**
   * The bound a count is of, after a token in its clause: a share of GDP said with "more than",
   * "less than", "at least", or a guideline the sentence names. Null when there is none.
   */
  private static Amount bound(Mentions m, int after) {
    int end = m.clauseEnd(after);
    for (Amount a : m.amounts()) {
      if (a.from() < after || a.from() >= end || a.unit() != Unit.PERCENT || a.fraction()) {
        continue;
      }
      boolean ofGdp = m.has("gdp") || m.context().gdp() || CountReadings.named(m, a);
      boolean bounded = a.hedge() != null && a.hedge().matches("[<>]=?");
      if (ofGdp && bounded && a.value().compareTo(FigureReadings.MAX_SHARE_OF_GDP) <= 0) {
        return a;
      }
      return null; // the first percentage after the allies is the one they are said to spend
    }
    return null;
  }

  private static void count(Mentions m, LocalDate date, Amount bound, int n, List<Composed> out) {
    boolean bounded = bound.hedge() != null && bound.hedge().matches("[<>]=?");
    Op op = bounded ? Hedge.of(bound.hedge()).op() : Op.GE;
    int year = Anchors.year(m, bound, date);
    add(
        out,
        claim(
            new Value.Count(figure("share_of_gdp", "NATO", year), op, bound.value()),
            Op.EQ,
            number(n)),
        Map.of(),
        "a count of allies: only those named");
  }
}
