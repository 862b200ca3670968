package org.burdenshare.core.releases;

import java.util.ArrayList;
import java.util.List;

/**
 * What an answer "as published on a date" could not use: editions the publisher had put out by then
 * that are not in the database, and releases in the database, newer than the one used, that hold
 * only part of what the question needs (partial releases). Either may hold figures that differ from
 * the ones shown.
 */
public record CouldNotUse(List<Edition> editions, List<ReleaseRef> releases) {
  public CouldNotUse {
    editions = List.copyOf(editions);
    releases = List.copyOf(releases);
  }

  public static CouldNotUse nothing() {
    return new CouldNotUse(List.of(), List.of());
  }

  /** Whether anything could not be used (not named isEmpty: that would become a JSON field). */
  public boolean any() {
    return !editions.isEmpty() || !releases.isEmpty();
  }

  /** The caveat in words, or an empty string when there is none. */
  public String describe() {
    List<String> parts = new ArrayList<>();
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
}
