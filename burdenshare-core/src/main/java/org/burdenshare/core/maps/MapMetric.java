package org.burdenshare.core.maps;

import java.util.Arrays;
import java.util.List;
import org.burdenshare.core.errors.InvalidQueryException;

/** What a map of the allies can show. */
public enum MapMetric {
  SHARE_OF_GDP("share", "Defence expenditure as a share of GDP", "% of GDP"),
  REAL_CHANGE(
      "change",
      "Real change in defence expenditure since " + MapMetric.BASE_YEAR,
      "% since " + MapMetric.BASE_YEAR + ", constant prices"),
  PER_HEAD("perhead", "Defence expenditure per head", "USD per person, current prices");

  /** The year of the Wales pledge, from which NATO's own tables count changes. */
  public static final int BASE_YEAR = 2014;

  private final String id;
  private final String title;
  private final String unit;

  MapMetric(String id, String title, String unit) {
    this.id = id;
    this.title = title;
    this.unit = unit;
  }

  /** The short name used in addresses: share, change, perhead. */
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String unit() {
    return unit;
  }

  public static MapMetric of(String id) {
    return Arrays.stream(values())
        .filter(m -> m.id.equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidQueryException(
                    "Unknown map '" + id + "': expected one of " + String.join(", ", ids()) + "."));
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(MapMetric::id).toList();
  }
}
