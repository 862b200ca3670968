package org.burdenshare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.burdenshare.core.Engine;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.store.imports.ReleaseDetails;
import org.burdenshare.store.imports.TidyCsvImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot kept beside the database holds what the database does, and is used only while it is
 * the database's current one: an import, a damaged or cut file, a log beside the database, and the
 * database answers instead.
 */
class KeptSnapshotTest {
  @TempDir Path dir;
  Store store;

  @BeforeEach
  void open() {
    store = Store.open(dir, m -> {});
  }

  private Path kept() {
    return dir.resolve(SnapshotFile.FILE);
  }

  @Test
  void theKeptSnapshotHoldsWhatTheDatabaseDoes() throws Exception {
    // a check of the publishers' pages on record, so that the last check is in the snapshot too
    store.recordCheck(
        new org.burdenshare.core.releases.PublisherCheck(
            java.time.Instant.parse("2026-11-30T10:15:30.123456Z"),
            List.of(
                new org.burdenshare.core.releases.PublisherCheck.Page(
                    "nato-defence-expenditure",
                    "https://www.nato.int/x",
                    null,
                    List.of("a.xlsx", "b.xlsx"),
                    List.of("b.xlsx")))));
    store.snapshotToKeep().keep();
    SnapshotParts fromDatabase;
    try (var c = Store.connect(store.databaseFile(), true)) {
      fromDatabase = SnapshotReader.parts(c, ReferenceData.load(), Bundle.load().manifest());
    }
    SnapshotParts fromFile = SnapshotCodec.decode(SnapshotCodec.encode(fromDatabase));

    assertThat(fromFile.releases()).isEqualTo(fromDatabase.releases());
    assertThat(fromFile.observations()).isEqualTo(fromDatabase.observations());
    assertThat(fromFile.editions()).isEqualTo(fromDatabase.editions());
    assertThat(fromFile.lastCheck()).isEqualTo(fromDatabase.lastCheck()).isNotNull();
    assertThat(fromFile.reference().countries().all())
        .isEqualTo(fromDatabase.reference().countries().all());
    assertThat(fromFile.reference().definitions())
        .isEqualTo(fromDatabase.reference().definitions());

    Optional<Figures> read = Store.keptSnapshot(dir);
    assertThat(read).isPresent();
    Figures figures = read.get();
    Figures database = store.snapshot();
    assertThat(figures.observationCount()).isEqualTo(database.observationCount());
    assertThat(figures.releases()).isEqualTo(database.releases());
    assertThat(figures.lastCheck()).isEqualTo(database.lastCheck());
    // and it answers alike
    for (String year : List.of("2014", "2019", "2024", "2026")) {
      for (ReleaseChoice choice :
          List.of(
              new ReleaseChoice.Latest(),
              new ReleaseChoice.AsOf(LocalDate.of(2019, 11, 28)),
              new ReleaseChoice.AsOf(LocalDate.of(2025, 9, 1)))) {
        int y = Integer.parseInt(year);
        if (y > 2019 && choice instanceof ReleaseChoice.AsOf a && a.date().getYear() == 2019) {
          continue;
        }
        assertThat(
                new Engine(figures)
                    .compare("USA", "NATO-USA", "defence_exp_current_usd", y, choice))
            .isEqualTo(
                new Engine(database)
                    .compare("USA", "NATO-USA", "defence_exp_current_usd", y, choice));
      }
    }
  }

  @Test
  void anImportMakesTheKeptSnapshotStale() throws Exception {
    store.snapshotToKeep().keep();
    assertThat(Store.keptSnapshot(dir)).isPresent();
    Path csv =
        Files.writeString(
            dir.resolve("mine.csv"),
            "release,country_iso3,country_name,year,indicator,unit,value,is_estimate\n"
                + "R,DEU,Germany,2024,share_of_gdp,percent,2.1,false\n");
    store.importRelease(
        TidyCsvImport.read(
            csv,
            ReferenceData.load().countries(),
            new ReleaseDetails("mine", "Mine", LocalDate.of(2026, 1, 1))),
        false,
        m -> {});
    assertThat(Store.keptSnapshot(dir)).isEmpty();
    // kept again, it holds the import
    store.snapshotToKeep().keep();
    assertThat(Store.keptSnapshot(dir).orElseThrow().releases())
        .anySatisfy(r -> assertThat(r.id()).isEqualTo("mine"));
  }

  @Test
  void aDamagedOrCutFileIsNotUsed() throws Exception {
    store.snapshotToKeep().keep();
    byte[] whole = Files.readAllBytes(kept());
    byte[] flipped = whole.clone();
    flipped[whole.length / 2] ^= 0x01;
    Files.write(kept(), flipped);
    assertThat(Store.keptSnapshot(dir)).as("one bit flipped").isEmpty();
    Files.write(kept(), java.util.Arrays.copyOf(whole, whole.length - 100));
    assertThat(Store.keptSnapshot(dir)).as("cut short").isEmpty();
    Files.write(kept(), new byte[0]);
    assertThat(Store.keptSnapshot(dir)).as("empty").isEmpty();
    Files.write(kept(), whole);
    assertThat(Store.keptSnapshot(dir)).as("whole again").isPresent();
  }

  @Test
  void notUsedWhileALogLiesBesideTheDatabaseNorForAnotherDatabase() throws Exception {
    store.snapshotToKeep().keep();
    Path wal = dir.resolve(DataDirectory.DATABASE_FILE + ".wal");
    Files.write(wal, new byte[0]);
    assertThat(Store.keptSnapshot(dir)).as("a log beside the database").isEmpty();
    Files.delete(wal);
    assertThat(Store.keptSnapshot(dir)).isPresent();

    // the same kept file beside another database (here: the same bytes, a new file) is not used
    Path db = store.databaseFile();
    Path copy = dir.resolve("copy");
    Files.copy(db, copy);
    Files.move(copy, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(Store.keptSnapshot(dir)).isEmpty();
  }

  @Test
  void nothingIsKeptWhenTheDatabaseChangedWhileItWasRead() throws Exception {
    SnapshotToKeep read = store.snapshotToKeep();
    Path db = store.databaseFile();
    Files.setLastModifiedTime(
        db,
        java.nio.file.attribute.FileTime.fromMillis(
            Files.getLastModifiedTime(db).toMillis() + 1000));
    read.keep();
    assertThat(kept()).doesNotExist();
    assertThat(read.figures().observationCount()).isPositive();
  }

  @Test
  void aDataDirectoryThatCannotBeWrittenKeepsNothingAndStillAnswers() throws Exception {
    SnapshotToKeep read = store.snapshotToKeep();
    // a directory where the file should be: nothing can be written there
    Files.createDirectory(kept());
    read.keep();
    assertThat(Files.isDirectory(kept())).isTrue();
    assertThat(Store.keptSnapshot(dir)).isEmpty();
    assertThat(read.figures().releases()).isNotEmpty();
  }
}
