package org.burdenshare.core.measures;

import java.util.List;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.CouldNotUse;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * The money gap of each member of a group to a target share of GDP in one year, and its total.
 *
 * @param unit the unit of the money figures ("million USD", current prices)
 * @param total the sum of the gaps
 * @param atOrAbove how many members already meet the target (judged at the publisher's precision)
 */
public record GapReport(
    ReleaseRef release,
    String releaseChoice,
    CouldNotUse couldNotUse,
    int year,
    String group,
    double target,
    String unit,
    double total,
    int atOrAbove,
    List<AllyGap> allies,
    List<String> noFigures,
    List<Observation> evidence) {
  public GapReport {
    allies = List.copyOf(allies);
    noFigures = List.copyOf(noFigures);
    evidence = List.copyOf(evidence);
  }
}
