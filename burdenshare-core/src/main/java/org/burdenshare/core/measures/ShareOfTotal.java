package org.burdenshare.core.measures;

import java.util.List;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.CouldNotUse;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * A part's share of a whole's total of one indicator (the United States' share of NATO's defence
 * expenditure), from one release.
 *
 * @param percent part ÷ whole × 100
 */
public record ShareOfTotal(
    ReleaseRef release,
    String releaseChoice,
    CouldNotUse couldNotUse,
    int year,
    String indicator,
    String unit,
    GroupTotal part,
    GroupTotal whole,
    double percent,
    List<Observation> evidence) {
  public ShareOfTotal {
    evidence = List.copyOf(evidence);
  }
}
