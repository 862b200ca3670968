package org.burdenshare.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.store.ReferenceData;
import org.burdenshare.store.Store;
import org.burdenshare.store.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SIPRI importer on workbooks the tests build, one rule at a time; the database is unchanged by
 * every failure.
 */
class SipriImportTest {
  @TempDir Path tmp;
  Path data;
  Store store;
  final Countries countries = ReferenceData.load().countries();

  @BeforeEach
  void open() throws Exception {
    data = Files.createDirectories(tmp.resolve("data"));
    store = Store.open(data, m -> {});
  }

  private String fingerprint() throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    try (var files = Files.walk(data)) {
      for (Path p : files.sorted().toList()) {
        md.update(p.getFileName().toString().getBytes());
        if (Files.isRegularFile(p)) {
          md.update(Files.readAllBytes(p));
        }
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private ImportedRelease read(Path file) {
    return SipriWorkbook.read(file, countries, ReleaseDetails.none(), m -> {});
  }

  /** Reading fails with a message containing {@code expected}, and the database is as it was. */
  private void refused(Path file, String expected) throws Exception {
    String before = fingerprint();
    assertThatThrownBy(() -> store.importRelease(read(file), false, m -> {}))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(expected);
    assertThat(fingerprint()).isEqualTo(before);
  }

  private static Observation find(ImportedRelease r, String country, int year, String indicator) {
    return r.observations().stream()
        .filter(
            o -> o.country().equals(country) && o.year() == year && o.indicator().equals(indicator))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + country + " " + year + " " + indicator));
  }

  @Test
  void readsFiguresFlagsNotesFootnotesAndRegions() throws Exception {
    ImportedRelease r = read(SyntheticSipri.write(tmp, new SyntheticSipri.Spec()));
    assertThat(find(r, "DEU", 2020, "sipri_current_usd").value()).isEqualTo(52_000.5);
    assertThat(find(r, "DEU", 2020, "sipri_constant_usd").unit())
        .isEqualTo("million USD 2023 prices");
    assertThat(find(r, "DEU", 2021, "sipri_constant_usd").estimate()).isTrue();
    assertThat(find(r, "DEU", 2020, "sipri_constant_usd").estimate()).isFalse();
    assertThat(find(r, "DEU", 2020, "sipri_share_of_gdp").value())
        .isEqualTo(1.34); // 0.0134 x 100, exactly
    assertThat(r.flags())
        .contains(new ImportedRelease.Flag("DEU", 2022, "sipri_constant_usd", "uncertain", null));
    assertThat(r.flags()).contains(new ImportedRelease.Flag("DEU", 0, "*", null, "§1"));
    assertThat(r.footnotes()).extracting(ImportedRelease.Footnote::id).contains("§", "1");
    assertThat(r.summary().missing()).isEqualTo(3 + 1); // Russia 2021 on three sheets, World 2021
    assertThat(r.summary().notExisting()).isEqualTo(9); // the GDR, three years, three sheets
    assertThat(r.summary().estimates()).isEqualTo(3);
    assertThat(r.summary().uncertain()).isEqualTo(3);
    assertThat(find(r, "SIPRI_WORLD", 2022, "sipri_current_usd").value()).isEqualTo(2100.75);
    assertThat(find(r, "SIPRI_WORLD", 2020, "sipri_constant_usd").unit())
        .isEqualTo("billion USD 2023 prices");
    assertThat(r.release().title()).isEqualTo("SIPRI Military Expenditure Database 2023");
    assertThat(r.notices().get(0)).contains("non-commercial").contains("10 %");
    assertThat(r.release().licence()).contains("SIPRI Military Expenditure Database 2023");
  }

  @Test
  void sheetsRenamedOrMovedAreFoundByTheirTitles() throws Exception {
    SyntheticSipri.Spec spec = new SyntheticSipri.Spec();
    // Moved: another order. Renamed: the current-US$ sheet is called "Sheet9", its title stays.
    spec.sheets =
        List.of(
            "Footnotes", "Current US$", "Regional totals", "Share of GDP", "Constant (2023) US$");
    spec.mutate = wb -> wb.setSheetName(wb.getSheetIndex("Current US$"), "Sheet9");
    ImportedRelease r = read(SyntheticSipri.write(tmp, spec));
    assertThat(find(r, "DEU", 2020, "sipri_current_usd").value()).isEqualTo(52_000.5);
    assertThat(r.release().tables().get("sipri_current_usd")).contains("Sheet9");
  }

  @Test
  void aShiftedHeaderRowIsFound() throws Exception {
    SyntheticSipri.Spec spec = new SyntheticSipri.Spec();
    spec.headerRow = 12;
    assertThat(
            find(read(SyntheticSipri.write(tmp, spec)), "RUS", 2022, "sipri_constant_usd").value())
        .isEqualTo(90_000);
  }

  @Test
  void aMissingSheetIsNamed() throws Exception {
    SyntheticSipri.Spec spec = new SyntheticSipri.Spec();
    spec.sheets = List.of("Constant (2023) US$", "Current US$", "Footnotes");
    refused(SyntheticSipri.write(tmp, spec), "no sheet of military expenditure as a share of GDP");
  }

  @Test
  void textWhereANumberBelongsNamesTheCell() throws Exception {
    SyntheticSipri.Spec spec = new SyntheticSipri.Spec();
    spec.germany2020Current = "about 52bn";
    refused(
        SyntheticSipri.write(tmp, spec),
        "Current US$!C9: expected a number, \"...\" (missing) or \"xxx\"");
  }

  @Test
  void anUnknownCountryNamesTheCell() throws Exception {
    SyntheticSipri.Spec spec = new SyntheticSipri.Spec();
    spec.germanyName = "Narnia";
    refused(SyntheticSipri.write(tmp, spec), "!A9: unknown country 'Narnia'");
  }

  /** Writes the header cells D6 and E6 of one sheet (the years 2021 and 2022) as given. */
  private Path withYears(String sheet, Object d6, Object e6) throws Exception {
    SyntheticSipri.Spec spec = new SyntheticSipri.Spec();
    spec.mutate =
        wb -> {
          var header = wb.getSheet(sheet).getRow(spec.headerRow);
          for (var cell : List.of(header.getCell(3), header.getCell(4))) {
            Object value = cell.getColumnIndex() == 3 ? d6 : e6;
            if (value instanceof String text) {
              cell.setCellValue(text);
            } else {
              cell.setCellValue((Integer) value);
            }
          }
        };
    return SyntheticSipri.write(tmp, spec);
  }

  @Test
  void yearHeadersSwappedRepeatedOrLeftOutOnOneSheetAreRefusedNamingTheSheetAndTheYears()
      throws Exception {
    refused(
        withYears("Current US$", "2022", "2021"),
        "Current US$!D6 and E6: the year headers 2022 and 2021 are out of order");
    refused(
        withYears("Share of GDP", 2021, 2021),
        "Share of GDP!D6 and E6: the year headers 2021 and 2021 repeat a year");
    refused(
        withYears("Constant (2023) US$", "2021", "2023"),
        "Constant (2023) US$!D6 and E6: the year headers 2021 and 2023 leave out 2022");
    // the same years, written as numbers rather than text, are read as before
    assertThat(
            find(read(withYears("Current US$", 2021, 2022)), "DEU", 2021, "sipri_current_usd")
                .value())
        .isEqualTo(56_000);
  }

  @Test
  void truncatedRenamedOversizedAndZipBombFilesAreRefused() throws Exception {
    Path good = SyntheticSipri.write(tmp, new SyntheticSipri.Spec());
    byte[] bytes = Files.readAllBytes(good);
    Path truncated =
        Files.write(
            tmp.resolve("truncated.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    refused(truncated, "Excel workbook");
    Path text = Files.writeString(tmp.resolve("notes.xlsx"), "Country,2020\nGermany,52000\n");
    refused(text, "not an Excel workbook");
    Path big = tmp.resolve("big.xlsx");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(Workbooks.MAX_BYTES + 1);
    }
    refused(big, "up to " + Workbooks.MAX_BYTES + " bytes are imported");
    Path bomb = tmp.resolve("bomb.xlsx");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 40; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    refused(bomb, "zip bomb");
  }

  @Test
  void theSameFileTwiceChangesNothingAndACorrectedFileReplaces() throws Exception {
    Path file = SyntheticSipri.write(tmp, new SyntheticSipri.Spec());
    assertThat(store.importRelease(read(file), false, m -> {}).action())
        .isEqualTo(Store.ImportAction.ADDED);
    String after = fingerprint();
    assertThat(store.importRelease(read(file), false, m -> {}).action())
        .isEqualTo(Store.ImportAction.UNCHANGED);
    assertThat(fingerprint()).isEqualTo(after);
    SyntheticSipri.Spec corrected = new SyntheticSipri.Spec();
    corrected.germany2020Current = 52_100.0;
    ImportedRelease fixed = read(SyntheticSipri.write(tmp, corrected));
    assertThat(fixed.release().id()).isEqualTo(read(file).release().id());
    Path dry = tmp.resolve("dry");
    assertThat(store.importRelease(fixed, true, m -> {}).action())
        .isEqualTo(Store.ImportAction.CHECKED);
    assertThat(fingerprint()).isEqualTo(after);
    assertThat(dry).doesNotExist();
    assertThat(store.importRelease(fixed, false, m -> {}).action())
        .isEqualTo(Store.ImportAction.REPLACED);
    var snapshot = store.snapshot();
    assertThat(
            snapshot
                .find(fixed.release().id(), "sipri_current_usd", 2020, "DEU")
                .orElseThrow()
                .value())
        .isEqualTo(52_100.0);
    assertThat(snapshot.releases().stream().filter(r -> r.id().equals(fixed.release().id())))
        .hasSize(1);
  }
}
