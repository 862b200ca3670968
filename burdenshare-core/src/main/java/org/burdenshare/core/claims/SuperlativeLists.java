package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.Anchors.isCountry;
import static org.burdenshare.core.claims.Anchors.year;
import static org.burdenshare.core.claims.ClaimValues.add;
import static org.burdenshare.core.claims.ClaimValues.rank;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimComposer.Composed;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Mentions.Unit;

/**
 * Superlatives that count or list several places: "the lowest spenders are A, B and C", "the top
 * five", "les trois pays qui dépensent le moins". A part of {@link RankReadings}.
 */
final class SuperlativeLists {
  private SuperlativeLists() {}

  /** How far before a superlative its count may stand: "les trois pays qui dépensent le moins". */
  private static final int COUNT_BEFORE_SUPERLATIVE = 5;

  /**
   * How far before a superlative the number of places it counts may stand: "the top five", "among
   * the five biggest" (and right after it: "the top five").
   */
  private static final int PLACES_BEFORE_SUPERLATIVE = 3;

  /** The places a superlative counts are a few ("the top five"); more is a size or a sum. */
  private static final int FEWEST_PLACES = 2;

  private static final int MOST_PLACES = 10;

  /**
   * A superlative naming several allies: "the lowest spenders are A, B and C", "A, B and C spend
   * the most": each is among the first (or last) as many places as are listed, or as the sentence
   * counts ("the five lowest"). The list must stand on one side of the superlative, alone in its
   * clause; returns whether it read one.
   */
  static boolean listed(
      Mentions m, int[] span, boolean lowest, LocalDate date, List<Composed> out) {
    int clause = m.clauseOf(span[0]);
    // "the biggest spenders in Europe": a ranking within a region or group is not NATO's
    boolean narrowed =
        m.cues().getOrDefault("region", List.of()).stream()
                .anyMatch(r -> m.clauseOf(r[0]) == clause)
            || m.entities().stream()
                .anyMatch(
                    e ->
                        m.clauseOf(e.from()) == clause
                            && !isCountry(e.group())
                            && !e.group().equals("NATO"));
    if (narrowed) {
      return false;
    }
    List<Entity> before = new java.util.ArrayList<>();
    List<Entity> after = new java.util.ArrayList<>();
    for (Entity e : m.entities()) {
      if (m.clauseOf(e.from()) == clause && isCountry(e.group())) {
        (e.from() >= span[1] ? after : before).add(e);
      }
    }
    List<Entity> list =
        after.size() >= 2 && before.isEmpty()
            ? after
            : before.size() >= 2 && after.isEmpty() ? before : null;
    if (list == null) {
      return false;
    }
    java.util.Set<String> named = new java.util.LinkedHashSet<>();
    list.forEach(e -> named.add(e.group()));
    int places = named.size();
    // a number counted before the superlative: "the four smallest spenders", "les trois pays
    // qui dépensent le moins"
    for (Amount b : m.amounts()) {
      if (b.unit() == Unit.BARE
          && b.from() >= Math.max(0, span[0] - COUNT_BEFORE_SUPERLATIVE)
          && b.from() < span[0]
          && b.value().doubleValue() == b.value().intValue()
          && b.value().intValue() >= FEWEST_PLACES
          && b.value().intValue() <= MOST_PLACES) {
        places = Math.max(places, b.value().intValue());
      }
    }
    String indicator = RankedMeasure.rankIndicator(m);
    int year = year(m, span[0], date);
    for (String country : named) {
      add(
          out,
          rank(indicator, year, "NATO", country, lowest, Op.LE, places),
          Map.of(),
          "among the allies a superlative lists");
    }
    return true;
  }

  /**
   * The number of places a superlative counts, right before or after it: "the top five", "the five
   * biggest". Null when none.
   */
  static Integer placesCounted(Mentions m, int[] span) {
    for (Amount b : m.amounts()) {
      boolean near =
          b.from() >= Math.max(0, span[0] - PLACES_BEFORE_SUPERLATIVE) && b.from() < span[0]
              || b.from() >= span[1] && b.from() <= span[1] + 1;
      if (near
          && b.unit() == Unit.BARE
          && b.value().scale() <= 0
          && b.value().intValue() >= FEWEST_PLACES
          && b.value().intValue() <= MOST_PLACES) {
        return b.value().intValue();
      }
    }
    return null;
  }

  /**
   * Whether an ally stands after the words for "followed by" ({@code followedBy}: "gefolgt von",
   * "suivie de") that come after a superlative in its clause: "Polen ist Spitzenreiter mit 4,12
   * Prozent, gefolgt von Estland" places Estland next, it is not a second ally at the top.
   */
  static boolean followed(Mentions m, int[] superlative, Entity e) {
    for (int[] f : m.cues().getOrDefault(Cue.FOLLOWED_BY.key, List.of())) {
      if (f[0] >= superlative[1]
          && f[1] <= e.from()
          && m.clauseOf(f[0]) == m.clauseOf(superlative[0])
          && m.clauseOf(e.from()) == m.clauseOf(superlative[0])) {
        return true;
      }
    }
    return false;
  }

  /** The allies named after "followed by" in a superlative's clause, in order, each once. */
  static List<String> followers(Mentions m, int[] superlative) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (Entity e : m.entities()) {
      if (isCountry(e.group()) && followed(m, superlative, e)) {
        out.add(e.group());
      }
    }
    return List.copyOf(out);
  }
}
