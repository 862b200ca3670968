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

  /** The text columns of the export, in its order; the others are dates, numbers and flags. */
  private static final List<String> COLUMNS =
      List.of(
          "release_id",
          "publisher",
          "release_title",
          "release_published",
          "release_url",
          "country_iso3",
          "country_name",
          "year",
          "indicator",
          "unit",
          "value",
          "is_estimate",
          "source_table");

  private static final java.util.Set<String> NOT_TEXT =
      java.util.Set.of("release_published", "year", "value", "is_estimate");

  /**
   * The columns as a spreadsheet will not run them (OWASP's rule against CSV injection, as {@code
   * Printer.csvCell} applies it): text that begins with = + - @, a tab or a carriage return gets a
   * leading {@code '}. JSON and Parquet keep the text as stored.
   */
  private static final String NEUTRALISED =
      String.join(
          ", ",
          COLUMNS.stream()
              .map(
                  c ->
                      NOT_TEXT.contains(c)
                          ? c
                          : "CASE WHEN regexp_matches("
                              + c
                              + ", '^[=+@\\t\\r-]') THEN '''' || "
                              + c
                              + " ELSE "
                              + c
                              + " END AS "
                              + c)
              .toList());

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
    String query = QUERY.formatted(where);
    if (f.equals("csv")) {
      query = "SELECT " + NEUTRALISED + " FROM (" + query + ")";
    }
    try (Connection c = store.readOnlyConnection(new Properties());
        Statement st = c.createStatement()) {
      long rows;
      try (var rs = st.executeQuery("SELECT count(*) AS figures FROM observations o " + where)) {
        rs.next();
        rows = rs.getLong("figures");
      }
      st.execute("COPY (" + query + ") TO " + literal(partial.toString()) + " (" + options + ")");
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      writeDataPackage(store, target, f, release);
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

  /** The columns of every export, with their types and meaning, for its data package. */
  private static final List<String[]> FIELDS =
      List.of(
          new String[] {"release_id", "string", "The release the figure belongs to."},
          new String[] {"publisher", "string", "Who published the release."},
          new String[] {"release_title", "string", "The release's own title."},
          new String[] {"release_published", "date", "When the release was published."},
          new String[] {"release_url", "string", "Where the publisher put it."},
          new String[] {"country_iso3", "string", "ISO 3166-1 alpha-3 code, or an aggregate."},
          new String[] {"country_name", "string", "The country's name."},
          new String[] {"year", "integer", "The year the figure is for."},
          new String[] {"indicator", "string", "What is measured (burdenshare indicators)."},
          new String[] {"unit", "string", "The unit as published, price base included."},
          new String[] {"value", "number", "The figure as published, unrounded."},
          new String[] {"is_estimate", "boolean", "Whether the publisher marks it an estimate."},
          new String[] {"source_table", "string", "The table or column it comes from."});

  /**
   * A Frictionless Data Package descriptor beside the export ({@code NAME.datapackage.json}): the
   * fields, and for every release exported its publisher, title, date, licence and attribution, so
   * that a downloaded file keeps its provenance.
   */
  private static void writeDataPackage(Store store, Path target, String format, String release)
      throws IOException {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var pkg = json.createObjectNode();
    String file = target.getFileName().toString();
    pkg.put("name", "burdenshare-figures");
    pkg.put("title", "Defence expenditure figures exported by burdenshare, with their releases");
    var resource = pkg.putArray("resources").addObject();
    resource.put("name", "figures");
    resource.put("path", file);
    resource.put("format", format);
    var fields = resource.putObject("schema").putArray("fields");
    for (String[] f : FIELDS) {
      fields.addObject().put("name", f[0]).put("type", f[1]).put("description", f[2]);
    }
    var sources = pkg.putArray("sources");
    var licenses = new java.util.LinkedHashSet<String>();
    for (var r : store.snapshot().releases()) {
      if (release != null && !r.id().equals(release)) {
        continue;
      }
      sources
          .addObject()
          .put("title", r.title())
          .put("release_id", r.id())
          .put("publisher", r.publisher())
          .put("published", r.published().toString())
          .put("path", r.url())
          .put("licence", r.licence())
          .put("attribution", r.attribution());
      licenses.add(r.licence());
    }
    var lic = pkg.putArray("licenses");
    licenses.forEach(l -> lic.addObject().put("title", l));
    json.writerWithDefaultPrettyPrinter().writeValue(dataPackageOf(target).toFile(), pkg);
  }

  /**
   * Where the data package of an export goes: {@code figures.parquet} → {@code
   * figures.datapackage.json}.
   */
  public static Path dataPackageOf(Path export) {
    String file = export.getFileName().toString();
    String stem = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
    return export.toAbsolutePath().resolveSibling(stem + ".datapackage.json");
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
