package org.burdenshare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.burdenshare.store.imports.ReleaseDetails;
import org.burdenshare.store.imports.TidyCsvImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nonsense is refused before anything is written, in a dry run as in a real one: two figures for
 * one cell (which once left the database unreadable), negative amounts, shares outside 0–100.
 */
class ImportValidationTest {
  @TempDir Path dir;

  private static final String HEADER =
      "release,country_iso3,country_name,year,indicator,unit,value,is_estimate\n";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "R,DEU,X,2024,defence_exp_current_usd,million USD,1234.5,false / R,DEU,X,2024,defence_exp_current_usd,million USD,99,false|two figures for one cell, DEU 2024 defence_exp_current_usd (1234.5 and 99)",
        "R,DEU,X,2024,defence_exp_current_usd,million USD,-1234.5,false|expected an amount of zero or more",
        "R,DEU,X,2024,share_of_gdp,percent,250,false|expected a share between 0 and 100",
        "R,DEU,X,2024,share_of_gdp,percent,-3,false|expected a share between 0 and 100",
        "R,DEU,X,2024,defence_exp_current_usd,million USD,1e308,false|beyond any economy's figure",
        "R,DEU,X,2024,defence_exp_national_currency,million EUR,1e31,false|beyond any economy's figure",
        "R,DEU,X,2024,real_change,percent,-250,false|expected a real change between",
        "R,DEU,X,2024,defence_exp_current_usd,percent,2.1,false|has the unit 'percent', which contradicts its indicator defence_exp_current_usd: expected an amount of money",
        "R,DEU,X,2024,share_of_gdp,million USD,2.1,false|contradicts its indicator share_of_gdp: expected percent",
        "R,DEU,X,2024,military_personnel,million EUR,180,false|expected people",
        "R,DEU,X,2024,gdp_current_usd,persons,1000,false|expected an amount of money",
        "R,DEU,X,2024,military_personnel,thousands,1e26,false|DEU 2024 military_personnel is 1.0E26 thousands: more soldiers than the world's armed forces together (at most 100,000 thousands)",
        "R,DEU,X,2024,sipri_local_currency,EUR (whole units),1e26,false|beyond any economy's figure (at most 1.0E24 EUR (whole units))",
        "R,DEU,X,2024,defence_exp_per_capita_usd,USD 2021 prices,5e7,false|more a head than any economy's GDP per head",
        "R,DEU,X,2024,gdp_constant_usd,billion USD 2015 prices,1e6,false|beyond any economy's figure (at most 100,000 billion USD 2015 prices)",
        "R,DEU,X,2024,share_of_gdp,percent,2,false / R,DEU,X,2028,share_of_gdp,percent,2,false|DEU 2028 share_of_gdp is an outturn (not marked as an estimate) for a year after the release's publication in 2026",
      })
  void refusedWithTheCellNamedAndNothingWritten(String rows, String expected) throws Exception {
    Store store = Store.open(dir.resolve("data"), m -> {});
    byte[] before = Files.readAllBytes(store.databaseFile());
    var read = csv("bad.csv", rows.replace(" / ", "\n") + "\n", "dup", LocalDate.of(2026, 1, 1));
    for (boolean dryRun : new boolean[] {true, false}) {
      assertThatThrownBy(() -> store.importRelease(read, dryRun, m -> {}))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("bad.csv")
          .hasMessageContaining(expected)
          .hasMessageContaining("Nothing was imported");
    }
    assertThat(Files.readAllBytes(store.databaseFile())).isEqualTo(before);
    // and the database still opens and answers
    assertThat(Store.open(dir.resolve("data"), m -> {}).snapshot().releases()).hasSize(6);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|2026-01-01|the release id '' is not usable",
        "../etc|2026-01-01|the release id '../etc' is not usable",
        "Mine|2026-01-01|the release id 'Mine' is not usable",
        "mine;drop|2026-01-01|the release id 'mine;drop' is not usable",
        "ok-id|2999-01-01|is in the future",
        "ok-id|0001-01-01|is before the first year of its figures (2024)",
      })
  void releaseDetailsThatCouldNotNameAReleaseAreRefused(
      String id, String published, String expected) throws Exception {
    Store store = Store.open(dir.resolve("data"), m -> {});
    var read =
        csv(
            "details.csv",
            "R,DEU,X,2024,share_of_gdp,percent,2.1,false\n",
            id,
            LocalDate.parse(published));
    assertThatThrownBy(() -> store.importRelease(read, true, m -> {}))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(expected);
  }

  @Test
  void aSpikeIsImportedWithAWarningThatNamesTheCell() throws Exception {
    Store store = Store.open(dir.resolve("data"), m -> {});
    var read =
        csv(
            "spike.csv",
            "R,DEU,X,2019,defence_exp_current_usd,million USD,52000,false\n"
                + "R,DEU,X,2020,defence_exp_current_usd,million USD,580000,false\n"
                + "R,DEU,X,2021,defence_exp_current_usd,million USD,56000,false\n"
                + "R,DEU,X,2022,defence_exp_current_usd,million USD,60000,false\n",
            "spike",
            LocalDate.of(2026, 1, 1));
    for (boolean dryRun : new boolean[] {true, false}) {
      assertThat(store.importRelease(read, dryRun, m -> {}).warnings())
          .as("a dry run warns as the import does")
          .anySatisfy(
              w ->
                  assertThat(w)
                      .contains("DEU 2020 defence_exp_current_usd is 580,000 million USD")
                      .contains("more than ten times above 2019 (52,000) and 2021 (56,000)"))
          .noneSatisfy(w -> assertThat(w).contains("DEU 2022"));
    }
  }

  @Test
  void aTableTheLastReleaseOfThePublisherHadIsNamedWhenMissing() throws Exception {
    Store store = Store.open(dir.resolve("data"), m -> {});
    var thin =
        csv(
            "thin.csv",
            "R,DEU,X,2024,share_of_gdp,percent,2.1,false\n",
            "thin",
            LocalDate.of(2026, 11, 1));
    // A tidy CSV is a series of its own; this one is made a release of NATO's series to compare.
    var asNato =
        new org.burdenshare.store.imports.ImportedRelease(
            inDataset(thin.release(), "nato-defence-expenditure"),
            thin.format(),
            thin.file(),
            thin.sha256(),
            thin.observations(),
            thin.summary(),
            thin.notices(),
            thin.footnotes(),
            thin.flags());
    var warnings = store.importRelease(asNato, true, m -> {}).warnings();
    assertThat(warnings)
        .anySatisfy(
            w ->
                assertThat(w)
                    .startsWith("defence_exp_current_usd: no figures in this file, against")
                    .contains("in nato-2026-07"))
        .anySatisfy(w -> assertThat(w).startsWith("share_of_gdp: 1 figure in this file, against"));
  }

  /** A tidy CSV of these rows, read as a release with this id published on this date. */
  private org.burdenshare.store.imports.ImportedRelease csv(
      String name, String rows, String id, LocalDate published) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, HEADER + rows);
    return TidyCsvImport.read(
        file, ReferenceData.load().countries(), new ReleaseDetails(id, "t", published));
  }

  private static org.burdenshare.core.releases.Release inDataset(
      org.burdenshare.core.releases.Release r, String dataset) {
    return new org.burdenshare.core.releases.Release(
        r.id(),
        dataset,
        r.publisher(),
        r.title(),
        r.published(),
        r.cutoff(),
        r.url(),
        r.attribution(),
        r.licence(),
        r.tables(),
        r.decimals(),
        r.notes(),
        r.bundled(),
        r.partial(),
        r.holdings(),
        r.definitions());
  }

  @Test
  void aRealChangeMayBeNegative() throws Exception {
    Store store = Store.open(dir.resolve("data"), m -> {});
    var read =
        csv(
            "ok.csv",
            "R,DEU,X,2024,real_change,percent,-4.5,false\n",
            "cut",
            LocalDate.of(2026, 1, 1));
    assertThat(store.importRelease(read, false, m -> {}).action())
        .isEqualTo(Store.ImportAction.ADDED);
  }
}
