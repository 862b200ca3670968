package org.burdenshare.core.measures;

import java.util.List;

/**
 * A group's total of one indicator in one year and release.
 *
 * @param group the expression as asked ("NATO-USA")
 * @param total the sum over the members that have figures
 * @param allies all members of the group in that year (ISO3)
 * @param alliesWithoutFigures the members for which the release publishes no figure (Iceland)
 * @param estimate whether any figure in the total is an estimate
 */
public record GroupTotal(
    String group,
    double total,
    List<String> allies,
    List<String> alliesWithoutFigures,
    boolean estimate) {
  public GroupTotal {
    allies = List.copyOf(allies);
    alliesWithoutFigures = List.copyOf(alliesWithoutFigures);
  }

  /** How many members contributed a figure to the total. */
  public int alliesWithFigures() {
    return allies.size() - alliesWithoutFigures.size();
  }
}
