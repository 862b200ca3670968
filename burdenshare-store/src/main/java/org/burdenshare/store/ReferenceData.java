package org.burdenshare.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.countries.Region;
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

  static final String TARGETS = "reference/targets.csv";
  static final List<String> TARGET_HEADER =
      List.of(
          "id", "name", "indicator", "threshold", "summit", "agreed", "deadline", "kind", "note");

  private ReferenceData() {}

  /** The bundled guidelines and pledges, oldest first. */
  public static List<org.burdenshare.core.targets.Target> targets() {
    List<org.burdenshare.core.targets.Target> out = new ArrayList<>();
    for (CsvRows.Row r : CsvRows.read(Resources.bytes(TARGETS), TARGETS, TARGET_HEADER)) {
      out.add(
          new org.burdenshare.core.targets.Target(
              r.get("id"),
              r.get("name"),
              r.get("indicator").isEmpty() ? null : r.get("indicator"),
              Double.parseDouble(r.get("threshold")),
              r.get("summit"),
              date(r, "agreed"),
              r.get("deadline").isEmpty() ? null : Integer.valueOf(r.get("deadline")),
              r.get("kind"),
              r.get("note")));
    }
    return out;
  }

  /** The published common-funding cost shares (partial, secondary sources), as bundled. */
  public static List<org.burdenshare.core.costshares.CostShares.Published> publishedCostShares() {
    Bundle bundle = Bundle.load();
    List<org.burdenshare.core.costshares.CostShares.Published> out = new ArrayList<>();
    for (Manifest.Supplement s : bundle.manifest().supplements()) {
      if (!s.table().equals("common_funding_cost_shares")) {
        continue;
      }
      for (CsvRows.Row r : CsvRows.read(bundle.bytes(s), s.file(), Supplements.COST_SHARES)) {
        out.add(
            new org.burdenshare.core.costshares.CostShares.Published(
                Integer.parseInt(r.get("period_start")),
                Integer.parseInt(r.get("period_end")),
                r.get("country_iso3"),
                Double.parseDouble(r.get("civil_budget_pct")),
                r.get("source"),
                s.quality()));
      }
    }
    return out;
  }

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

  /** Replaces the reference tables of a database (countries, groups) with these. */
  static void replace(Connection c, Groups reference) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM countries");
      s.execute("DELETE FROM groups");
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO countries (iso3, name, nato_accession, eu_accession, eu_exit, region,"
                + " armed_forces, aliases) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Country k : reference.countries().all()) {
        p.setString(1, k.iso3());
        p.setString(2, k.name());
        p.setObject(3, k.natoAccession());
        p.setObject(4, k.euAccession());
        p.setObject(5, k.euExit());
        p.setString(6, k.region().name().toLowerCase(java.util.Locale.ROOT));
        p.setBoolean(7, k.armedForces());
        p.setString(8, String.join(";", k.aliases()));
        p.executeUpdate();
      }
    }
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO groups (name, description, expression) VALUES (?, ?, ?)")) {
      for (GroupDefinition g : reference.definitions()) {
        p.setString(1, g.name());
        p.setString(2, g.description());
        p.setString(3, g.expression());
        p.executeUpdate();
      }
    }
  }
}
