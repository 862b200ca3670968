package org.burdenshare.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.burdenshare.store.formats.CsvRows;

/**
 * Bundled files that are no release of observations: NATO's common-funding cost shares and budget
 * sizes, partial and from secondary sources, and the catalogue of NATO's editions. Each row is
 * stored with that quality label so that no answer can show these figures without it.
 */
final class Supplements {
  static final List<String> COST_SHARES =
      List.of(
          "period_start",
          "period_end",
          "country_iso3",
          "country_name",
          "civil_budget_pct",
          "military_budget_pct",
          "nsip_pct",
          "source");
  static final List<String> EDITIONS =
      List.of(
          "kind",
          "identifier",
          "title",
          "published",
          "cutoff",
          "estimate_years",
          "url",
          "source",
          "confidence",
          "bundled_as",
          "notes");
  private static final List<String> BUDGETS =
      List.of("year", "budget", "amount", "currency", "source");

  private Supplements() {}

  static void replace(Connection c, Manifest.Supplement s, byte[] content) throws SQLException {
    List<String> header =
        switch (s.table()) {
          case "common_funding_cost_shares" -> COST_SHARES;
          case "common_funding_budgets" -> BUDGETS;
          case "editions" -> EDITIONS;
          default -> throw new IllegalStateException("unknown supplement table " + s.table());
        };
    List<CsvRows.Row> rows = CsvRows.read(content, s.file(), header);
    try (Statement st = c.createStatement()) {
      st.execute("DELETE FROM " + s.table());
    }
    // The file's header names the table's columns (checked by CsvRows.read); quality comes last.
    String columns = String.join(", ", header) + ", quality";
    String marks = "?, ".repeat(header.size()) + "?";
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO " + s.table() + " (" + columns + ") VALUES (" + marks + ")")) {
      for (CsvRows.Row r : rows) {
        for (int i = 0; i < header.size(); i++) {
          String v = r.get(header.get(i));
          p.setObject(i + 1, v.isEmpty() ? null : v);
        }
        p.setString(header.size() + 1, s.quality());
        p.executeUpdate();
      }
    }
  }
}
