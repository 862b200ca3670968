package org.burdenshare.store.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.Engine;
import org.burdenshare.core.claims.ClaimChecker;
import org.burdenshare.core.claims.ClaimReader;
import org.burdenshare.store.Languages;
import org.burdenshare.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim reader measured on the development set of real news sentences in ../shared/claims
 * (specimens profile; fails, never skips, without it). The report, with every miss, is written to
 * target/claims-dev-report.txt; bench/claims-dev.sh prints it. The floors keep the score from
 * falling below what the reader reaches; they are not the targets.
 */
@Tag("specimens")
class ClaimsDevSetTest {
  @TempDir Path data;

  static Path devSet() {
    String dir = System.getProperty("burdenshare.shared");
    assertThat(dir).as("the specimens profile sets burdenshare.shared to ../shared").isNotBlank();
    Path tsv = Path.of(dir).resolve("claims/dev.tsv").normalize();
    assertThat(tsv).as("../shared/claims/dev.tsv beside the repository").isRegularFile();
    return tsv;
  }

  @Test
  void theReaderScoresAtLeastItsFloorsOnTheDevelopmentSet() throws Exception {
    List<DevSet.Row> rows = DevSet.read(devSet());
    Engine engine = new Engine(Store.open(data, m -> {}).snapshot());
    Map<String, ClaimChecker> checkers = new HashMap<>();
    DevSet.Score score =
        DevSet.score(
            rows,
            (row, i) -> {
              if (!Languages.known(row.lang())) {
                return new DevSet.Answer("unverifiable", "no language file for " + row.lang());
              }
              ClaimChecker checker =
                  checkers.computeIfAbsent(
                      row.lang(),
                      l -> new ClaimChecker(engine, new ClaimReader(Languages.load(l))));
              var check = checker.sentence(row.sentence(), row.date());
              return new DevSet.Answer(
                  check.verdict().toString(),
                  (check.reading() == null ? "no reading" : check.reading())
                      + " — "
                      + check.reason());
            });
    String report = score.report();
    Path out = Path.of("target", "claims-dev-report.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println(report);
    // Floors: what the reader reaches now (raise them as it improves; never lower them).
    FLOORS.forEach(
        (lang, right) ->
            assertThat(score.byLanguage().get(lang)[0])
                .as("rows right in " + lang + "\n" + report)
                .isGreaterThanOrEqualTo(right));
    assertThat(score.decisiveByLanguage().get("en")[0])
        .as("decisive English rows right")
        .isGreaterThanOrEqualTo(FLOOR_EN_DECISIVE);
  }

  /** Rows right per language, as the reader scored when this floor was last raised. */
  static final Map<String, Integer> FLOORS =
      Map.of("en", 122, "de", 9, "es", 17, "fr", 12, "it", 18, "nl", 16, "pl", 13, "all", 207);

  static final int FLOOR_EN_DECISIVE = 47;
}
