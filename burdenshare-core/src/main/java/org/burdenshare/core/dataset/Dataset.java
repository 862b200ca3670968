package org.burdenshare.core.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import org.burdenshare.core.InvalidQueryException;
import org.burdenshare.core.Suggestions;
import org.burdenshare.core.allies.Countries;
import org.burdenshare.core.groups.Groups;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.Selection;

/**
 * An immutable snapshot of everything the product knows: releases, their observations, the
 * reference countries and groups. Indexed by release, indicator, year and country so that every
 * calculator is a cheap, pure function of it.
 */
public final class Dataset {
  /** Years outside this range cannot be asked about: NATO was founded in 1949. */
  public static final int FIRST_YEAR = 1949;

  public static final int LAST_YEAR = 2100;

  private final List<Release> releases;
  private final Map<String, Release> releasesById;
  private final Groups groups;
  // release -> indicator -> year -> country -> observation
  private final Map<String, Map<String, Map<Integer, Map<String, Observation>>>> index;
  // release -> indicator -> years that have at least one country's figure
  private final Map<String, Map<String, NavigableSet<Integer>>> coverage;
  private final int observationCount;

  /**
   * @param releases in order of precedence between datasets: when two datasets hold the same
   *     indicator, the dataset of the earlier release answers unless a release is named
   */
  public Dataset(List<Release> releases, Collection<Observation> observations, Groups groups) {
    this.releases = List.copyOf(releases);
    Map<String, Release> byId = new LinkedHashMap<>();
    releases.forEach(r -> byId.put(r.id(), r));
    this.releasesById = Map.copyOf(byId);
    this.groups = groups;
    Map<String, Map<String, Map<Integer, Map<String, Observation>>>> idx = new HashMap<>();
    Map<String, Map<String, NavigableSet<Integer>>> cov = new HashMap<>();
    Countries countries = groups.countries();
    for (Observation o : observations) {
      if (!byId.containsKey(o.release())) {
        throw new IllegalArgumentException("observation of unknown release " + o.release());
      }
      Observation previous =
          idx.computeIfAbsent(o.release(), k -> new HashMap<>())
              .computeIfAbsent(o.indicator(), k -> new HashMap<>())
              .computeIfAbsent(o.year(), k -> new HashMap<>())
              .put(o.country(), o);
      if (previous != null) {
        throw new IllegalArgumentException("two figures for one cell: " + o);
      }
      if (countries.contains(o.country())) {
        cov.computeIfAbsent(o.release(), k -> new HashMap<>())
            .computeIfAbsent(o.indicator(), k -> new TreeSet<>())
            .add(o.year());
      }
    }
    this.index = freeze(idx);
    Map<String, Map<String, NavigableSet<Integer>>> frozenCoverage = new HashMap<>();
    cov.forEach(
        (r, m) -> {
          Map<String, NavigableSet<Integer>> inner = new HashMap<>();
          m.forEach(
              (i, years) -> inner.put(i, java.util.Collections.unmodifiableNavigableSet(years)));
          frozenCoverage.put(r, Map.copyOf(inner));
        });
    this.coverage = Map.copyOf(frozenCoverage);
    this.observationCount = observations.size();
  }

  private static Map<String, Map<String, Map<Integer, Map<String, Observation>>>> freeze(
      Map<String, Map<String, Map<Integer, Map<String, Observation>>>> idx) {
    Map<String, Map<String, Map<Integer, Map<String, Observation>>>> out = new HashMap<>();
    idx.forEach(
        (r, byIndicator) -> {
          Map<String, Map<Integer, Map<String, Observation>>> ind = new HashMap<>();
          byIndicator.forEach(
              (i, byYear) -> {
                Map<Integer, Map<String, Observation>> years = new HashMap<>();
                byYear.forEach((y, byCountry) -> years.put(y, Map.copyOf(byCountry)));
                ind.put(i, Map.copyOf(years));
              });
          out.put(r, Map.copyOf(ind));
        });
    return Map.copyOf(out);
  }

  public List<Release> releases() {
    return releases;
  }

  public Groups groups() {
    return groups;
  }

  public Countries countries() {
    return groups.countries();
  }

  public int observationCount() {
    return observationCount;
  }

  /** The release with this id; an error that suggests close ids otherwise. */
  public Release release(String id) {
    Release r = releasesById.get(id);
    if (r == null) {
      List<String> close = Suggestions.closest(id, releasesById.keySet());
      throw new InvalidQueryException(
          "Unknown release '"
              + id
              + "'."
              + Suggestions.didYouMean(close)
              + " Known releases: "
              + String.join(", ", releasesById.keySet())
              + " (list them with 'burdenshare releases').",
          close);
    }
    return r;
  }

  /** The figure for one cell, if the release has it. */
  public Optional<Observation> find(String release, String indicator, int year, String country) {
    return Optional.ofNullable(figures(release, indicator, year).get(country));
  }

  /** All figures of a release for an indicator and year, by country (aggregates included). */
  public Map<String, Observation> figures(String release, String indicator, int year) {
    return index
        .getOrDefault(release, Map.of())
        .getOrDefault(indicator, Map.of())
        .getOrDefault(year, Map.of());
  }

  /** The years for which a release has at least one country's figure for an indicator. */
  public NavigableSet<Integer> years(String release, String indicator) {
    return coverage
        .getOrDefault(release, Map.of())
        .getOrDefault(indicator, java.util.Collections.emptyNavigableSet());
  }

  public boolean covers(String release, String indicator, int year) {
    return years(release, indicator).contains(year);
  }

  /** Every year any release covers for an indicator. */
  public NavigableSet<Integer> years(String indicator) {
    NavigableSet<Integer> all = new TreeSet<>();
    releases.forEach(r -> all.addAll(years(r.id(), indicator)));
    return all;
  }

  /**
   * Chooses the release that answers a question about one indicator and year.
   *
   * <p>Only releases of one dataset compete: the first dataset, in precedence order, that has the
   * indicator at all. A named release is used as it is. An as-of date sees only releases published
   * on or before it; when none of those covers the year, this says so (and names the earliest later
   * release that does) rather than silently using a later one.
   */
  public Selection select(String indicator, int year, ReleaseChoice choice) {
    Indicators.get(indicator);
    checkYear(year);
    if (choice instanceof ReleaseChoice.Named named) {
      Release r = release(named.releaseId());
      if (!covers(r.id(), indicator, year)) {
        NavigableSet<Integer> ys = years(r.id(), indicator);
        throw new InvalidQueryException(
            "Release "
                + r.id()
                + " has no figures for "
                + indicator
                + " in "
                + year
                + (ys.isEmpty()
                    ? "; it has no figures for that indicator at all."
                    : "; it covers " + span(ys) + "."));
      }
      return new Selection(r, indicator, year, "release " + r.id() + " as requested");
    }
    List<Release> candidates = candidates(indicator);
    List<Release> covering =
        candidates.stream().filter(r -> covers(r.id(), indicator, year)).toList();
    if (covering.isEmpty()) {
      NavigableSet<Integer> covered = new TreeSet<>();
      candidates.forEach(r -> covered.addAll(years(r.id(), indicator)));
      String elsewhere =
          releases.stream()
              .filter(r -> !candidates.contains(r) && covers(r.id(), indicator, year))
              .map(
                  r ->
                      " Release "
                          + r.id()
                          + " ("
                          + r.publisher()
                          + ") has it: ask with --release "
                          + r.id()
                          + ".")
              .findFirst()
              .orElse("");
      throw new InvalidQueryException(
          "No "
              + candidates.get(0).publisher()
              + " release covers "
              + year
              + " for "
              + indicator
              + "; they cover "
              + span(covered)
              + "."
              + elsewhere);
    }
    Comparator<Release> byDate = Comparator.comparing(Release::published);
    if (choice instanceof ReleaseChoice.AsOf asOf) {
      LocalDate date = asOf.date();
      Optional<Release> visible =
          covering.stream().filter(r -> !r.published().isAfter(date)).max(byDate);
      if (visible.isEmpty()) {
        Release earliest = covering.stream().min(byDate).orElseThrow();
        throw new InvalidQueryException(
            "No release published on or before "
                + date
                + " covers "
                + year
                + " for "
                + indicator
                + ". The earliest release that does is "
                + earliest.id()
                + " ("
                + earliest.title()
                + ", published "
                + earliest.published()
                + "); ask with --release "
                + earliest.id()
                + " or a later --as-of date.");
      }
      return new Selection(
          visible.get(),
          indicator,
          year,
          "newest release published on or before " + date + " that covers " + year);
    }
    Release newest = covering.stream().max(byDate).orElseThrow();
    return new Selection(newest, indicator, year, "newest release that covers " + year);
  }

  /**
   * The years a choice can answer for an indicator: those of the named release, or of the releases
   * visible at the as-of date, or of all releases. Used as the default span of a table.
   */
  public NavigableSet<Integer> answerableYears(String indicator, ReleaseChoice choice) {
    Indicators.get(indicator);
    if (choice instanceof ReleaseChoice.Named named) {
      return years(release(named.releaseId()).id(), indicator);
    }
    NavigableSet<Integer> all = new TreeSet<>();
    for (Release r : candidates(indicator)) {
      if (!(choice instanceof ReleaseChoice.AsOf asOf) || !r.published().isAfter(asOf.date())) {
        all.addAll(years(r.id(), indicator));
      }
    }
    return all;
  }

  /**
   * The releases that cover a year for an indicator, oldest first, among those that would answer it
   * (one dataset, see {@link #select}). Empty when none does.
   */
  public List<Release> covering(String indicator, int year) {
    Indicators.get(indicator);
    return candidates(indicator).stream()
        .filter(r -> covers(r.id(), indicator, year))
        .sorted(Comparator.comparing(Release::published))
        .toList();
  }

  /** Releases of the first dataset (in precedence order) that has the indicator. */
  private List<Release> candidates(String indicator) {
    for (Release r : releases) {
      if (!years(r.id(), indicator).isEmpty()) {
        return releases.stream().filter(x -> x.dataset().equals(r.dataset())).toList();
      }
    }
    throw new InvalidQueryException("No release has figures for " + indicator + ".");
  }

  /** Rejects years that no question can be about, before any release is consulted. */
  public static void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidQueryException(
          "Year "
              + year
              + " is out of range: expected a year from "
              + FIRST_YEAR
              + " (NATO's founding) to "
              + LAST_YEAR
              + ".");
    }
  }

  private static String span(NavigableSet<Integer> years) {
    if (years.isEmpty()) {
      return "no years";
    }
    List<String> parts = new ArrayList<>();
    int start = years.first();
    int prev = start;
    for (int y : years.tailSet(start, false)) {
      if (y != prev + 1) {
        parts.add(start == prev ? "" + start : start + "–" + prev);
        start = y;
      }
      prev = y;
    }
    parts.add(start == prev ? "" + start : start + "–" + prev);
    return String.join(", ", parts);
  }
}
