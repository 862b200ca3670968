package org.burdenshare.core.measures;

import java.util.List;
import org.burdenshare.core.dataset.Observation;
import org.burdenshare.core.releases.CouldNotUse;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * Which members of a group are at or above a threshold of an indicator (2 % of GDP, 20 % on
 * equipment) in one year and release.
 *
 * @param decimals the precision at which figures were judged (the publisher's), or null when judged
 *     unrounded
 * @param count how many are at or above
 * @param noFigures members the release has no figure for
 */
public record GuidelineCheck(
    ReleaseRef release,
    String releaseChoice,
    CouldNotUse couldNotUse,
    int year,
    String indicator,
    String group,
    double threshold,
    Integer decimals,
    int count,
    int allies,
    List<Standing> atOrAbove,
    List<Standing> below,
    List<String> noFigures,
    List<Observation> evidence) {
  public GuidelineCheck {
    atOrAbove = List.copyOf(atOrAbove);
    below = List.copyOf(below);
    noFigures = List.copyOf(noFigures);
    evidence = List.copyOf(evidence);
  }
}
