package org.burdenshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.maps.AllyMap;
import org.burdenshare.core.maps.MapMetric;
import org.burdenshare.core.questions.Burdenshare;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseChoice;
import org.junit.jupiter.api.Test;

/** A map's figures: as published, changes within one release, spending per head with its year. */
class AllyMapTest {
  private static final String CONSTANT = "defence_exp_constant_usd";
  private static final String CURRENT = "defence_exp_current_usd";

  /**
   * Release "a" (2020-06-01) prices 2014–2019 at one base year; release "b" (2024-06-01) prices
   * 2014–2023 at a later base year, every figure twice as high; population ("wb") runs to 2021.
   */
  static Figures data() {
    List<Release> releases =
        List.of(
            Fixture.release("a", "2020-06-01"),
            Fixture.release("b", "2024-06-01"),
            Fixture.release("wb", "2023-01-01"));
    List<Observation> obs = new ArrayList<>();
    for (Country c : Fixture.COUNTRIES) {
      if (!c.armedForces() || c.iso3().equals("AUT")) {
        continue;
      }
      double base = 100 + c.iso3().charAt(0);
      for (int y = 2014; y <= 2023; y++) {
        double real = base * (1 + 0.05 * (y - 2014)) + c.iso3().charAt(1);
        if (y <= 2019) {
          obs.add(
              new Observation("a", c.iso3(), y, CONSTANT, "million USD 2015", real, false, "T"));
          obs.add(new Observation("a", c.iso3(), y, CURRENT, "million USD", real, y == 2019, "T"));
        }
        obs.add(
            new Observation(
                "b", c.iso3(), y, CONSTANT, "million USD 2021", 2 * real, y > 2021, "T"));
        obs.add(new Observation("b", c.iso3(), y, CURRENT, "million USD", 3 * real, false, "T"));
        if (y <= 2021) {
          obs.add(
              new Observation("wb", c.iso3(), y, "population", "persons", 1e6 + y, false, "SP"));
        }
      }
    }
    return new Figures(releases, obs, Fixture.groups());
  }

  private static final Burdenshare ASK = new Burdenshare(new Engine(data()));

  private static AllyMap.Year year(AllyMap map, int y) {
    return map.years().stream().filter(x -> x.year() == y).findFirst().orElseThrow();
  }

  private static double value(AllyMap.Year y, String country) {
    return y.areas().stream()
        .filter(a -> a.country().equals(country))
        .findFirst()
        .orElseThrow()
        .value();
  }

  @Test
  void aChangeSinceTheBaseYearTakesBothYearsFromTheSameRelease() {
    Figures data = data();
    AllyMap asOf2021 = ASK.map("change", ReleaseChoice.asOf(LocalDate.of(2021, 1, 1)));
    AllyMap latest = ASK.map("change", ReleaseChoice.latest());
    assertThat(asOf2021.years())
        .extracting(AllyMap.Year::year)
        .containsExactly(2015, 2016, 2017, 2018, 2019);
    assertThat(latest.years()).extracting(AllyMap.Year::year).startsWith(2015).endsWith(2023);
    double a2019 = data.find("a", CONSTANT, 2019, "DEU").orElseThrow().value();
    double a2014 = data.find("a", CONSTANT, 2014, "DEU").orElseThrow().value();
    double b2023 = data.find("b", CONSTANT, 2023, "DEU").orElseThrow().value();
    assertThat(value(year(asOf2021, 2019), "DEU")).isCloseTo(100 * (a2019 / a2014 - 1), within());
    // the 2023 figure is in 2021 prices: against "a"'s 2014 figure it would read as +100 % more
    double b2014 = data.find("b", CONSTANT, 2014, "DEU").orElseThrow().value();
    assertThat(value(year(latest, 2023), "DEU"))
        .isCloseTo(100 * (b2023 / b2014 - 1), within())
        .isLessThan(100 * (b2023 / a2014 - 1) - 10);
    assertThat(year(latest, 2023).release().id()).isEqualTo("b");
    // estimates carry over: "b" estimates its constant-price figures after 2021
    assertThat(year(latest, 2023).areas()).allMatch(AllyMap.Area::estimate);
    assertThat(year(latest, 2020).areas()).noneMatch(AllyMap.Area::estimate);
  }

  @Test
  void spendingPerHeadUsesTheLatestPopulationYearAndSaysSo() {
    Figures data = data();
    AllyMap map = ASK.map("perhead", ReleaseChoice.latest());
    double spent = data.find("b", CURRENT, 2021, "POL").orElseThrow().value();
    assertThat(value(year(map, 2021), "POL")).isCloseTo(spent * 1e6 / (1e6 + 2021), within());
    assertThat(year(map, 2021).note()).contains("2021").doesNotContain("latest");
    double later = data.find("b", CURRENT, 2023, "POL").orElseThrow().value();
    assertThat(value(year(map, 2023), "POL")).isCloseTo(later * 1e6 / (1e6 + 2021), within());
    assertThat(year(map, 2023).note()).contains("2021 (the latest year its figures reach)");
  }

  @Test
  void sharesAreAsPublishedAndIcelandHasNone() {
    Figures fixture = Fixture.figures(3);
    AllyMap map = new Burdenshare(new Engine(fixture)).map(null, ReleaseChoice.latest());
    assertThat(map.metric()).isEqualTo(MapMetric.SHARE_OF_GDP);
    AllyMap.Year y2024 = year(map, 2024);
    assertThat(y2024.release().id()).isEqualTo("new");
    for (AllyMap.Area a : y2024.areas()) {
      Observation o = fixture.find("new", "share_of_gdp", 2024, a.country()).orElseThrow();
      assertThat(a.value()).isEqualTo(o.value());
      assertThat(a.estimate()).isEqualTo(o.estimate());
    }
    assertThat(y2024.areas()).hasSize(9); // the ten allies of 2024 but Iceland
    assertThatThrownBy(() -> ASK.map(null, ReleaseChoice.latest()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("No release has figures for share_of_gdp.");
    AllyMap spending = ASK.map("perhead", ReleaseChoice.latest());
    assertThat(year(spending, 2016).areas())
        .extracting(AllyMap.Area::country)
        // the allies of the year: Montenegro joined in 2017, Finland in 2023
        .containsExactlyInAnyOrder("CAN", "DEU", "EST", "FRA", "POL", "USA");
    assertThat(year(spending, 2023).areas())
        .extracting(AllyMap.Area::country)
        .contains("FIN", "MNE");
    assertThatThrownBy(() -> ASK.map("colour", ReleaseChoice.latest()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("Unknown map 'colour': expected one of share, change, perhead.");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
