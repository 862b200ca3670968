package org.burdenshare.core.targets;

import java.util.List;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * Who meets one target in one year, since when, and for how many years in a row, judged at the
 * publisher's precision on one release.
 *
 * @param measurable false when no published figures measure the target; then allies is empty
 * @param definition what the release called the figures judged (null when not measurable)
 * @param summary the count in words, naming the measure and the release (null when not measurable)
 */
public record TargetStatus(
    Target target,
    int year,
    boolean measurable,
    ReleaseRef release,
    String releaseChoice,
    int count,
    int allies,
    List<AllyStatus> status,
    org.burdenshare.core.releases.Definition definition,
    String summary) {
  public TargetStatus {
    status = List.copyOf(status);
  }

  /**
   * @param since the first year of the current run of years at or above (null when below)
   * @param yearsInRow how many years in a row up to this one, as far back as the release goes
   * @param sinceStartOfRelease true when the run reaches back to the release's first year, so it
   *     may be longer
   */
  public record AllyStatus(
      String country,
      String name,
      Double value,
      boolean meets,
      Integer since,
      int yearsInRow,
      boolean sinceStartOfRelease,
      boolean estimate) {}
}
