package org.burdenshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.burdenshare.core.Engine;
import org.burdenshare.core.claims.CheckReport;
import org.burdenshare.core.claims.ClaimChecker;
import org.burdenshare.core.claims.ClaimReader;
import org.burdenshare.core.claims.SentenceCheck;
import org.burdenshare.store.Languages;
import org.burdenshare.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The claims corpus (src/test/resources/claims-corpus.csv): sentences of every kind with the
 * verdict worked out by hand from the bundled figures (the `why` column gives the numbers), not
 * from the implementation.
 */
class ClaimsCorpusTest {
  @TempDir static Path dir;
  static ClaimChecker checker;

  record Case(String sentence, LocalDate asOf, String verdict, String reading, String why) {
    @Override
    public String toString() {
      return asOf + " " + sentence;
    }
  }

  @BeforeAll
  static void load() {
    Engine engine = new Engine(Store.open(dir, m -> {}).snapshot());
    checker = new ClaimChecker(engine, new ClaimReader(Languages.load("en")));
  }

  static Stream<Case> corpus() throws Exception {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = ClaimsCorpusTest.class.getResourceAsStream("/claims-corpus.csv");
        MappingIterator<Map<String, String>> it =
            new CsvMapper()
                .readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(in)) {
      while (it.hasNext()) {
        Map<String, String> row = it.next();
        cases.add(
            new Case(
                row.get("sentence"),
                LocalDate.parse(row.get("as_of")),
                row.get("verdict"),
                row.get("reading"),
                row.get("why")));
      }
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void verdict(Case c) {
    if (c.verdict().equals("not picked")) {
      CheckReport report = checker.text(c.sentence(), c.asOf(), c.asOf());
      assertThat(report.claims()).as(c.why()).isEmpty();
      assertThat(report.message()).contains("No checkable claims");
      return;
    }
    SentenceCheck check = checker.sentence(c.sentence(), c.asOf());
    assertThat(check.verdict().toString())
        .as(
            "%s%n  reading: %s%n  reason: %s%n  notes: %s%n  expected because: %s",
            c.sentence(), check.reading(), check.reason(), check.notes(), c.why())
        .isEqualTo(c.verdict());
    if (!c.reading().isEmpty()) {
      assertThat(check.reading()).as(c.sentence()).contains(c.reading());
    }
    if (!c.verdict().equals("unverifiable")) {
      assertThat(check.evidence()).as("evidence").isNotEmpty();
      assertThat(check.release()).as("release").isNotNull();
    } else {
      assertThat(check.reason()).as("a reason").isNotBlank();
    }
  }
}
