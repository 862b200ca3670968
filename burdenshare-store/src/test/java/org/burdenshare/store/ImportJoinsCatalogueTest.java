package org.burdenshare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.Engine;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.measures.Comparison;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.store.imports.ImportedRelease;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user who imports the NATO edition of 29 November 2019 fills that gap in the catalogue: answers
 * as of a later date use it and stop naming it as missing.
 */
class ImportJoinsCatalogueTest {
  @TempDir Path dir;

  @Test
  void anImportedEditionOnACatalogueDateFillsTheGap() {
    Store store = Store.open(dir, m -> {});
    Figures before = store.snapshot();
    LocalDate asOf = LocalDate.of(2019, 12, 1);
    Comparison was =
        new Engine(before)
            .compare("USA", "NATO-USA", "defence_exp_current_usd", 2019, ReleaseChoice.asOf(asOf));
    assertThat(was.release().id()).isEqualTo("nato-2019-06");
    assertThat(was.couldNotUse().editions()).hasSize(1);

    // Stand-in figures for the November edition (the test needs its date, not its figures):
    // the June 2019 release's 2019 figures, one of them changed.
    String id = "nato-2019-11";
    List<Observation> obs = new ArrayList<>();
    for (Observation o : before.figures("nato-2019-06", "defence_exp_current_usd", 2019).values()) {
      double value = o.country().equals("USA") ? 731_000 : o.value();
      obs.add(
          new Observation(id, o.country(), 2019, o.indicator(), o.unit(), value, true, "Table 2"));
    }
    Release nov =
        new Release(
            id,
            "nato-defence-expenditure",
            "NATO Public Diplomacy Division",
            "Defence Expenditure of NATO Countries (2013-2019)",
            LocalDate.of(2019, 11, 29),
            LocalDate.of(2019, 11, 21),
            null,
            "test",
            "test",
            Map.of(),
            Map.of(),
            List.of(),
            false,
            false,
            List.of(),
            Map.of());
    store.importRelease(
        new ImportedRelease(
            nov,
            "nato-workbook",
            "191129-def-exp-2019-TABLES-en.xlsx",
            "0".repeat(64),
            obs,
            new ImportedRelease.Summary(1, obs.size(), obs.size(), obs.size(), 0, 0, 0, List.of()),
            List.of(),
            List.of(),
            List.of()),
        false,
        m -> {});

    Figures after = store.snapshot();
    Comparison now =
        new Engine(after)
            .compare("USA", "NATO-USA", "defence_exp_current_usd", 2019, ReleaseChoice.asOf(asOf));
    assertThat(now.release().id()).isEqualTo(id);
    assertThat(now.a().total()).isEqualTo(731_000);
    assertThat(now.couldNotUse().any()).isFalse();
    assertThat(after.editions().entries(after.releases()))
        .anyMatch(
            e ->
                e.edition().published().equals(LocalDate.of(2019, 11, 29))
                    && e.heldBy() != null
                    && e.heldBy().id().equals(id));
  }

  @Test
  void aWorkbookWithoutADateInItsNameTakesTheDateOfTheEditionThatFollowedItsCreation() {
    assertThat(EditionCatalogue.publishedSoonAfter(LocalDate.of(2024, 6, 14)))
        .contains(LocalDate.of(2024, 6, 17));
    assertThat(EditionCatalogue.publishedSoonAfter(LocalDate.of(2024, 6, 17)))
        .contains(LocalDate.of(2024, 6, 17));
    assertThat(EditionCatalogue.publishedSoonAfter(LocalDate.of(2024, 5, 1))).isEmpty();
  }
}
