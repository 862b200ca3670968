package org.burdenshare.core.countries;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A country of the reference table: an ally (it has a NATO accession date) or a country that groups
 * need (EU members outside NATO, for instance).
 *
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param name short English name
 * @param natoAccession the day it joined NATO, or null if it is not an ally
 * @param euAccession the day it joined the European Union, or null
 * @param euExit the day it left the European Union, or null
 * @param region where it lies
 * @param armedForces false for an ally without armed forces (Iceland): NATO publishes no defence
 *     figures for it, but it still counts as an ally
 * @param aliases other names people use for it ("US", "America", "Britain", "Türkiye")
 */
public record Country(
    String iso3,
    String name,
    LocalDate natoAccession,
    LocalDate euAccession,
    LocalDate euExit,
    Region region,
    boolean armedForces,
    List<String> aliases) {

  public Country {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    aliases = List.copyOf(aliases);
  }

  public boolean isAlly() {
    return natoAccession != null;
  }

  /**
   * Whether it counts as a NATO member in a year. NATO's own totals count an ally from the year it
   * joined (Finland, April 2023, is in the 2023 total), so any accession during the year counts.
   */
  public boolean natoMemberIn(int year) {
    return natoAccession != null && natoAccession.getYear() <= year;
  }

  /**
   * Whether it counts as an EU member in a year: joined in or before the year and not left in or
   * before it (the United Kingdom, which left on 31 January 2020, is not an EU member in 2020).
   */
  public boolean euMemberIn(int year) {
    return euAccession != null
        && euAccession.getYear() <= year
        && (euExit == null || euExit.getYear() > year);
  }
}
