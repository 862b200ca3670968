package org.burdenshare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.burdenshare.core.releases.Definition;
import org.burdenshare.store.imports.ImportedRelease;
import org.burdenshare.store.imports.ReleaseDetails;
import org.burdenshare.store.imports.TidyCsvImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tidy CSV may say what its tables were called, in three optional columns. */
class TidyCsvWordingTest {
  @TempDir Path dir;

  private static final String HEADER =
      "release,country_iso3,country_name,year,indicator,unit,value,is_estimate";

  private ImportedRelease read(String text) throws Exception {
    Path f = dir.resolve("mine.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return TidyCsvImport.read(
        f,
        ReferenceData.load().countries(),
        new ReleaseDetails("mine", "My figures", LocalDate.of(2026, 1, 1)));
  }

  @Test
  void theOptionalColumnsBecomeTheReleasesDefinitions() throws Exception {
    ImportedRelease r =
        read(
            HEADER
                + ",table_title,measure,price_base\n"
                + "R,DEU,Germany,2024,share_of_gdp,percent,2.1,false,\"Table 3 : Core defence"
                + " expenditure as a share of GDP\",Core defence expenditure,2021 prices\n"
                + "R,FRA,France,2024,share_of_gdp,percent,2.0,false,\"Table 3 : Core defence"
                + " expenditure as a share of GDP\",Core defence expenditure,2021 prices\n"
                + "R,FRA,France,2024,defence_exp_current_usd,million USD,60000,false,,,\n");
    assertThat(r.release().definitionOf("share_of_gdp"))
        .isEqualTo(
            new Definition(
                "Table 3 : Core defence expenditure as a share of GDP",
                "Core defence expenditure",
                "2021 prices"));
    assertThat(r.release().definitionOf("defence_exp_current_usd"))
        .isEqualTo(Definition.notRecorded());
  }

  @Test
  void withoutTheColumnsNothingIsRecorded() throws Exception {
    ImportedRelease r = read(HEADER + "\nR,DEU,Germany,2024,share_of_gdp,percent,2.1,false\n");
    assertThat(r.release().definitions()).isEmpty();
  }

  @Test
  void rowsOfOneIndicatorThatDisagreeAreRefusedNamingTheLine() {
    assertThatThrownBy(
            () ->
                read(
                    HEADER
                        + ",table_title,measure,price_base\n"
                        + "R,DEU,Germany,2024,share_of_gdp,percent,2.1,false,Table 3,Defence"
                        + " expenditure,\n"
                        + "R,FRA,France,2024,share_of_gdp,percent,2.0,false,Table 3,Core defence"
                        + " expenditure,\n"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("mine.csv, line 3, column table_title")
        .hasMessageContaining("as line 2 for share_of_gdp");
  }

  @Test
  void aHeaderWithOnlySomeOfTheColumnsIsRefused() {
    assertThatThrownBy(
            () ->
                read(
                    HEADER + ",table_title\nR,DEU,Germany,2024,share_of_gdp,percent,2.1,false,T\n"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("optionally followed by table_title,measure,price_base");
  }
}
