package org.burdenshare.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.Groups;
import org.burdenshare.core.releases.Definition;
import org.burdenshare.core.releases.Edition;
import org.burdenshare.core.releases.Editions;
import org.burdenshare.core.releases.Holding;
import org.burdenshare.core.releases.Provenance;
import org.burdenshare.core.releases.Release;

/** Reading the database into the in-memory snapshot the calculators answer from. */
final class SnapshotReader {
  private SnapshotReader() {}

  /** Every release, figure and edition in the database, with the reference groups. */
  static Figures read(Connection c, Groups reference, Manifest manifest)
      throws SQLException, JsonProcessingException {
    return parts(c, reference, manifest).figures();
  }

  /** What {@link #read} indexes: the database's releases, figures and editions as read. */
  static SnapshotParts parts(Connection c, Groups reference, Manifest manifest)
      throws SQLException, JsonProcessingException {
    {
      List<Release> releases = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT release_id, dataset, publisher, title, published, cutoff, url,"
                      + " attribution, licence, tables_json, decimals_json, notes_json, bundled,"
                      + " partial, holdings_json, definitions_json, source_file, source_bytes,"
                      + " content_sha256, source_address, retrieved_at, kept_file"
                      + " FROM releases ORDER BY bundled DESC, precedence, published")) {
        while (rs.next()) {
          releases.add(release(rs));
        }
      }
      List<Observation> observations = new ArrayList<>(16_384);
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT release_id, country_iso3, year, indicator, unit, value, is_estimate,"
                      + " source_table FROM observations")) {
        // Columns found by name once, then read by index: the loop runs for every figure.
        int release = rs.findColumn("release_id");
        int country = rs.findColumn("country_iso3");
        int year = rs.findColumn("year");
        int indicator = rs.findColumn("indicator");
        int unit = rs.findColumn("unit");
        int value = rs.findColumn("value");
        int estimate = rs.findColumn("is_estimate");
        int table = rs.findColumn("source_table");
        while (rs.next()) {
          observations.add(
              new Observation(
                  rs.getString(release).intern(),
                  rs.getString(country).intern(),
                  rs.getInt(year),
                  rs.getString(indicator).intern(),
                  rs.getString(unit).intern(),
                  rs.getDouble(value),
                  rs.getBoolean(estimate),
                  rs.getString(table).intern()));
        }
      }
      return new SnapshotParts(
          releases,
          observations,
          readEditions(c, manifest),
          PublisherChecks.read(c).orElse(null),
          reference);
    }
  }

  private static Release release(ResultSet rs) throws SQLException, JsonProcessingException {
    LocalDateTime retrieved = rs.getObject("retrieved_at", LocalDateTime.class);
    Long bytes = rs.getLong("source_bytes");
    if (rs.wasNull()) {
      bytes = null; // loaded before sizes were recorded
    }
    Provenance file =
        new Provenance(
            rs.getString("source_file"),
            bytes,
            rs.getString("content_sha256"),
            rs.getString("source_address"),
            retrieved == null ? null : retrieved.toInstant(ZoneOffset.UTC),
            rs.getString("kept_file"));
    return new Release(
        rs.getString("release_id"),
        rs.getString("dataset"),
        rs.getString("publisher"),
        rs.getString("title"),
        rs.getObject("published", LocalDate.class),
        rs.getObject("cutoff", LocalDate.class),
        rs.getString("url"),
        rs.getString("attribution"),
        rs.getString("licence"),
        ReleaseRows.JSON.readValue(
            rs.getString("tables_json"), new TypeReference<Map<String, String>>() {}),
        ReleaseRows.JSON.readValue(
            rs.getString("decimals_json"), new TypeReference<Map<String, Integer>>() {}),
        ReleaseRows.JSON.readValue(
            rs.getString("notes_json"), new TypeReference<List<String>>() {}),
        rs.getBoolean("bundled"),
        rs.getBoolean("partial"),
        ReleaseRows.JSON.readValue(
            rs.getString("holdings_json"), new TypeReference<List<Holding>>() {}),
        ReleaseRows.JSON.readValue(
            rs.getString("definitions_json"), new TypeReference<Map<String, Definition>>() {}),
        file);
  }

  /** The catalogue of the publisher's editions, as the bundled supplement lists them. */
  private static Editions readEditions(Connection c, Manifest manifest) throws SQLException {
    String dataset =
        manifest.supplements().stream()
            .filter(s -> s.table().equals("editions"))
            .map(Manifest.Supplement::dataset)
            .findFirst()
            .orElse("");
    List<Edition> all = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT kind, identifier, title, published, cutoff, estimate_years, url, source,"
                    + " confidence, bundled_as, notes FROM editions")) {
      while (rs.next()) {
        all.add(
            new Edition(
                rs.getString("kind"),
                rs.getString("identifier"),
                rs.getString("title"),
                rs.getObject("published", java.time.LocalDate.class),
                rs.getObject("cutoff", java.time.LocalDate.class),
                rs.getString("estimate_years"),
                rs.getString("url"),
                rs.getString("source"),
                rs.getString("confidence"),
                rs.getString("bundled_as"),
                rs.getString("notes")));
      }
    }
    return new Editions(dataset, all);
  }
}
