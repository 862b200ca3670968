package org.burdenshare.store.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/**
 * The real workbooks in ../shared/data, which the specimens profile reads; missing is a failure.
 */
final class Specimens {
  private Specimens() {}

  static Path shared() {
    String dir = System.getProperty("burdenshare.shared");
    assertThat(dir).as("the specimens profile sets burdenshare.shared to ../shared").isNotBlank();
    Path p = Path.of(dir).normalize();
    assertThat(p)
        .as("../shared beside the repository (the specimens profile needs it)")
        .isDirectory();
    return p;
  }

  static Path sipri() {
    Path p = shared().resolve("data/sipri/raw/SIPRI-Milex-data-1949-2024_2.xlsx");
    assertThat(p).as("SIPRI's specimen workbook").isRegularFile();
    return p;
  }

  static Path nato2024() {
    Path p = shared().resolve("data/nato/raw/def-exp-2024/240617-def-exp-2024-TABLES-en.xlsx");
    assertThat(p).as("NATO's June 2024 workbook").isRegularFile();
    return p;
  }
}
