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
      })
  void refusedWithTheCellNamedAndNothingWritten(String rows, String expected) throws Exception {
    Store store = Store.open(dir.resolve("data"), m -> {});
    byte[] before = Files.readAllBytes(store.databaseFile());
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, HEADER + rows.replace(" / ", "\n") + "\n");
    var read =
        TidyCsvImport.read(
            csv,
            ReferenceData.load().countries(),
            new ReleaseDetails("dup", "t", LocalDate.of(2026, 1, 1)));
    for (boolean dryRun : new boolean[] {true, false}) {
      assertThatThrownBy(() -> store.importRelease(read, dryRun, m -> {}))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("bad.csv")
          .hasMessageContaining(expected)
          .hasMessageContaining("Nothing was imported");
    }
    assertThat(Files.readAllBytes(store.databaseFile())).isEqualTo(before);
    // and the database still opens and answers
    assertThat(Store.open(dir.resolve("data"), m -> {}).snapshot().releases()).hasSize(5);
  }

  @Test
  void aRealChangeMayBeNegative() throws Exception {
    Store store = Store.open(dir.resolve("data"), m -> {});
    Path csv = dir.resolve("ok.csv");
    Files.writeString(csv, HEADER + "R,DEU,X,2024,real_change,percent,-4.5,false\n");
    var read =
        TidyCsvImport.read(
            csv,
            ReferenceData.load().countries(),
            new ReleaseDetails("cut", "t", LocalDate.of(2026, 1, 1)));
    assertThat(store.importRelease(read, false, m -> {}).action())
        .isEqualTo(Store.ImportAction.ADDED);
  }
}
