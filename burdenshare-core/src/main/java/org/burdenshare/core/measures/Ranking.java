package org.burdenshare.core.measures;

import java.util.List;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.CouldNotUse;
import org.burdenshare.core.releases.ReleaseRef;

/** The members of a group ranked by one indicator, highest first. */
public record Ranking(
    ReleaseRef release,
    String releaseChoice,
    CouldNotUse couldNotUse,
    int year,
    String indicator,
    String unit,
    String group,
    List<Ranked> rows,
    List<String> noFigures,
    List<Observation> evidence) {
  public Ranking {
    rows = List.copyOf(rows);
    noFigures = List.copyOf(noFigures);
    evidence = List.copyOf(evidence);
  }

  /** One place in the ranking; equal figures share a rank. */
  public record Ranked(int rank, String country, String name, double value, boolean estimate) {}
}
