package org.burdenshare.core.releases;

import java.util.List;

/**
 * One block of figures a partial release holds: these indicators, for these years, for these
 * countries (all the allies the publisher gives figures for, when {@code countries} is empty).
 */
public record Holding(List<String> indicators, int fromYear, int toYear, List<String> countries) {
  public Holding {
    indicators = List.copyOf(indicators);
    countries = countries == null ? List.of() : List.copyOf(countries);
    if (fromYear > toYear) {
      throw new IllegalArgumentException("holding years run backwards: " + fromYear + "-" + toYear);
    }
  }

  public boolean includes(String indicator, int year, String country) {
    return indicators.contains(indicator)
        && year >= fromYear
        && year <= toYear
        && (countries.isEmpty() || countries.contains(country));
  }

  /** "share_of_gdp for 2023, every ally" or "… for 2014–2023, GBR". */
  public String describe() {
    return String.join(", ", indicators)
        + " for "
        + (fromYear == toYear ? "" + fromYear : fromYear + "–" + toYear)
        + ", "
        + (countries.isEmpty() ? "every ally" : String.join(", ", countries));
  }
}
