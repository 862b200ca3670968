package org.burdenshare.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.countries.Region;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.GroupDefinition;
import org.burdenshare.core.groups.Groups;
import org.burdenshare.core.releases.Release;

/** A small alliance and made-up releases, so that core is tested without files or a database. */
final class Fixture {
  private Fixture() {}

  static Country ally(String iso3, String joined, boolean eu, boolean forces, String... aliases) {
    return new Country(
        iso3,
        "Name of " + iso3,
        LocalDate.parse(joined),
        eu ? LocalDate.of(1958, 1, 1) : null,
        null,
        iso3.equals("USA") || iso3.equals("CAN") ? Region.NORTH_AMERICA : Region.EUROPE,
        forces,
        List.of(aliases));
  }

  static final List<Country> COUNTRIES =
      List.of(
          ally("USA", "1949-04-04", false, true, "US", "America"),
          ally("CAN", "1949-04-04", false, true),
          ally("ISL", "1949-04-04", false, false),
          ally("DEU", "1955-05-06", true, true, "Germany"),
          ally("FRA", "1949-04-04", true, true),
          ally("POL", "1999-03-12", true, true),
          ally("EST", "2004-03-29", true, true),
          ally("MNE", "2017-06-05", false, true),
          ally("FIN", "2023-04-04", true, true),
          ally("SWE", "2024-03-07", true, true),
          new Country(
              "AUT",
              "Austria",
              null,
              LocalDate.of(1995, 1, 1),
              null,
              Region.EUROPE,
              true,
              List.of()));

  static Groups groups() {
    return new Groups(
        new Countries(COUNTRIES),
        List.of(
            new GroupDefinition("NATO_EUROPE_CANADA", "all but the US", "NATO-USA"),
            new GroupDefinition("NORDIC", "two Nordics", "FIN+SWE")));
  }

  static Release release(String id, String published) {
    return release(id, published, Map.of());
  }

  /** A release that says what its tables were called. */
  static Release release(
      String id,
      String published,
      Map<String, org.burdenshare.core.releases.Definition> definitions) {
    return new Release(
        id,
        "test-dataset",
        "Test publisher",
        "Release " + id,
        LocalDate.parse(published),
        null,
        "https://example.org/" + id,
        "test",
        "test",
        Map.of(),
        Map.of("share_of_gdp", 2),
        List.of(),
        true,
        false,
        List.of(),
        definitions);
  }

  /**
   * Two releases: "old" (2018-06-01) covers 2015-2018, "new" (2024-06-01) covers 2015-2024 with
   * revised figures. Every ally but Iceland has defence expenditure and a share of GDP.
   */
  static Figures figures(long seed) {
    Random random = new Random(seed);
    List<Release> releases = List.of(release("old", "2018-06-01"), release("new", "2024-06-01"));
    List<Observation> obs = new ArrayList<>();
    for (Release r : releases) {
      int last = r.id().equals("old") ? 2018 : 2024;
      for (int year = 2015; year <= last; year++) {
        for (Country c : COUNTRIES) {
          if (!c.armedForces()) {
            continue;
          }
          boolean estimate = year >= last - 1;
          obs.add(
              new Observation(
                  r.id(),
                  c.iso3(),
                  year,
                  "defence_exp_current_usd",
                  "million USD",
                  Math.round(random.nextDouble() * 1e6) / 10.0,
                  estimate,
                  "T2"));
          obs.add(
              new Observation(
                  r.id(),
                  c.iso3(),
                  year,
                  "share_of_gdp",
                  "percent",
                  Math.round(random.nextDouble() * 500) / 100.0,
                  estimate,
                  "T3"));
          obs.add(
              new Observation(
                  r.id(),
                  c.iso3(),
                  year,
                  "defence_exp_national_currency",
                  c.iso3().equals("USA") ? "million USD" : "million EUR",
                  random.nextDouble() * 1e5,
                  estimate,
                  "T1"));
        }
      }
    }
    return new Figures(releases, obs, groups());
  }
}
