package org.burdenshare.core.maps;

import java.util.List;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * A map's figures: for each year, one figure per ally that has one.
 *
 * @param metric what the figures are
 * @param years the years, oldest first
 */
public record AllyMap(MapMetric metric, List<Year> years) {
  public AllyMap {
    years = List.copyOf(years);
  }

  /**
   * One year of the map.
   *
   * @param release the release the year's figures come from
   * @param note what the reader should know about how the figures were made, or ""
   */
  public record Year(int year, ReleaseRef release, List<Area> areas, String note) {
    public Year {
      areas = List.copyOf(areas);
    }
  }

  /** One ally's figure in a year. */
  public record Area(String country, String name, double value, boolean estimate) {}
}
