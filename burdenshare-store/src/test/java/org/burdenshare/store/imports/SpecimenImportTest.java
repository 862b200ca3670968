package org.burdenshare.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.burdenshare.core.Engine;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.store.ReferenceData;
import org.burdenshare.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real specimens: SIPRI's April 2025 workbook (figures checked against values read from the
 * workbook by hand, as SOURCES.md gives them) and NATO's June 2024 workbook, which must reproduce
 * the bundled release figure for figure.
 */
@Tag("specimens")
class SpecimenImportTest {
  @TempDir Path data;
  final Countries countries = ReferenceData.load().countries();

  @Test
  void sipriImportsWithItsFlagsAndItsFiguresAsPublished() throws Exception {
    Store store = Store.open(data, m -> {});
    ImportedRelease r =
        SipriWorkbook.read(Specimens.sipri(), countries, ReleaseDetails.none(), m -> {});
    assertThat(r.release().id()).isEqualTo("sipri-2025-04");
    assertThat(r.release().title()).isEqualTo("SIPRI Military Expenditure Database 2025");
    assertThat(r.summary().countries()).isEqualTo(174);
    assertThat(store.importRelease(r, false, m -> {}).action()).isEqualTo(Store.ImportAction.ADDED);
    Figures d = store.snapshot();
    String id = r.release().id();
    assertThat(d.find(id, "sipri_current_usd", 2019, "USA").orElseThrow().value())
        .isEqualTo(734_344.1);
    assertThat(d.find(id, "sipri_constant_usd", 2019, "USA").orElseThrow().value())
        .isCloseTo(875_217.36, within(0.01));
    assertThat(d.find(id, "sipri_share_of_gdp", 2019, "USA").orElseThrow().value())
        .isCloseTo(3.409, within(0.001));
    assertThat(d.find(id, "sipri_current_usd", 2024, "USA").orElseThrow().value())
        .isEqualTo(997_309);
    assertThat(d.find(id, "sipri_local_currency", 2024, "USA").orElseThrow().value())
        .isEqualTo(997_309_000_000.0);
    // 2024 regional totals, constant 2023 US$ billion (SOURCES.md)
    Map<String, Double> regions =
        Map.of(
            "SIPRI_NORTH_AMERICA",
            997.45,
            "SIPRI_WESTERN_EUROPE",
            385.41,
            "SIPRI_EUROPE",
            680.74,
            "SIPRI_CENTRAL_EUROPE",
            70.44,
            "SIPRI_EASTERN_EUROPE",
            224.90,
            "SIPRI_WORLD",
            2676.51);
    regions.forEach(
        (code, v) ->
            assertThat(d.find(id, "sipri_constant_usd", 2024, code).orElseThrow().value())
                .as(code)
                .isCloseTo(v, within(0.005)));
    assertThat(d.find(id, "sipri_current_usd", 2024, "SIPRI_WORLD").orElseThrow().value())
        .isCloseTo(2718.18, within(0.005));
    // Values and flags per sheet, as SOURCES.md counts them
    Map<String, int[]> expected =
        Map.of(
            "sipri_constant_usd",
            new int[] {8329, 1814},
            "sipri_current_usd",
            new int[] {8846, 1966},
            "sipri_share_of_gdp",
            new int[] {8245, 1829},
            "sipri_per_capita_usd",
            new int[] {5324, 769},
            "sipri_share_of_govt_spending",
            new int[] {4705, 626},
            "sipri_local_currency",
            new int[] {8846, 1966});
    Map<String, int[]> counted = new HashMap<>();
    for (Observation o : r.observations()) {
      if (!o.country().startsWith("SIPRI_")) {
        int[] c = counted.computeIfAbsent(o.indicator(), k -> new int[2]);
        c[0]++;
        c[1] += o.estimate() ? 1 : 0;
      }
    }
    expected.forEach((i, c) -> assertThat(counted.get(i)).as(i).containsExactly(c));
    assertThat(r.footnotes().stream().filter(f -> f.id().matches("\\d+"))).hasSize(104);
    // NATO's 2024 total by SIPRI's count: SIPRI's headline is 1,506 billion USD at current prices
    double nato =
        new Engine(d)
            .total("NATO", "sipri_current_usd", 2024, ReleaseChoice.named(id))
            .total()
            .total();
    assertThat(nato / 1000).isCloseTo(1506, within(0.5));
  }

  @Test
  void natoJune2024WorkbookReproducesTheBundledReleaseFigureForFigure() throws Exception {
    Store store = Store.open(data, m -> {});
    ImportedRelease r =
        NatoWorkbook.read(Specimens.nato2024(), countries, ReleaseDetails.none(), m -> {});
    assertThat(r.release().id()).isEqualTo("nato-2024-06");
    assertThat(r.release().published()).isEqualTo(java.time.LocalDate.of(2024, 6, 17));
    Figures bundled = store.snapshot();
    int compared = 0;
    for (Observation o : r.observations()) {
      Observation b =
          bundled
              .find("nato-2024-06", o.indicator(), o.year(), o.country())
              .orElseThrow(() -> new AssertionError("not bundled: " + o));
      assertThat(o.value()).as(o.toString()).isEqualTo(b.value());
      assertThat(o.unit()).as(o.toString()).isEqualTo(b.unit());
      assertThat(o.estimate()).as(o.toString()).isEqualTo(b.estimate());
      compared++;
    }
    assertThat(compared).isEqualTo(5346);
    // The titles read from the workbook are the ones the bundled release records, word for word.
    for (String indicator : bundled.release("nato-2024-06").tables().keySet()) {
      var read = r.release().definitionOf(indicator);
      var kept = bundled.release("nato-2024-06").definitionOf(indicator);
      assertThat(read.table()).as(indicator).isEqualTo(kept.table());
      assertThat(read.measure()).as(indicator).isEqualTo(kept.measure());
    }
    byte[] before = Files.readAllBytes(store.databaseFile());
    assertThat(store.importRelease(r, false, m -> {}).action())
        .isEqualTo(Store.ImportAction.IDENTICAL_TO_BUNDLED);
    assertThat(Files.readAllBytes(store.databaseFile())).isEqualTo(before);
  }

  @Test
  void aNatoWorkbookWithoutADateInItsNameJoinsTheCatalogueByItsCreationDate() throws Exception {
    // NATO's June 2024 workbook says it was created on 14 June; the catalogue's edition followed
    // on 17 June: the import takes that date, so it is the edition the catalogue lists.
    Path renamed = data.resolve("def-exp-2024-TABLES-en.xlsx");
    Files.copy(Specimens.nato2024(), renamed);
    ImportedRelease r = NatoWorkbook.read(renamed, countries, ReleaseDetails.none(), m -> {});
    assertThat(r.release().published()).isEqualTo(java.time.LocalDate.of(2024, 6, 17));
    assertThat(r.release().id()).isEqualTo("nato-2024-06");
  }
}
