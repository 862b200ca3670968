package org.burdenshare.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.releases.Release;
import org.burdenshare.store.ReferenceData;
import org.burdenshare.store.Store;
import org.burdenshare.store.StoreException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real SIPRI workbook corrupted in many ways, each giving a clean error and an unchanged
 * database; and imports killed with SIGKILL at random moments, after which the database opens and
 * holds exactly the releases it held before, or those and the whole new one.
 */
@Tag("specimens")
class SpecimenRobustnessTest {
  @TempDir Path tmp;
  final Countries countries = ReferenceData.load().countries();

  private static String fingerprint(Path dir) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted().toList()) {
        if (Files.isRegularFile(p)) {
          md.update(p.getFileName().toString().getBytes());
          md.update(Files.readAllBytes(p));
        }
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** A mutated file either reads (then it is only checked, not written) or fails cleanly. */
  private void cleanOrValid(Store store, Path data, Path file, String what, List<String> outcomes)
      throws Exception {
    String before = fingerprint(data);
    try {
      ImportedRelease r = SipriWorkbook.read(file, countries, ReleaseDetails.none(), m -> {});
      store.importRelease(r, true, m -> {});
      outcomes.add(what + ": still readable");
    } catch (StoreException e) {
      assertThat(e.getMessage()).as(what).isNotBlank().doesNotContain("Exception:");
      outcomes.add(what + ": " + e.getMessage().lines().findFirst().orElse(""));
    } catch (RuntimeException | Error e) {
      fail(what + " escaped as " + e, e);
    }
    assertThat(fingerprint(data)).as(what + ": the database is unchanged").isEqualTo(before);
  }

  @Test
  void corruptedCopiesOfTheRealWorkbookFailCleanly() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Store store = Store.open(data, m -> {});
    byte[] original = Files.readAllBytes(Specimens.sipri());
    Random random = new Random(20251128);
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      int length = random.nextInt(original.length - 1);
      Path f =
          Files.write(
              tmp.resolve("truncated-" + i + ".xlsx"), java.util.Arrays.copyOf(original, length));
      cleanOrValid(store, data, f, "truncated to " + length + " bytes", outcomes);
    }
    for (int i = 0; i < 12; i++) {
      byte[] flipped = original.clone();
      int at = random.nextInt(flipped.length);
      flipped[at] ^= (byte) (1 + random.nextInt(255));
      Path f = Files.write(tmp.resolve("flipped-" + i + ".xlsx"), flipped);
      cleanOrValid(store, data, f, "byte " + at + " flipped", outcomes);
    }
    for (String sheet :
        List.of(
            "Constant (2023) US$", "Current US$", "Share of GDP", "Footnotes", "Regional totals")) {
      Path f =
          rewrite(
              tmp.resolve("without-" + sheet.replaceAll("\\W", "") + ".xlsx"),
              wb -> wb.removeSheetAt(wb.getSheetIndex(sheet)));
      cleanOrValid(store, data, f, "sheet " + sheet + " deleted", outcomes);
    }
    for (int i = 0; i < 6; i++) {
      int seed = i;
      Path f =
          rewrite(tmp.resolve("swapped-" + i + ".xlsx"), wb -> swapCells(wb, new Random(seed)));
      cleanOrValid(store, data, f, "cells swapped (" + i + ")", outcomes);
    }
    assertThat(outcomes).hasSize(35);
    assertThat(outcomes.stream().filter(o -> !o.endsWith("still readable"))).hasSizeGreaterThan(20);
  }

  private Path rewrite(Path target, java.util.function.Consumer<XSSFWorkbook> change)
      throws Exception {
    try (InputStream in = Files.newInputStream(Specimens.sipri());
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      change.accept(wb);
      try (OutputStream out = Files.newOutputStream(target)) {
        wb.write(out);
      }
    }
    return target;
  }

  /** Swaps a country's name with one of its figures on a country sheet. */
  private static void swapCells(XSSFWorkbook wb, Random random) {
    Sheet sheet = wb.getSheet(random.nextBoolean() ? "Current US$" : "Constant (2023) US$");
    while (true) {
      Row row = sheet.getRow(20 + random.nextInt(150));
      if (row == null
          || row.getCell(0) == null
          || row.getCell(0).getCellType() != CellType.STRING) {
        continue;
      }
      Cell name = row.getCell(0);
      Cell figure = row.getCell(40 + random.nextInt(30));
      if (figure == null || figure.getCellType() != CellType.NUMERIC) {
        continue;
      }
      String n = name.getStringCellValue();
      double v = figure.getNumericCellValue();
      name.setCellValue(v);
      figure.setCellValue(n);
      return;
    }
  }

  @Test
  void importsKilledAtRandomMomentsLeaveTheDatabaseWhole() throws Exception {
    Path baseline = Files.createDirectories(tmp.resolve("baseline"));
    Store.open(baseline, m -> {});
    Path data = tmp.resolve("data");
    Random random = new Random(7);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    int killedBeforeCommit = 0;
    int completed = 0;
    for (int i = 0; i < 10; i++) {
      copy(baseline, data);
      Process p =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  ImportProcess.class.getName(),
                  data.toString(),
                  Specimens.sipri().toString())
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve("child-" + i + ".log").toFile())
              .start();
      long delay = 300 + random.nextInt(3500);
      boolean ended = p.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!ended) {
        p.destroyForcibly(); // SIGKILL
        p.waitFor();
      }
      Store store = Store.open(data, m -> {});
      Figures d = store.snapshot();
      List<String> ids = d.releases().stream().map(Release::id).toList();
      if (ids.contains("sipri-2025-04")) {
        completed++;
        assertThat(d.releases()).hasSize(7);
        long figures = store.snapshot().releases().size();
        assertThat(figures).isEqualTo(7);
        assertThat(d.observationCount())
            .as("all of the release, or none")
            .isEqualTo(15_839 + 3_056 + 53_923);
      } else {
        killedBeforeCommit++;
        assertThat(ids)
            .containsExactly(
                "nato-2019-06",
                "nato-2023-07",
                "nato-2024-06",
                "nato-2025-08",
                "nato-2026-07",
                "wb-wdi-2026-07");
        assertThat(d.observationCount()).isEqualTo(15_839 + 3_056);
      }
    }
    assertThat(killedBeforeCommit)
        .as("some imports were killed before they committed")
        .isPositive();
    assertThat(killedBeforeCommit + completed).isEqualTo(10);
  }

  private static void copy(Path from, Path to) throws Exception {
    if (Files.exists(to)) {
      try (var files = Files.walk(to)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path p : files.toList()) {
        Files.copy(p, to.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
