package org.burdenshare.core.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * What importing a release would change, said before it is written: a release new to the database,
 * its years and indicators, and per ally the figures that differ from the newest release of the
 * same series already held — the revisions a journalist quoting last year's figure needs to know
 * of.
 *
 * @param incoming the release read from the file
 * @param replaces true when the database holds a release of the same id (a corrected file)
 * @param against the newest other release of the same series in the database, or null if none
 * @param years the years the file has figures for
 * @param indicators the indicators it has figures for
 * @param figures how many figures it holds
 * @param newCells figures for a cell (ally, indicator, year) that {@code against} does not have
 * @param allies per ally (ISO3, or the publisher's aggregate), the figures that differ, ally by
 *     ally
 */
public record ReleaseChanges(
    ReleaseRef incoming,
    boolean replaces,
    ReleaseRef against,
    SortedSet<Integer> years,
    SortedSet<String> indicators,
    int figures,
    int newCells,
    int redefined,
    List<Ally> allies) {

  public ReleaseChanges {
    years = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(years));
    indicators = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(indicators));
    allies = List.copyOf(allies);
  }

  /** One ally's figures that differ. */
  public record Ally(String country, List<Difference> differences) {
    public Ally {
      differences = List.copyOf(differences);
    }
  }

  /**
   * One figure as held and as the new release has it; an estimate that became outturn is a
   * difference even where the number stayed.
   */
  public record Difference(
      String indicator,
      int year,
      double before,
      boolean beforeEstimate,
      double after,
      boolean afterEstimate) {}

  /**
   * The figures quoted most, listed first; {@code indexOf} gives -1 for the rest, which {@code &
   * 0xff} puts after them.
   */
  private static final List<String> HEADLINE =
      List.of("share_of_gdp", "defence_exp_current_usd", "real_change", "equipment_share");

  /** How many figures differ, over all allies. */
  public int differing() {
    return allies.stream().mapToInt(a -> a.differences().size()).sum();
  }

  /** The changes a release with these figures would bring to the figures held. */
  public static ReleaseChanges of(
      Release incoming, Collection<Observation> observations, Figures held) {
    Release against =
        held.releases().stream()
            .filter(r -> r.dataset().equals(incoming.dataset()) && !r.id().equals(incoming.id()))
            .max(Comparator.comparing(Release::published).thenComparing(Release::id))
            .orElse(null);
    boolean replaces = held.releases().stream().anyMatch(r -> r.id().equals(incoming.id()));
    SortedSet<Integer> years = new TreeSet<>();
    SortedSet<String> indicators = new TreeSet<>();
    Map<String, List<Difference>> byAlly = new TreeMap<>();
    int newCells = 0;
    int redefined = 0;
    for (Observation o : observations) {
      years.add(o.year());
      indicators.add(o.indicator());
      if (against == null) {
        continue;
      }
      var before = held.find(against.id(), o.indicator(), o.year(), o.country());
      if (before.isEmpty()) {
        newCells++;
      } else if (!before.get().unit().equals(o.unit())) {
        redefined++;
      } else if (before.get().value() != o.value() || before.get().estimate() != o.estimate()) {
        byAlly
            .computeIfAbsent(o.country(), k -> new ArrayList<>())
            .add(
                new Difference(
                    o.indicator(),
                    o.year(),
                    before.get().value(),
                    before.get().estimate(),
                    o.value(),
                    o.estimate()));
      }
    }
    List<Ally> allies = new ArrayList<>();
    byAlly.forEach(
        (country, diffs) -> {
          diffs.sort(
              Comparator.comparingInt((Difference d) -> HEADLINE.indexOf(d.indicator()) & 0xff)
                  .thenComparing(Difference::indicator)
                  .thenComparing(Comparator.comparingInt(Difference::year).reversed()));
          allies.add(new Ally(country, diffs));
        });
    return new ReleaseChanges(
        incoming.ref(),
        replaces,
        against == null ? null : against.ref(),
        years,
        indicators,
        observations.size(),
        against == null ? observations.size() : newCells,
        redefined,
        allies);
  }
}
