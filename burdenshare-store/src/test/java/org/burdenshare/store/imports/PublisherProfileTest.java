package org.burdenshare.store.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The publishers' release metadata read from data files, with their placeholders filled. */
class PublisherProfileTest {
  @Test
  void sipriReleasesSayWhoPublishedThemUnderWhatTerms() {
    var release =
        SipriWorkbook.profile()
            .release(
                SipriWorkbook.profile().id(LocalDate.of(2025, 4, 28)),
                "SIPRI Military Expenditure Database 2025",
                LocalDate.of(2025, 4, 28),
                Map.of("edition", "2025", "baseYear", "2023", "file", "SIPRI-Milex.xlsx"),
                Map.of(),
                List.of(),
                Map.of());
    assertThat(release.id()).isEqualTo("sipri-2025-04");
    assertThat(release.publisher())
        .isEqualTo("Stockholm International Peace Research Institute (SIPRI)");
    assertThat(release.attribution())
        .isEqualTo(
            "SIPRI Military Expenditure Database 2025, https://www.sipri.org/databases/milex");
    assertThat(release.licence())
        .contains("citing \"SIPRI Military Expenditure Database 2025, https")
        .doesNotContain("{");
    assertThat(release.notes())
        .contains("Constant prices are 2023 US dollars.")
        .contains("Imported by the user from SIPRI-Milex.xlsx; not redistributed.");
    assertThat(release.decimals()).containsEntry("sipri_share_of_gdp", 1);
  }

  @Test
  void natoReleasesTakeTheirTitleFromTheYearsTheyCover() {
    Map<String, String> values = Map.of("firstYear", "2014", "lastYear", "2024", "file", "x.xlsx");
    String title = PublisherProfile.fill(NatoWorkbook.PROFILE.title(), values);
    var release =
        NatoWorkbook.PROFILE.release(
            NatoWorkbook.PROFILE.id(LocalDate.of(2024, 6, 17)),
            title,
            LocalDate.of(2024, 6, 17),
            values,
            Map.of(),
            List.of("a note read from the workbook"),
            Map.of());
    assertThat(release.id()).isEqualTo("nato-2024-06");
    assertThat(release.title()).isEqualTo("Defence Expenditure of NATO Countries (2014-2024)");
    assertThat(release.attribution())
        .isEqualTo(
            "NATO, Defence Expenditure of NATO Countries (2014-2024); imported from the workbook"
                + " x.xlsx.");
    assertThat(release.url()).isNull();
    assertThat(release.notes()).containsExactly("a note read from the workbook");
    assertThat(release.decimals()).containsEntry("share_of_gdp", 2).hasSize(6);
  }
}
