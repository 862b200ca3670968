package org.burdenshare.core.measures;

import java.util.List;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.CouldNotUse;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * Two groups' totals of one indicator in one year, from one release.
 *
 * @param ratio a ÷ b, or null when b is zero
 * @param difference a − b
 * @param releaseChoice why this release answers ("newest release published on or before …")
 */
public record Comparison(
    ReleaseRef release,
    String releaseChoice,
    CouldNotUse couldNotUse,
    int year,
    String indicator,
    String unit,
    GroupTotal a,
    GroupTotal b,
    Double ratio,
    double difference,
    List<Observation> evidence) {
  public Comparison {
    evidence = List.copyOf(evidence);
  }
}
