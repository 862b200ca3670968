package org.burdenshare.core.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.errors.Remedy;
import org.burdenshare.core.errors.Suggestions;
import org.burdenshare.core.groups.Groups;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.Editions;
import org.burdenshare.core.releases.PublisherCheck;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.Selection;

/**
 * An immutable snapshot of everything the product knows: releases, their observations, the
 * reference countries and groups. Indexed by release, indicator, year and country so that every
 * calculator is a cheap, pure function of it.
 *
 * <p>The release rule (which release answers a question as of a date, and what the publisher had
 * put out by then that could not be used) is {@link ReleaseSelector}'s, over these indexes.
 */
public final class Figures {
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
  private final Editions editions;
  private final long fingerprint;
  private final PublisherCheck lastCheck;
  // which release answers a question, with what it worked out once from all of them: the countries
  // each dataset gives each indicator for, and the catalogue's editions no release holds
  private final ReleaseSelector selector;

  /**
   * @param releases in order of precedence between datasets: when two datasets hold the same
   *     indicator, the dataset of the earlier release answers unless a release is named
   */
  public Figures(List<Release> releases, Collection<Observation> observations, Groups groups) {
    this(releases, observations, groups, Editions.none());
  }

  /**
   * @param releases as above
   * @param editions the catalogue of the publisher's editions, bundled or not
   */
  public Figures(
      List<Release> releases,
      Collection<Observation> observations,
      Groups groups,
      Editions editions) {
    this(releases, observations, groups, editions, null);
  }

  /**
   * @param releases as above
   * @param editions as above
   * @param lastCheck the last look at the publishers' pages for new editions, or null if none
   */
  public Figures(
      List<Release> releases,
      Collection<Observation> observations,
      Groups groups,
      Editions editions,
      PublisherCheck lastCheck) {
    this.editions = Objects.requireNonNull(editions);
    this.lastCheck = lastCheck;
    this.releases = List.copyOf(releases);
    Map<String, Release> byId = new LinkedHashMap<>();
    releases.forEach(r -> byId.put(r.id(), r));
    this.releasesById = Map.copyOf(byId);
    this.groups = groups;
    Map<String, Map<String, Map<Integer, Map<String, Observation>>>> idx = new HashMap<>();
    Map<String, Map<String, NavigableSet<Integer>>> cov = new HashMap<>();
    Map<String, Map<String, Set<String>>> held = new HashMap<>();
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
        held.computeIfAbsent(o.release(), k -> new HashMap<>())
            .computeIfAbsent(o.indicator(), k -> new HashSet<>())
            .add(o.country());
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
    this.fingerprint =
        fingerprint(releases, observations)
            + (lastCheck == null ? 0 : mix(text(CanonicalText.of(lastCheck))));
    Map<String, Map<String, Set<String>>> published = new HashMap<>();
    held.forEach(
        (release, byIndicator) ->
            byIndicator.forEach(
                (indicator, countriesOf) ->
                    published
                        .computeIfAbsent(byId.get(release).dataset(), k -> new HashMap<>())
                        .computeIfAbsent(indicator, k -> new HashSet<>())
                        .addAll(countriesOf)));
    this.selector = new ReleaseSelector(this, published, editions.notHeld(releases, null, null));
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

  /**
   * A 64-bit digest of every figure and every release's metadata, the same whatever the order they
   * were read in: two snapshots with the same figures have the same fingerprint, and a corrected
   * figure changes it (answer caches and ETags are keyed by it).
   */
  public long fingerprint() {
    return fingerprint;
  }

  private static long fingerprint(List<Release> releases, Collection<Observation> observations) {
    long sum = observations.size();
    for (Observation o : observations) {
      long h = text(o.release());
      h = h * 31 + text(o.country());
      h = h * 31 + o.year();
      h = h * 31 + text(o.indicator());
      h = h * 31 + text(o.unit());
      h = h * 31 + Double.doubleToLongBits(o.value());
      h = h * 31 + (o.estimate() ? 1 : 2);
      sum += mix(h); // a sum, so that the order of reading does not matter
    }
    for (Release r : releases) {
      sum += mix(text(CanonicalText.of(r))); // not toString(): its maps' order varies by run
    }
    return mix(sum);
  }

  /** FNV-1a over a string's characters: 64 bits, where String.hashCode has 32. */
  private static long text(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** The SplitMix64 finaliser: every input bit affects every output bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
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
              + ".",
          close,
          new Remedy.ListReleases());
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
   * Chooses the release that answers a question about one indicator and year for the allies of that
   * year (the whole alliance); see {@link #select(String, int, Collection, ReleaseChoice)}.
   */
  public Selection select(String indicator, int year, ReleaseChoice choice) {
    checkYear(year);
    return select(indicator, year, groups.resolve("NATO", year).members(), choice);
  }

  /**
   * Chooses the release that answers a question about one indicator and year for some countries.
   *
   * <p>Only releases of one dataset compete: the first dataset, in precedence order, that has the
   * indicator at all. A named release is used as it is. Otherwise a release answers only if it
   * holds every figure the question needs: the indicator in that year for each country that any
   * release of the dataset gives that indicator for (Iceland, which publishes no defence figures,
   * is never needed). A partial release thus answers only within what it holds. When no release
   * holds all of them, the ones that hold some answer, and the missing countries show as without
   * figures.
   *
   * <p>An as-of date sees only releases published on or before it; the newest of them answers. When
   * none of those holds the figures, the earliest later release answers and the selection says so
   * ({@link Selection#later()}). Either way the selection names what the publisher had put out by
   * that date that could not be used: editions of the catalogue that are not in the database, and
   * newer releases that hold only part of the figures.
   */
  public Selection select(
      String indicator, int year, Collection<String> countries, ReleaseChoice choice) {
    return selector.select(indicator, year, countries, choice);
  }

  /** The catalogue of the publisher's editions, bundled or not. */
  public Editions editions() {
    return editions;
  }

  /** The last look at the publishers' pages for editions not held yet, if there was one. */
  public Optional<PublisherCheck> lastCheck() {
    return Optional.ofNullable(lastCheck);
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
  List<Release> candidates(String indicator) {
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

  static String span(NavigableSet<Integer> years) {
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
