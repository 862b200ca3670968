package org.burdenshare.core;

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
}
