package org.burdenshare.store;

import java.util.List;

/**
 * The database schema. Bump {@link #VERSION} with every change and teach {@link Store} to migrate.
 */
final class Schema {
  /**
   * 1: releases and observations. 2: footnotes and per-figure flags of imported releases. 3:
   * partial releases (what they hold), what each release called its indicators, and the catalogue
   * of the publisher's editions. 4: the size, address, download date and kept copy of the file a
   * release was read from.
   */
  static final int VERSION = 4;

  private Schema() {}

  static final List<String> CREATE =
      List.of(
          "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
          """
          CREATE TABLE IF NOT EXISTS releases (
            release_id VARCHAR PRIMARY KEY,
            dataset VARCHAR NOT NULL,
            publisher VARCHAR NOT NULL,
            title VARCHAR NOT NULL,
            published DATE NOT NULL,
            cutoff DATE,
            url VARCHAR,
            attribution VARCHAR,
            licence VARCHAR,
            label VARCHAR,
            tables_json VARCHAR NOT NULL,
            decimals_json VARCHAR NOT NULL,
            notes_json VARCHAR NOT NULL,
            bundled BOOLEAN NOT NULL,
            precedence INTEGER NOT NULL,
            source_file VARCHAR,
            content_sha256 VARCHAR NOT NULL,
            sources_text VARCHAR,
            loaded_at TIMESTAMP NOT NULL,
            partial BOOLEAN DEFAULT false,
            holdings_json VARCHAR DEFAULT '[]',
            definitions_json VARCHAR DEFAULT '{}',
            source_bytes BIGINT,
            source_address VARCHAR,
            retrieved_at TIMESTAMP,
            kept_file VARCHAR
          )""",
          // Schema 2 -> 3: the columns above, added to an existing table (a no-op on a new one).
          // (DuckDB cannot add a NOT NULL column with IF NOT EXISTS; the defaults fill old rows.)
          "ALTER TABLE releases ADD COLUMN IF NOT EXISTS partial BOOLEAN DEFAULT false",
          "ALTER TABLE releases ADD COLUMN IF NOT EXISTS holdings_json VARCHAR DEFAULT '[]'",
          "ALTER TABLE releases ADD COLUMN IF NOT EXISTS definitions_json VARCHAR DEFAULT '{}'",
          // Schema 3 -> 4: where the file came from (null for releases loaded before).
          "ALTER TABLE releases ADD COLUMN IF NOT EXISTS source_bytes BIGINT",
          "ALTER TABLE releases ADD COLUMN IF NOT EXISTS source_address VARCHAR",
          "ALTER TABLE releases ADD COLUMN IF NOT EXISTS retrieved_at TIMESTAMP",
          "ALTER TABLE releases ADD COLUMN IF NOT EXISTS kept_file VARCHAR",
          """
          CREATE TABLE IF NOT EXISTS observations (
            release_id VARCHAR NOT NULL,
            country_iso3 VARCHAR NOT NULL,
            year INTEGER NOT NULL,
            indicator VARCHAR NOT NULL,
            unit VARCHAR NOT NULL,
            value DOUBLE NOT NULL,
            is_estimate BOOLEAN NOT NULL,
            source_table VARCHAR NOT NULL
          )""",
          // One figure per cell: the database refuses what an importer should have caught.
          "CREATE UNIQUE INDEX IF NOT EXISTS observations_cell"
              + " ON observations (release_id, country_iso3, year, indicator)",
          """
          CREATE TABLE IF NOT EXISTS countries (
            iso3 VARCHAR PRIMARY KEY,
            name VARCHAR NOT NULL,
            nato_accession DATE,
            eu_accession DATE,
            eu_exit DATE,
            region VARCHAR NOT NULL,
            armed_forces BOOLEAN NOT NULL,
            aliases VARCHAR NOT NULL
          )""",
          """
          CREATE TABLE IF NOT EXISTS groups (
            name VARCHAR PRIMARY KEY,
            description VARCHAR NOT NULL,
            expression VARCHAR
          )""",
          """
          CREATE TABLE IF NOT EXISTS common_funding_cost_shares (
            period_start INTEGER NOT NULL,
            period_end INTEGER NOT NULL,
            country_iso3 VARCHAR NOT NULL,
            country_name VARCHAR NOT NULL,
            civil_budget_pct DOUBLE,
            military_budget_pct DOUBLE,
            nsip_pct DOUBLE,
            source VARCHAR NOT NULL,
            quality VARCHAR NOT NULL
          )""",
          """
          CREATE TABLE IF NOT EXISTS release_footnotes (
            release_id VARCHAR NOT NULL,
            footnote_id VARCHAR NOT NULL,
            text VARCHAR NOT NULL
          )""",
          """
          CREATE TABLE IF NOT EXISTS observation_flags (
            release_id VARCHAR NOT NULL,
            country_iso3 VARCHAR NOT NULL,
            year INTEGER NOT NULL,
            indicator VARCHAR NOT NULL,
            flag VARCHAR,
            notes VARCHAR
          )""",
          """
          CREATE TABLE IF NOT EXISTS editions (
            kind VARCHAR NOT NULL,
            identifier VARCHAR,
            title VARCHAR NOT NULL,
            published DATE,
            cutoff DATE,
            estimate_years VARCHAR,
            url VARCHAR,
            source VARCHAR,
            confidence VARCHAR NOT NULL,
            bundled_as VARCHAR,
            notes VARCHAR,
            quality VARCHAR NOT NULL
          )""",
          """
          CREATE TABLE IF NOT EXISTS common_funding_budgets (
            year INTEGER NOT NULL,
            budget VARCHAR NOT NULL,
            amount DOUBLE NOT NULL,
            currency VARCHAR NOT NULL,
            source VARCHAR NOT NULL,
            quality VARCHAR NOT NULL
          )""");
}
