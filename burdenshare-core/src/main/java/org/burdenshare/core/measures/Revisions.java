package org.burdenshare.core.measures;

import java.util.List;
import org.burdenshare.core.dataset.Observation;

/**
 * One country's figures of one indicator as each release published them: the same year differs
 * between releases through revisions, and estimates become outturns.
 *
 * @param byRelease for each release that has the indicator for the country, oldest first, its
 *     figures by year
 */
public record Revisions(
    String country, String name, String indicator, List<ReleaseSeries> byRelease) {
  public Revisions {
    byRelease = List.copyOf(byRelease);
  }

  /** One release's figures for the country, in year order. */
  public record ReleaseSeries(
      org.burdenshare.core.releases.ReleaseRef release, List<Observation> figures) {
    public ReleaseSeries {
      figures = List.copyOf(figures);
    }
  }
}
