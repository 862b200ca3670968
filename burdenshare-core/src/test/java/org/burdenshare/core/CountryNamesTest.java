package org.burdenshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.countries.Region;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.groups.Groups;
import org.junit.jupiter.api.Test;

/** A country is found by its name in any of the claim reader's seven languages, wherever named. */
class CountryNamesTest {
  static Country ally(String iso3, String name, String... aliases) {
    return new Country(
        iso3,
        name,
        LocalDate.of(1949, 4, 4),
        null,
        null,
        iso3.equals("USA") ? Region.NORTH_AMERICA : Region.EUROPE,
        true,
        List.of(aliases));
  }

  static final Countries COUNTRIES =
      new Countries(
          List.of(
              ally("USA", "United States", "US"),
              ally("DEU", "Germany"),
              ally("POL", "Poland"),
              ally("TUR", "Turkey", "Türkiye")));

  @Test
  void namesInTheOtherLanguagesAccentsAndCaseAside() {
    assertThat(COUNTRIES.find("Allemagne").map(Country::iso3)).hasValue("DEU");
    assertThat(COUNTRIES.find("niemcy").map(Country::iso3)).hasValue("DEU");
    assertThat(COUNTRIES.find("Estados Unidos").map(Country::iso3)).hasValue("USA");
    assertThat(COUNTRIES.find("Etats-Unis").map(Country::iso3)).hasValue("USA");
    assertThat(COUNTRIES.find("Polska").map(Country::iso3)).hasValue("POL");
    assertThat(COUNTRIES.find("turkiye").map(Country::iso3)).hasValue("TUR");
    assertThat(COUNTRIES.find("Atlantis")).isEmpty();
  }

  @Test
  void aMisspeltNameSuggestsTheEnglishName() {
    assertThat(COUNTRIES.closest("Germny")).containsExactly("Germany");
    assertThat(COUNTRIES.closest("Allemange")).containsExactly("Germany");
    assertThatThrownBy(() -> COUNTRIES.get("Polsak"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("Did you mean Poland?");
  }

  @Test
  void groupExpressionsTakeTheNamesToo() {
    Groups groups = new Groups(COUNTRIES, List.of());
    assertThat(groups.resolve("NATO-Estados Unidos", 2024).members())
        .containsExactly("DEU", "POL", "TUR");
    assertThat(groups.resolve("Allemagne+Niemcy+Polska", 2024).members())
        .containsExactly("DEU", "POL");
    assertThatThrownBy(() -> groups.resolve("NATO-Germny", 2024))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("'Germny' at column 6")
        .hasMessageContaining("Did you mean Germany?");
  }
}
