package org.burdenshare.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * What a database file holds, as far as deciding whether it is current goes: each release's content
 * hash and whether it was bundled, and the meta table (schema version, the hashes of the manifest,
 * reference data and supplements it was built from). Reading it refuses, with what to do, a file
 * that is not burdenshare's, is damaged, or was written by a newer version.
 */
record StoredState(
    Map<String, String> releaseHashes, Map<String, Boolean> bundled, Map<String, String> meta) {

  static StoredState read(Connection c, Path file) throws SQLException {
    Map<String, String> meta = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet tables =
            s.executeQuery(
                "SELECT count(*) AS tables FROM information_schema.tables WHERE table_name = 'meta'")) {
      tables.next();
      if (tables.getInt("tables") == 0) {
        throw new StoreException(
            file
                + " is a DuckDB database, but not one of burdenshare (it has no burdenshare"
                + " schema). Move it away or choose another --data-dir.");
      }
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT key, value FROM meta")) {
      while (rs.next()) {
        meta.put(rs.getString("key"), rs.getString("value"));
      }
    }
    int version;
    try {
      version = Integer.parseInt(meta.getOrDefault("schema_version", "?"));
    } catch (NumberFormatException e) {
      throw new StoreException(
          file
              + " has no readable schema version: it is damaged. Move it away and burdenshare will build a new one.");
    }
    if (version > Schema.VERSION) {
      throw new StoreException(
          file
              + " was written by a newer burdenshare (schema "
              + version
              + "); this version reads schema "
              + Schema.VERSION
              + ". Upgrade burdenshare, or choose another --data-dir.");
    }
    if (version < 1) {
      throw new StoreException(
          file
              + " uses schema "
              + version
              + ", which this version cannot migrate. Move it away and burdenshare will build a"
              + " new one.");
    }
    Map<String, String> hashes = new HashMap<>();
    Map<String, Boolean> bundled = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT release_id, content_sha256, bundled FROM releases")) {
      while (rs.next()) {
        hashes.put(rs.getString("release_id"), rs.getString("content_sha256"));
        bundled.put(rs.getString("release_id"), rs.getBoolean("bundled"));
      }
    }
    return new StoredState(hashes, bundled, meta);
  }
}
