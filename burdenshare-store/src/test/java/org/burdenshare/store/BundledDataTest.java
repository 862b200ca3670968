package org.burdenshare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.burdenshare.core.Engine;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.Group;
import org.burdenshare.core.measures.Comparison;
import org.burdenshare.core.measures.GuidelineCheck;
import org.burdenshare.core.releases.ReleaseChoice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The acceptance figures of the foundation, read from the bundled releases through the store. */
class BundledDataTest {
  @TempDir static Path dir;
  static Figures data;
  static Engine engine;

  @BeforeAll
  static void load() {
    data = Store.open(dir, m -> {}).snapshot();
    engine = new Engine(data);
  }

  @Test
  void theNatoReleasesAndTheWorldBankAreBundled() {
    assertThat(data.releases())
        .extracting(r -> r.id())
        .containsExactly(
            "nato-2019-06",
            "nato-2023-07",
            "nato-2024-06",
            "nato-2025-08",
            "nato-2026-07",
            "wb-wdi-2026-07");
    assertThat(data.observationCount()).isEqualTo(2681 + 99 + 5346 + 3056 + 6273 + 1440);
    assertThat(data.release("nato-2023-07").partial()).isTrue();
    assertThat(data.release("nato-2025-08").partial()).isTrue();
    assertThat(data.releases().stream().filter(r -> r.partial())).hasSize(2);
  }

  /**
   * Every bundled release says, for every indicator it holds, what the publisher called it: a table
   * title (or, where the transcription lost it, a note saying the titles are not recorded) and the
   * measure.
   */
  @Test
  void everyBundledReleaseStatesWhatItsTablesMeasured() {
    for (var r : data.releases()) {
      for (var indicator : org.burdenshare.core.indicators.Indicators.all()) {
        if (data.years(r.id(), indicator.id()).isEmpty()) {
          continue;
        }
        assertThat(r.definitions()).as(r.id() + " " + indicator.id()).containsKey(indicator.id());
        var d = r.definitionOf(indicator.id());
        assertThat(d.measure()).as(r.id() + " " + indicator.id()).isNotBlank();
        if (d.table() == null) {
          assertThat(r.notes())
              .as(r.id() + " says its titles are not recorded")
              .anyMatch(n -> n.contains("titles") && n.contains("not"));
        }
      }
    }
    assertThat(data.release("nato-2024-06").definitionOf("share_of_gdp").table())
        .isEqualTo("Table 3 : Defence expenditure as a share of GDP and annual real change");
    assertThat(data.release("nato-2026-07").definitionOf("share_of_gdp").measure())
        .isEqualTo("Core defence expenditure");
    assertThat(data.release("nato-2019-06").definitionOf("share_of_gdp").table()).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "2019,29", "2020,30", "2021,30", "2022,30", "2023,31", "2024,32", "2026,32", "1949,12"
  })
  void memberCounts(int year, int members) {
    assertThat(engine.group("NATO", year).size()).isEqualTo(members);
  }

  /**
   * Membership dates are what make NATO's own totals come out of the country rows. The release
   * rounds to whole millions, so sums may differ by rounding: within ±2 million every year, except
   * 2015 in current USD, where both of NATO's aggregates exceed the sum of their members by exactly
   * 3 million (checked here as exactly that, and reported, not corrected).
   */
  @ParameterizedTest
  @ValueSource(strings = {"defence_exp_current_usd", "defence_exp_constant_usd"})
  void sumsOfMembersReproduceNatosPublishedAggregatesIn2026Release(String indicator) {
    ReleaseChoice release = ReleaseChoice.named("nato-2026-07");
    for (int year = 2014; year <= 2026; year++) {
      Map<String, Observation> figures = data.figures("nato-2026-07", indicator, year);
      double nato = engine.total("NATO", indicator, year, release).total().total();
      double europeCanada =
          engine.total("NATO_EUROPE_CANADA", indicator, year, release).total().total();
      double natoGap = figures.get("NATO_TOTAL").value() - nato;
      double europeCanadaGap = figures.get("NATO_EUROPE_CANADA").value() - europeCanada;
      if (year == 2015 && indicator.equals("defence_exp_current_usd")) {
        assertThat(natoGap).as("the known 2015 rounding gap").isEqualTo(3.0);
        assertThat(europeCanadaGap).as("the known 2015 rounding gap").isEqualTo(3.0);
        continue;
      }
      assertThat(Math.abs(natoGap)).as("NATO %s %d", indicator, year).isLessThanOrEqualTo(2.0);
      assertThat(Math.abs(europeCanadaGap))
          .as("NATO Europe and Canada %s %d", indicator, year)
          .isLessThanOrEqualTo(2.0);
    }
  }

  @Test
  void theUsAgainstAllOtherAlliesAsOfTheClaimDate() {
    Comparison c =
        engine.compare(
            "USA",
            "NATO-USA",
            "defence_exp_current_usd",
            2019,
            ReleaseChoice.asOf(LocalDate.of(2019, 11, 28)));
    assertThat(c.release().id()).isEqualTo("nato-2019-06");
    assertThat(c.a().total()).isCloseTo(730_149, within(0.5));
    assertThat(c.b().total()).isCloseTo(305_928, within(0.5));
    assertThat(c.b().allies()).hasSize(28);
    assertThat(c.b().alliesWithFigures()).isEqualTo(27);
    assertThat(c.b().alliesWithoutFigures()).containsExactly("ISL");
    assertThat(c.ratio()).isCloseTo(2.39, within(0.005));
    assertThat(c.a().estimate()).isTrue();
  }

  @Test
  void theSameComparisonLaterUsesTheRevisedFigures() {
    Comparison c =
        engine.compare(
            "USA",
            "NATO-USA",
            "defence_exp_current_usd",
            2019,
            ReleaseChoice.asOf(LocalDate.of(2026, 11, 1)));
    assertThat(c.release().id()).isEqualTo("nato-2026-07");
    assertThat(c.a().total()).isEqualTo(750_886);
    assertThat(c.b().total())
        .isCloseTo(
            data.figures("nato-2026-07", "defence_exp_current_usd", 2019)
                .get("NATO_EUROPE_CANADA")
                .value(),
            within(2.0));
  }

  @ParameterizedTest
  @CsvSource({
    "2024-07-01,nato-2024-06,23",
    "2025-09-01,nato-2025-08,18",
    "2026-11-01,nato-2026-07,17"
  })
  void alliesAtTwoPercentIn2024DependOnWhenYouAsk(String asOf, String release, int count) {
    GuidelineCheck g =
        engine.guideline(
            "share_of_gdp", 2, 2024, "NATO", ReleaseChoice.asOf(LocalDate.parse(asOf)));
    assertThat(g.release().id()).isEqualTo(release);
    assertThat(g.count()).isEqualTo(count);
    assertThat(g.noFigures()).containsExactly("ISL");
    assertThat(g.atOrAbove().size() + g.below().size()).isEqualTo(31);
  }

  /**
   * NATO's August 2025 edition, partial, answers the question of 28 August 2025 as NATO did: every
   * ally with a 2025 figure at 2 %, Germany (no figure in this edition) and Iceland without.
   */
  @Test
  void asOfSeptember2025ThirtyAlliesAtTwoPercentFromTheAugustEdition() {
    GuidelineCheck g =
        engine.guideline(
            "share_of_gdp", 2, 2025, "NATO", ReleaseChoice.asOf(LocalDate.of(2025, 9, 1)));
    assertThat(g.release().id()).isEqualTo("nato-2025-08");
    assertThat(g.release().published()).isEqualTo(LocalDate.of(2025, 8, 28));
    assertThat(g.release().partial()).isTrue();
    assertThat(g.count()).isEqualTo(30);
    assertThat(g.below()).isEmpty();
    assertThat(g.noFigures()).containsExactlyInAnyOrder("DEU", "ISL");
    // Germany alone has no figure in it: the later edition answers, and says it is later
    var deu =
        data.select(
            "share_of_gdp",
            2025,
            java.util.List.of("DEU"),
            ReleaseChoice.asOf(LocalDate.of(2025, 9, 1)));
    assertThat(deu.release().id()).isEqualTo("nato-2026-07");
    assertThat(deu.later()).isTrue();
  }

  /** The August 2025 edition as bundled has no money tables: a money question says so. */
  @Test
  void aMoneyQuestionAsOfSeptember2025SaysTheAugustEditionHasNoMoneyTables() {
    ReleaseChoice sept = ReleaseChoice.asOf(LocalDate.of(2025, 9, 1));
    Comparison c2024 = engine.compare("USA", "NATO-USA", "defence_exp_current_usd", 2024, sept);
    assertThat(c2024.release().id()).isEqualTo("nato-2024-06");
    assertThat(c2024.couldNotUse().lacking())
        .extracting(r -> r.id())
        .containsExactly("nato-2025-08");
    assertThat(c2024.releaseChoice())
        .contains("nato-2025-08 (published 2025-08-28)")
        .contains("it has no money tables");
    Comparison c2025 = engine.compare("USA", "NATO-USA", "defence_exp_current_usd", 2025, sept);
    assertThat(c2025.release().id()).isEqualTo("nato-2026-07");
    assertThat(c2025.releaseChoice())
        .contains("answered from the earliest later release")
        .contains("it has no money tables");
    // the catalogue shows the edition as bundled
    var aug =
        data.editions().entries(data.releases()).stream()
            .filter(e -> LocalDate.of(2025, 8, 28).equals(e.edition().published()))
            .findFirst()
            .orElseThrow();
    assertThat(aug.heldBy().id()).isEqualTo("nato-2025-08");
  }

  @Test
  void estimatesAreFlaggedAsTheReleasesSay() {
    assertThat(data.find("nato-2019-06", "share_of_gdp", 2019, "DEU").orElseThrow().estimate())
        .isTrue();
    assertThat(data.find("nato-2019-06", "share_of_gdp", 2017, "DEU").orElseThrow().estimate())
        .isFalse();
    assertThat(data.find("nato-2026-07", "share_of_gdp", 2025, "DEU").orElseThrow().estimate())
        .isTrue();
  }

  @Test
  void everyGroupOfTheReferenceDataResolves() {
    for (var d : data.groups().definitions()) {
      Group g = engine.group(d.name(), 2024);
      assertThat(g.members()).as(d.name()).isNotEmpty();
    }
    assertThat(engine.group("NATO&EU", 2024).size()).isEqualTo(23);
    assertThat(engine.group("BALTICS", 2024).members()).containsExactly("EST", "LTU", "LVA");
  }
}
