package org.burdenshare.core.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.errors.Remedy;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.CouldNotUse;
import org.burdenshare.core.releases.Edition;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.ReleaseRef;
import org.burdenshare.core.releases.Selection;

/**
 * Which release answers a question: the rule behind {@link Figures#select(String, int, Collection,
 * ReleaseChoice)} (one dataset competes; a release answers if it holds every figure needed; as of a
 * date, the newest published by then, else the earliest later one, said so), with what it could not
 * use. Apart from {@link Figures} because the rule is the one part of it that is not an index.
 */
final class ReleaseSelector {
  private final Figures data;
  // dataset -> indicator -> the countries any of its releases gives figures for
  private final Map<String, Map<String, Set<String>>> publishedCountries;
  // editions of the catalogue that no release in the database holds
  private final List<Edition> unheld;

  ReleaseSelector(
      Figures data,
      Map<String, Map<String, Set<String>>> publishedCountries,
      List<Edition> unheld) {
    this.data = data;
    this.publishedCountries = publishedCountries;
    this.unheld = unheld;
  }

  /** See {@link Figures#select(String, int, Collection, ReleaseChoice)}. */
  Selection select(String indicator, int year, Collection<String> countries, ReleaseChoice choice) {
    Indicators.get(indicator);
    Figures.checkYear(year);
    if (choice instanceof ReleaseChoice.Named named) {
      Release r = data.release(named.releaseId());
      if (!data.covers(r.id(), indicator, year)) {
        NavigableSet<Integer> ys = data.years(r.id(), indicator);
        throw new InvalidQueryException(
            "Release "
                + r.id()
                + " has no figures for "
                + indicator
                + " in "
                + year
                + (ys.isEmpty()
                    ? "; it has no figures for that indicator at all."
                    : "; it covers " + Figures.span(ys) + "."));
      }
      return new Selection(r, indicator, year, "release " + r.id() + " as requested");
    }
    List<Release> candidates = data.candidates(indicator);
    List<Release> covering =
        candidates.stream().filter(r -> data.covers(r.id(), indicator, year)).toList();
    if (covering.isEmpty()) {
      NavigableSet<Integer> covered = new TreeSet<>();
      candidates.forEach(r -> covered.addAll(data.years(r.id(), indicator)));
      Optional<Release> elsewhere =
          data.releases().stream()
              .filter(r -> !candidates.contains(r) && data.covers(r.id(), indicator, year))
              .findFirst();
      throw new InvalidQueryException(
          "No "
              + candidates.get(0).publisher()
              + " release covers "
              + year
              + " for "
              + indicator
              + "; they cover "
              + Figures.span(covered)
              + "."
              + elsewhere
                  .map(r -> " Release " + r.id() + " (" + r.publisher() + ") has it.")
                  .orElse(""),
          List.of(),
          elsewhere.map(r -> (Remedy) new Remedy.UseRelease(r.id())).orElse(null));
    }
    Set<String> needed = needed(candidates, indicator, countries);
    List<Release> holding =
        covering.stream().filter(r -> holdsAll(r, indicator, year, needed)).toList();
    // Nothing holds every figure: the releases that hold some answer, with gaps shown.
    List<Release> pool = holding.isEmpty() ? covering : holding;
    String what = holding.isEmpty() ? "covers " + year : "holds these figures for " + year;
    Comparator<Release> byDate = Comparator.comparing(Release::published);
    if (choice instanceof ReleaseChoice.AsOf asOf) {
      LocalDate date = asOf.date();
      Optional<Release> visible =
          pool.stream().filter(r -> !r.published().isAfter(date)).max(byDate);
      if (visible.isPresent()) {
        Release chosen = visible.get();
        return new Selection(
            chosen,
            indicator,
            year,
            "newest release in the database published on or before " + date + " that " + what,
            false,
            couldNotUse(candidates, covering, chosen, chosen.published(), date));
      }
      Release earliest = pool.stream().min(byDate).orElseThrow();
      LocalDate newestSeen =
          candidates.stream()
              .map(Release::published)
              .filter(p -> !p.isAfter(date))
              .max(Comparator.naturalOrder())
              .orElse(null);
      return new Selection(
          earliest,
          indicator,
          year,
          "no release in the database published on or before "
              + date
              + " "
              + (holding.isEmpty() ? "covers " + year : "holds these figures for " + year)
              + " for "
              + indicator
              + "; answered from the earliest later release that does, "
              + earliest.id()
              + " (published "
              + earliest.published()
              + ")",
          true,
          couldNotUse(candidates, covering, null, newestSeen, date));
    }
    Release newest = pool.stream().max(byDate).orElseThrow();
    return new Selection(
        newest,
        indicator,
        year,
        "newest release in the database that " + what,
        false,
        couldNotUse(candidates, covering, newest, newest.published(), null));
  }

  /**
   * What a selection could not use: editions of the catalogue published after {@code after} and by
   * {@code until} that no release holds, and releases newer than the chosen one (and visible at
   * {@code until}) that cover the year but not every figure, or (partial releases) not the year or
   * the indicator at all.
   */
  private CouldNotUse couldNotUse(
      List<Release> candidates,
      List<Release> covering,
      Release chosen,
      LocalDate after,
      LocalDate until) {
    List<ReleaseRef> partly =
        covering.stream()
            .filter(r -> chosen == null || r.published().isAfter(chosen.published()))
            .filter(r -> until == null || !r.published().isAfter(until))
            .filter(r -> chosen == null || !r.id().equals(chosen.id()))
            .sorted(Comparator.comparing(Release::published))
            .map(Release::ref)
            .toList();
    List<ReleaseRef> lacking =
        candidates.stream()
            .filter(Release::partial)
            .filter(r -> !covering.contains(r))
            .filter(r -> chosen == null || r.published().isAfter(chosen.published()))
            .filter(r -> until == null || !r.published().isAfter(until))
            .max(Comparator.comparing(Release::published))
            .map(Release::ref)
            .stream()
            .toList();
    List<Edition> editions =
        candidates.isEmpty() || !candidates.get(0).dataset().equals(data.editions().dataset())
            ? List.of()
            : unheld.stream()
                .filter(e -> after == null || e.published().isAfter(after))
                .filter(e -> until == null || !e.published().isAfter(until))
                .toList();
    return new CouldNotUse(editions, partly, lacking);
  }

  /**
   * The countries whose figures a question needs: those the dataset ever gives the indicator for.
   */
  private Set<String> needed(
      List<Release> candidates, String indicator, Collection<String> countries) {
    Set<String> published =
        publishedCountries
            .getOrDefault(candidates.get(0).dataset(), Map.of())
            .getOrDefault(indicator, Set.of());
    Set<String> needed = new TreeSet<>(countries);
    needed.retainAll(published);
    return needed;
  }

  /**
   * Whether a release holds every figure a question needs. A partial release also holds them when
   * its holdings cover every needed cell and it has at least one of them: a blank inside what it
   * holds is the publisher's own blank (NATO's August 2025 edition printed no German 2025 figure),
   * so the country shows as without figures instead of the question going to a later release.
   */
  private boolean holdsAll(Release r, String indicator, int year, Set<String> needed) {
    Set<String> present = data.figures(r.id(), indicator, year).keySet();
    if (present.containsAll(needed)) {
      return true;
    }
    return r.partial()
        && needed.stream().anyMatch(present::contains)
        && needed.stream()
            .allMatch(c -> r.holdings().stream().anyMatch(h -> h.includes(indicator, year, c)));
  }
}
