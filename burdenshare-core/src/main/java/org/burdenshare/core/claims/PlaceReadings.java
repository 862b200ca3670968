package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.Anchors.isCountry;
import static org.burdenshare.core.claims.Anchors.subjectBefore;
import static org.burdenshare.core.claims.Anchors.year;
import static org.burdenshare.core.claims.ClaimValues.add;
import static org.burdenshare.core.claims.ClaimValues.rank;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimComposer.Composed;
import org.burdenshare.core.claims.Mentions.Entity;

/**
 * Places in a ranking that a comparison implies without naming them: "Norway trailed Poland, Greece
 * and Estonia" (fourth), "only Poland spends more than Latvia" (second), "more than any other ally"
 * (first).
 */
final class PlaceReadings {
  private PlaceReadings() {}

  /**
   * Places stated by a list or a comparison: "Norway trailed Poland, Greece and Estonia" (fourth),
   * "only Poland spends more than Latvia" (second).
   */
  static void impliedPlaces(Mentions m, LocalDate date, List<Composed> out) {
    for (int[] span : m.cues().getOrDefault("trail", List.of())) {
      Entity subject = subjectBefore(m, span[0], true);
      if (subject == null || !isCountry(subject.group())) {
        continue;
      }
      int end = m.clauseEnd(span[0]);
      java.util.Set<String> ahead = new java.util.LinkedHashSet<>();
      for (Entity e : m.entities()) {
        if (e.from() >= span[1] && e.from() < end && isCountry(e.group())) {
          ahead.add(e.group());
        }
      }
      if (ahead.size() >= 2 && !m.has("rankContext", span[0], span[1])) {
        int year = year(m, span[0], date);
        add(
            out,
            rank(RankedMeasure.rankIndicator(m), year, subject.group(), false, ahead.size() + 1),
            Map.of(),
            "a place after the allies listed ahead");
      }
    }
    for (int[] only : m.cues().getOrDefault("only", List.of())) {
      Entity first = null;
      for (Entity e : m.entities()) {
        if (e.from() >= only[1] && e.from() <= only[1] + 1 && isCountry(e.group())) {
          first = e;
        }
      }
      if (first == null) {
        continue;
      }
      int end = m.clauseEnd(first.from());
      int more = -1;
      for (int[] x : m.cues().getOrDefault("more", List.of())) {
        if (x[0] > first.to() && x[0] < end && more < 0) {
          more = x[1];
        }
      }
      if (more < 0) {
        continue;
      }
      // "only Poland and Estonia spend more than the US": as many ahead as named, then the US
      java.util.Set<String> ahead = new java.util.LinkedHashSet<>();
      for (Entity e : m.entities()) {
        if (e.from() >= first.from() && e.to() < more && isCountry(e.group())) {
          ahead.add(e.group());
        }
      }
      for (int[] than : m.cues().getOrDefault("than", List.of())) {
        if (than[0] < more || than[0] >= end) {
          continue;
        }
        for (Entity e : m.entities()) {
          if (e.from() >= than[1] && e.from() <= than[1] + 1 && isCountry(e.group())) {
            int year = year(m, only[0], date);
            add(
                out,
                rank(RankedMeasure.rankIndicator(m), year, e.group(), false, ahead.size() + 1),
                Map.of(),
                "next after the only allies said to spend more");
            return;
          }
        }
      }
    }
  }

  /**
   * "Poland spends more of its GDP on defence than any other ally": the first place (the last, with
   * "less"), a superlative said as a comparison with every other ally.
   */
  static void thanAnyOther(Mentions m, LocalDate date, List<Composed> out) {
    for (int[] other : m.cues().getOrDefault("anyOther", List.of())) {
      if (other[0] == 0 || !m.has("than", Math.max(0, other[0] - 1), other[0])) {
        continue;
      }
      int start = m.clauseStart(other[0]);
      boolean more = m.has("more", start, other[0]);
      boolean less = m.has("less", start, other[0]);
      Entity subject = subjectBefore(m, other[0], true);
      if (more == less || subject == null || !isCountry(subject.group())) {
        continue;
      }
      String group = RankedMeasure.rankedWithin(m);
      // "… than any other ally except Spain": after the allies it excepts
      int place = 1;
      int end = m.clauseEnd(other[0]);
      for (int[] except : m.cues().getOrDefault("otherThan", List.of())) {
        if (except[0] >= other[1] && except[0] <= other[1] + Reach.EXCEPT_AFTER) {
          for (Entity e : m.entities()) {
            place += e.from() >= except[1] && e.from() < end && isCountry(e.group()) ? 1 : 0;
          }
        }
      }
      if (group != null) {
        add(
            out,
            rank(
                RankedMeasure.rankIndicator(m),
                year(m, other[0], date),
                group,
                subject.group(),
                less,
                Op.EQ,
                place),
            Map.of(),
            "more (or less) than any other ally: the top (or the bottom)");
      }
    }
  }

  /**
   * "No ally spends more relative to GDP than Poland", "Kein anderes Land gibt mehr aus als die
   * USA": the ally after "than" is first (last, with "less"), a superlative said by denying it of
   * every other.
   */
  static void noneMore(Mentions m, LocalDate date, List<Composed> out) {
    for (int[] none : m.cues().getOrDefault(Cue.NO_OTHER.key, List.of())) {
      int end = m.clauseEnd(none[0]);
      boolean more = m.has("more", none[1], end);
      boolean less = m.has("less", none[1], end);
      if (more == less) {
        continue;
      }
      for (int[] than : m.cues().getOrDefault("than", List.of())) {
        if (than[0] <= none[1] || than[0] >= end) {
          continue;
        }
        Entity first = null;
        for (Entity e : m.entities()) {
          if (e.from() >= than[1] && e.from() <= than[1] + 1 && isCountry(e.group())) {
            first = e;
            break;
          }
        }
        String group = RankedMeasure.rankedWithin(m);
        if (first != null && group != null) {
          add(
              out,
              rank(
                  RankedMeasure.rankIndicator(m),
                  year(m, none[0], date),
                  group,
                  first.group(),
                  less,
                  Op.EQ,
                  1),
              Map.of(),
              "no other ally spends more (or less): the top (or the bottom)");
          return;
        }
      }
    }
  }
}
