package org.burdenshare.core.measures;

import java.util.List;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.Comparability;
import org.burdenshare.core.releases.Definition;

/**
 * One country's figures of one indicator as each release published them: the same year differs
 * between releases through revisions, and estimates become outturns.
 *
 * @param byRelease for each release that has the indicator for the country, oldest first, its
 *     figures by year and what the release called them
 * @param wording for each release after the first, how its wording compares with the one before: a
 *     difference is a revision only where the two name the same measure in the same table
 */
public record Revisions(
    String country,
    String name,
    String indicator,
    List<ReleaseSeries> byRelease,
    List<Comparability> wording) {
  public Revisions {
    byRelease = List.copyOf(byRelease);
    wording = List.copyOf(wording);
  }

  /** One release's figures for the country, in year order, and the publisher's wording. */
  public record ReleaseSeries(
      org.burdenshare.core.releases.ReleaseRef release,
      Definition definition,
      List<Observation> figures) {
    public ReleaseSeries {
      figures = List.copyOf(figures);
    }
  }
}
