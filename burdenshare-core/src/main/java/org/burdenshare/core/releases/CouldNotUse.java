package org.burdenshare.core.releases;

import java.util.ArrayList;
import java.util.List;

/**
 * What an answer "as published on a date" could not use: editions the publisher had put out by then
 * that are not in the database, releases in the database, newer than the one used, that hold only
 * part of what the question needs (partial releases), and partial releases, newer than the one
 * used, that hold nothing of it (NATO's August 2025 edition as bundled has no money tables). Any of
 * them may hold figures that differ from the ones shown.
 *
 * @param lacking the newest partial release published by the date (and newer than the one used)
 *     without a single figure of the indicator for the year, if any
 */
public record CouldNotUse(
    List<Edition> editions, List<ReleaseRef> releases, List<ReleaseRef> lacking) {
  public CouldNotUse {
    editions = List.copyOf(editions);
    releases = List.copyOf(releases);
    lacking = lacking == null ? List.of() : List.copyOf(lacking);
  }

  public CouldNotUse(List<Edition> editions, List<ReleaseRef> releases) {
    this(editions, releases, List.of());
  }

  public static CouldNotUse nothing() {
    return new CouldNotUse(List.of(), List.of(), List.of());
  }

  /** Whether anything could not be used (not named isEmpty: that would become a JSON field). */
  public boolean any() {
    return !editions.isEmpty() || !releases.isEmpty() || !lacking.isEmpty();
  }

  /** The caveat in words, or an empty string when there is none. */
  public String describe() {
    return describe(null);
  }

  /**
   * The caveat in words for a question about one indicator (its id, or null), or an empty string
   * when there is none.
   */
  public String describe(String indicator) {
    List<String> parts = new ArrayList<>();
    for (ReleaseRef r : lacking) {
      parts.add(
          "Release "
              + r.id()
              + " (published "
              + r.published()
              + "), published by then, holds only part of its edition: "
              + lacks(indicator)
              + "; the answer comes from the release that has them.");
    }
    for (ReleaseRef r : releases) {
      parts.add(
          "Release "
              + r.id()
              + ", published by then, holds only part of its edition and not these figures.");
    }
    if (!editions.isEmpty()) {
      parts.add(
          "Published by then but not in the database, and possibly different: "
              + String.join("; ", editions.stream().map(Edition::describe).toList())
              + ".");
    }
    return String.join(" ", parts);
  }

  private static String lacks(String indicator) {
    if (indicator == null) {
      return "it has none of these figures";
    }
    if (indicator.startsWith("defence_exp_") && !indicator.endsWith("per_capita_usd")) {
      return "it has no money tables (no " + indicator + ")";
    }
    if (indicator.startsWith("gdp_")) {
      return "it has no GDP tables (no " + indicator + ")";
    }
    return "it has no " + indicator + " figures for this year";
  }
}
