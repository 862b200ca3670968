package org.burdenshare.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.burdenshare.core.releases.PublisherCheck;

/**
 * The last look at the publishers' pages, kept in the database's {@code meta} table (as JSON) so
 * that the dashboard, which reads the database, can say when it was and what it found.
 */
final class PublisherChecks {
  static final String KEY = "publisher_check";

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private PublisherChecks() {}

  static Optional<PublisherCheck> read(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      p.setString(1, KEY);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(JSON.readValue(rs.getString("value"), PublisherCheck.class));
      } catch (JsonProcessingException e) {
        return Optional.empty(); // a damaged note of a past check is no reason not to answer
      }
    }
  }

  static void write(Connection c, PublisherCheck check) throws SQLException {
    try {
      ReleaseRows.upsertMeta(c, KEY, JSON.writeValueAsString(check));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A check that cannot be written as JSON: " + check, e);
    }
  }
}
