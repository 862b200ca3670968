package org.burdenshare.server.pages;

import java.util.List;

/**
 * A map of the allies with a year slider: the chart holds every year's figures, so moving the
 * slider redraws it without asking the server.
 *
 * @param id the map's element id
 * @param metric what it shows ("share", "change", "perhead")
 * @param years the years it holds, oldest first
 * @param year the year shown first
 */
public record MapView(String id, String metric, List<Integer> years, int year, Chart chart) {
  public MapView {
    years = List.copyOf(years);
  }

  public int first() {
    return years.get(0);
  }

  public int last() {
    return years.get(years.size() - 1);
  }
}
