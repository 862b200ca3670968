package org.burdenshare.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.burdenshare.core.allies.Countries;
import org.burdenshare.core.allies.Country;
import org.burdenshare.core.allies.Region;
import org.burdenshare.core.groups.GroupDefinition;
import org.burdenshare.core.groups.Groups;
import org.burdenshare.store.formats.CsvRows;

/**
 * The product's reference tables, bundled in the jar: countries with their accession dates, and the
 * named groups. They belong to the product, not to a release: a new version may add an ally.
 */
public final class ReferenceData {
  static final String COUNTRIES = "reference/countries.csv";
  static final String GROUPS = "reference/groups.csv";
  static final List<String> COUNTRY_HEADER =
      List.of(
          "iso3",
          "name",
          "nato_accession",
          "eu_accession",
          "eu_exit",
          "region",
          "armed_forces",
          "aliases");
  static final List<String> GROUP_HEADER = List.of("name", "description", "expression");

  private ReferenceData() {}

  /** The bundled countries and groups. */
  public static Groups load() {
    return parse(Resources.bytes(COUNTRIES), Resources.bytes(GROUPS));
  }

  static Groups parse(byte[] countriesCsv, byte[] groupsCsv) {
    List<Country> countries = new ArrayList<>();
    for (CsvRows.Row r : CsvRows.read(countriesCsv, COUNTRIES, COUNTRY_HEADER)) {
      countries.add(
          new Country(
              r.get("iso3"),
              r.get("name"),
              date(r, "nato_accession"),
              date(r, "eu_accession"),
              date(r, "eu_exit"),
              Region.valueOf(r.get("region").toUpperCase(Locale.ROOT)),
              Boolean.parseBoolean(r.get("armed_forces")),
              r.get("aliases").isEmpty()
                  ? List.of()
                  : Arrays.stream(r.get("aliases").split(";")).map(String::strip).toList()));
    }
    List<GroupDefinition> groups = new ArrayList<>();
    for (CsvRows.Row r : CsvRows.read(groupsCsv, GROUPS, GROUP_HEADER)) {
      groups.add(new GroupDefinition(r.get("name"), r.get("description"), r.get("expression")));
    }
    return new Groups(new Countries(countries), groups);
  }

  private static LocalDate date(CsvRows.Row r, String column) {
    String s = r.get(column);
    if (s.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      throw r.problem(column, "a date as YYYY-MM-DD");
    }
  }
}
