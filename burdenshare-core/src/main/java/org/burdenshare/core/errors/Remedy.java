package org.burdenshare.core.errors;

/**
 * What would answer a question that could not be answered as asked, as data: each front end says it
 * in its own words (a flag on the command line, a parameter over the API, a choice on a page), so
 * that core's messages carry no front end's vocabulary.
 */
public sealed interface Remedy {
  /** Asking this release by its id would answer. */
  record UseRelease(String release) implements Remedy {}

  /** Asking one release for the whole series would give comparable figures. */
  record OneRelease() implements Remedy {}

  /** The list of releases says which ids exist. */
  record ListReleases() implements Remedy {}

  /**
   * How a front end says each remedy.
   *
   * @param useRelease the words for asking one release, given its id
   */
  record Words(
      java.util.function.Function<String, String> useRelease,
      String oneRelease,
      String listReleases) {}

  /** This remedy in a front end's words. */
  default String in(Words words) {
    if (this instanceof UseRelease u) {
      return words.useRelease().apply(u.release());
    }
    return this instanceof OneRelease ? words.oneRelease() : words.listReleases();
  }
}
