package org.burdenshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import org.burdenshare.core.Engine;
import org.burdenshare.core.claims.ClaimChecker;
import org.burdenshare.core.claims.SentenceCheck;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.store.Languages;
import org.burdenshare.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 22, items 6 and 7: a sentence that names allies, a year and a spending measure but yields
 * no claim shows the figures it points to; every judged claim has a line a reader can quote. The
 * sentences are made up for this test, read without a language given.
 */
class QuotesAndRelatedFiguresTest {
  @org.junit.jupiter.api.io.TempDir static Path dir;
  static Engine engine;
  static ClaimChecker checker;
  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDate NOV_2019 = LocalDate.of(2019, 11, 28);

  @BeforeAll
  static void load() {
    engine = new Engine(Store.open(dir, m -> {}).snapshot());
    checker = new ClaimChecker(engine, Languages.readers());
  }

  private static Observation published(String country, String indicator) {
    return engine.figures().find("nato-2019-06", indicator, 2019, country).orElseThrow();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Germany and France fell well short of the defence spending goal in 2019.",
        "de|Deutschland und Frankreich blieben 2019 bei den Verteidigungsausgaben weit hinter dem"
            + " Ziel zurück.",
        "pl|Polska i Niemcy w 2019 roku wydawały na obronę zbyt mało w stosunku do PKB.",
        "es|Alemania e Italia gastaron muy poco en defensa en 2019 en relación con su PIB."
      })
  void aSentenceWithoutAClaimShowsTheFiguresItPointsTo(String language, String sentence) {
    SentenceCheck c = checker.sentence(sentence, NOV_2019);
    assertThat(c.language()).isEqualTo(language);
    assertThat(c.claims()).isEmpty();
    assertThat(c.quote()).isNull();
    SentenceCheck.Related germany =
        c.related().stream()
            .filter(f -> f.group().equals("DEU") && f.indicator().equals("share_of_gdp"))
            .findFirst()
            .orElseThrow();
    Observation o = published("DEU", "share_of_gdp");
    assertThat(germany.name()).isEqualTo("Germany");
    assertThat(germany.year()).isEqualTo(2019);
    assertThat(germany.value()).isEqualTo(o.value());
    assertThat(germany.estimate()).isEqualTo(o.estimate());
    // the release of the date: June 2019's, not a later edition's revision
    assertThat(germany.release().id()).isEqualTo("nato-2019-06");
    assertThat(germany.publishedAfter()).isFalse();
    assertThat(c.related()).allMatch(f -> f.year() == 2019).hasSizeLessThanOrEqualTo(12);
  }

  @Test
  void aGroupPointsToItsTotalAndNothingIsShownWithoutAYearOrAMeasure() {
    SentenceCheck europe =
        checker.sentence(
            "European allies and Canada have long spent far too little on defence, as in 2023.",
            LocalDate.of(2024, 7, 1));
    Observation printed =
        engine
            .figures()
            .find("nato-2024-06", "share_of_gdp", 2023, "NATO_EUROPE_CANADA")
            .orElseThrow();
    // a share of GDP does not add up: the row NATO prints for the group
    assertThat(europe.related())
        .anySatisfy(
            f -> {
              assertThat(f.group()).isEqualTo("NATO_EUROPE_CANADA");
              assertThat(f.name()).isEqualTo("European allies and Canada");
              assertThat(f.indicator()).isEqualTo("share_of_gdp");
              assertThat(f.value()).isEqualTo(printed.value());
            });
    // money adds up: the members' total
    double total =
        engine
            .total(
                "NATO_EUROPE_CANADA",
                "defence_exp_current_usd",
                2023,
                org.burdenshare.core.releases.ReleaseChoice.named("nato-2024-06"))
            .total()
            .total();
    assertThat(europe.related())
        .anySatisfy(
            f -> {
              assertThat(f.indicator()).isEqualTo("defence_exp_current_usd");
              assertThat(f.value()).isEqualTo(total);
            });
    assertThat(
            checker
                .sentence("Germany and France met in Brussels to discuss the budget.", NOV_2019)
                .related())
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Germany spent 1.36 % of GDP on defence in 2019.",
        "Deutschland gab 2019 1,36 % seines BIP für Verteidigung aus.",
        "L'Allemagne a consacré 1,36 % de son PIB à la défense en 2019."
      })
  void aSentenceThatYieldsAClaimHasNoRelatedFiguresButAQuote(String sentence) {
    SentenceCheck c = checker.sentence(sentence, NOV_2019);
    assertThat(c.claims()).isNotEmpty();
    assertThat(c.related()).isEmpty();
    assertThat(c.quote()).startsWith("NATO's June 2019 figures: Germany's defence spending");
  }

  @Test
  void quotesForContradictedSupportedAndRedefinedClaims() {
    assertThat(checker.sentence("Only nine of NATO's 29 members meet the 2 % target.", NOV_2019))
        .satisfies(
            c -> {
              assertThat(c.verdict().toString()).isEqualTo("contradicted");
              assertThat(c.quote())
                  .isEqualTo(
                      "NATO's June 2019 figures: 7 allies at 2 % of GDP or more in 2019, not 9.");
            });
    // supported on the figures of its date; the newest edition counts core defence expenditure
    SentenceCheck supported =
        checker.sentence("Germany spent 1.36 % of GDP on defence in 2019.", NOV_2019);
    assertThat(supported.verdict().toString()).isEqualTo("supported");
    assertThat(supported.quote())
        .startsWith(
            "NATO's June 2019 figures: Germany's defence spending as a share of GDP in 2019 was"
                + " 1.36 %, as stated; NATO's July 2026 figures measure it differently and give ")
        .doesNotContain("contradicted");
    assertThat(supported.latest().changed()).isTrue();
  }

  @Test
  void theCliShowsBothInTextAndJson() throws Exception {
    Cli.Result text =
        Cli.run(
            dir.resolve("cli"),
            "check",
            "Germany and France fell well short of the defence spending goal in 2019. Only nine"
                + " of NATO's 29 members meet the 2 % target.",
            "--as-of",
            "2019-11-28");
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("  Figures that bear on this:\n    Germany 2019 share_of_gdp = 1.36 percent")
        .contains(
            "  Quote: NATO's June 2019 figures: 7 allies at 2 % of GDP or more in 2019, not 9.");
    Cli.Result json =
        Cli.run(
            dir.resolve("cli"),
            "check",
            "Germany and France fell well short of the defence spending goal in 2019.",
            "--as-of",
            "2019-11-28",
            "--format",
            "json");
    JsonNode related = JSON.readTree(json.out()).at("/claims/0/related");
    assertThat(related.isArray()).isTrue();
    assertThat(related.get(0).at("/release/id").asText()).isEqualTo("nato-2019-06");
    assertThat(related.get(0).has("estimate")).isTrue();
  }
}
