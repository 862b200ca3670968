package org.burdenshare.core.releases;

/**
 * The release chosen to answer a question about one indicator and year, with the reason in words
 * ("newest release in the database published on or before 2019-11-28 that holds these figures").
 *
 * @param later whether the release was published after the as-of date, because no release published
 *     by then holds the figures
 * @param couldNotUse what was published by the as-of date but could not be used
 */
public record Selection(
    Release release,
    String indicator,
    int year,
    String reason,
    boolean later,
    CouldNotUse couldNotUse) {

  public Selection(Release release, String indicator, int year, String reason) {
    this(release, indicator, year, reason, false, CouldNotUse.nothing());
  }

  /** Why this release answers, followed by what could not be used: the words every answer shows. */
  public String releaseChoice() {
    return !couldNotUse.any() ? reason : reason + ". " + couldNotUse.describe(indicator);
  }
}
