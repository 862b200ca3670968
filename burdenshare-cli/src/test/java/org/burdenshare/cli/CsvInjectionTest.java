package org.burdenshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release whose title begins like a spreadsheet formula ({@code =}, {@code +}, {@code -},
 * {@code @}) is written as text by every CSV the product writes, OWASP's way (a leading {@code '}),
 * and kept as imported everywhere else.
 */
class CsvInjectionTest {
  @TempDir Path tmp;

  @Test
  void everyCsvWriterNeutralisesFormulaPrefixes() throws Exception {
    Path data = tmp.resolve("data");
    List<String> titles = List.of("=2+5", "+SUM(A1:A9)", "-2+3", "@HYPERLINK(\"http://x\")");
    for (int i = 0; i < titles.size(); i++) {
      Path csv =
          Files.writeString(
              tmp.resolve("r" + i + ".csv"),
              "release,country_iso3,country_name,year,indicator,unit,value,is_estimate\n"
                  + "X,DEU,Germany,"
                  + (2025 - i) // each file different: the same file twice is one release
                  + ",real_change,percent,-1.5e1,false\n");
      Cli.Result imported =
          Cli.run(
              data,
              "import",
              "nato",
              csv.toString(),
              "--id",
              "formula-" + i,
              "--title",
              titles.get(i),
              "--published",
              "2026-11-0" + (i + 1));
      assertThat(imported.exit()).as(imported.err()).isZero();
    }
    String releases = Cli.run(data, "releases", "-f", "csv").out();
    Path export = tmp.resolve("all.csv");
    assertThat(Cli.run(data, "export", "--format", "csv", "--out", export.toString()).exit())
        .isZero();
    String exported = Files.readString(export);
    for (String title : titles) {
      String quoted =
          title.contains("\"") ? "\"'" + title.replace("\"", "\"\"") + "\"" : "'" + title;
      assertThat(releases).as("releases -f csv").contains("," + quoted + ",");
      assertThat(exported).as("export --format csv").contains("," + quoted + ",");
    }
    // the titles themselves are kept as given, and shown as given in text and JSON
    assertThat(Cli.run(data, "releases").out()).contains("=2+5").doesNotContain("'=2+5");
    assertThat(Cli.run(data, "releases", "-f", "json").out()).contains("\"=2+5\"");
    // and a negative figure stays a number
    assertThat(exported).contains(",-15.0,").doesNotContain("'-15");
  }
}
