package org.burdenshare.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Writes the observations, each with its release's provenance, to CSV, JSON or Parquet. The file is
 * written beside its final name and moved into place when complete, so a failed export leaves no
 * half-written file.
 */
public final class Exporter {
  public static final List<String> FORMATS = List.of("csv", "json", "parquet");

  private static final String QUERY =
      """
      SELECT o.release_id, r.publisher, r.title AS release_title, r.published AS release_published,
             r.url AS release_url, o.country_iso3, coalesce(c.name, o.country_iso3) AS country_name,
             o.year, o.indicator, o.unit, o.value, o.is_estimate, o.source_table
      FROM observations o
      JOIN releases r USING (release_id)
      LEFT JOIN countries c ON c.iso3 = o.country_iso3
      %s
      ORDER BY r.published, o.release_id, o.indicator, o.country_iso3, o.year""";

  private Exporter() {}

  /**
   * @param release a release id to export alone, or null for all
   * @return the number of observations written
   */
  public static long export(Store store, String format, Path out, String release) {
    String f = format.toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(f)) {
      throw new StoreException(
          "Unknown export format '"
              + format
              + "': expected one of "
              + String.join(", ", FORMATS)
              + ".");
    }
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new StoreException(
          "Cannot write " + target + ": the directory " + parent + " does not exist.");
    }
    if (Files.isDirectory(target)) {
      throw new StoreException("Cannot write " + target + ": it is a directory; give a file name.");
    }
    Path partial = parent.resolve(target.getFileName() + ".partial");
    String where = release == null ? "" : "WHERE o.release_id = " + literal(release);
    String options =
        switch (f) {
          case "csv" -> "FORMAT csv, HEADER true";
          case "json" -> "FORMAT json, ARRAY true";
          default -> "FORMAT parquet";
        };
    try (Connection c = store.readOnlyConnection(new Properties());
        Statement st = c.createStatement()) {
      long rows;
      try (var rs = st.executeQuery("SELECT count(*) FROM observations o " + where)) {
        rs.next();
        rows = rs.getLong(1);
      }
      st.execute(
          "COPY ("
              + QUERY.formatted(where)
              + ") TO "
              + literal(partial.toString())
              + " ("
              + options
              + ")");
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return rows;
    } catch (SQLException | IOException e) {
      throw new StoreException(
          "Could not write " + target + ": " + e.getMessage() + ". Nothing was written.", e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException e) {
        // best effort
      }
    }
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
