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
    assertThat(score.share("en")).isGreaterThanOrEqualTo(FLOOR_EN);
    assertThat(score.decisiveShare("en")).isGreaterThanOrEqualTo(FLOOR_EN_DECISIVE);
    assertThat(score.share("all")).isGreaterThanOrEqualTo(FLOOR_ALL);
  }

  static final double FLOOR_EN = 0.0;
  static final double FLOOR_EN_DECISIVE = 0.0;
  static final double FLOOR_ALL = 0.0;
}
