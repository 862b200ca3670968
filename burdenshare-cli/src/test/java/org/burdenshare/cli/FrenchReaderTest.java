package org.burdenshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.burdenshare.core.Engine;
import org.burdenshare.core.claims.ClaimChecker;
import org.burdenshare.core.claims.ClaimReader;
import org.burdenshare.core.claims.SentenceCheck;
import org.burdenshare.store.Languages;
import org.burdenshare.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French, added as data (claims/fr.json), reads sentences into the same claims as their English
 * counterparts in the corpus, and gets the same verdicts.
 */
class FrenchReaderTest {
  @TempDir static Path dir;
  static ClaimChecker french;

  @BeforeAll
  static void load() {
    Engine engine = new Engine(Store.open(dir, m -> {}).snapshot());
    french = new ClaimChecker(engine, new ClaimReader(Languages.load("fr")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Les États-Unis dépensent plus pour leur défense que les 28 autres alliés réunis.|2019-11-28|supported|sum(defence_exp_current_usd(USA, 2019)) > sum(defence_exp_current_usd(NATO-USA, 2019))",
        "L'Allemagne dépense plus en défense que tous les autres alliés réunis.|2019-11-28|contradicted|sum(defence_exp_current_usd(DEU, 2019)) > sum(defence_exp_current_usd(NATO-DEU, 2019))",
        "L'Allemagne a consacré 1,38 % de son PIB à la défense en 2019.|2019-11-28|contradicted|share_of_gdp(DEU, 2019) = 1.38%",
        "L'Allemagne a consacré 1,36 % de son PIB à la défense en 2019.|2019-11-28|supported|share_of_gdp(DEU, 2019) = 1.36%",
        "Seuls neuf des 29 membres de l'OTAN atteignent l'objectif de 2 %.|2019-11-28|contradicted|count(share_of_gdp(NATO, 2019) >= 2) = 9",
        "Les États-Unis ont dépensé 730 milliards de dollars en 2019.|2019-11-28|supported|defence_exp_current_usd(USA, 2019) = 730 billion USD",
        "La Pologne a dépensé plus de 4 % de son PIB en 2024.|2024-07-01|supported|share_of_gdp(POL, 2024) > 4%"
      })
  void readsAndJudgesAsInEnglish(String sentence, LocalDate asOf, String verdict, String reading) {
    SentenceCheck c = french.sentence(sentence, asOf);
    assertThat(c.reading()).as(sentence).isEqualTo(reading);
    assertThat(c.verdict().toString()).as(sentence + " — " + c.reason()).isEqualTo(verdict);
  }
}
