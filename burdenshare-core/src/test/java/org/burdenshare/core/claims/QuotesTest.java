package org.burdenshare.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.countries.Region;
import org.burdenshare.core.groups.GroupDefinition;
import org.burdenshare.core.groups.Groups;
import org.burdenshare.core.releases.Comparability;
import org.burdenshare.core.releases.ReleaseRef;
import org.junit.jupiter.api.Test;

/**
 * The line a reader can quote: nouns and the release, the figure found and the one stated; a later
 * revision or redefinition said after the verdict, never as a verdict against the claim.
 */
class QuotesTest {
  private static Country ally(String iso3, String name) {
    return new Country(
        iso3, name, LocalDate.of(1949, 4, 4), null, null, Region.EUROPE, true, List.of());
  }

  private static final Countries COUNTRIES =
      new Countries(List.of(ally("USA", "United States"), ally("DEU", "Germany")));
  private static final Quotes QUOTES =
      new Quotes(
          COUNTRIES,
          new Groups(
              COUNTRIES,
              List.of(
                  new GroupDefinition(
                      "NATO_EUROPE_CANADA",
                      "European allies and Canada (NATO's own)",
                      "NATO-USA"))));

  private static ReleaseRef release(String id, LocalDate published) {
    return new ReleaseRef(
        id, "NATO Public Diplomacy Division", "Defence Expenditure", published, null, null, false);
  }

  private static final ReleaseRef JUNE_2019 = release("nato-2019-06", LocalDate.of(2019, 6, 25));
  private static final ReleaseRef JULY_2020 = release("nato-2020-07", LocalDate.of(2020, 7, 1));

  private static String line(String claim, Verdict v, double left, double right, String unit) {
    return line(claim, v, left, right, unit, null);
  }

  private static String line(
      String claim, Verdict v, double left, double right, String unit, Judgement.Latest latest) {
    return QUOTES.line(ClaimParser.parse(claim), v, left, right, unit, JUNE_2019, latest);
  }

  @Test
  void aContradictedCountSaysHowManyAlliesAndWhatWasStated() {
    assertThat(line("count(share_of_gdp(NATO, 2019) >= 2) = 9", Verdict.CONTRADICTED, 7, 9, ""))
        .isEqualTo("NATO's June 2019 figures: 7 allies at 2 % of GDP or more in 2019, not 9.");
  }

  @Test
  void aSupportedFigureSaysAsStatedAndAHedgedOneWhatWasSaid() {
    assertThat(line("share_of_gdp(DEU, 2019) = 1.36%", Verdict.SUPPORTED, 1.36, 1.36, "%"))
        .isEqualTo(
            "NATO's June 2019 figures: Germany's defence spending as a share of GDP in 2019 was"
                + " 1.36 %, as stated.");
    assertThat(line("share_of_gdp(DEU, 2019) > 2%", Verdict.CONTRADICTED, 1.36, 2, "%"))
        .endsWith("was 1.36 %, not more than 2 %.");
  }

  @Test
  void aComparisonNamesBothSidesInWords() {
    assertThat(
            line(
                "defence_exp_current_usd(USA, 2019) > sum(defence_exp_current_usd(NATO-USA, 2019))",
                Verdict.SUPPORTED,
                730_149,
                305_900,
                "million USD"))
        .isEqualTo(
            "NATO's June 2019 figures: the United States' defence spending in 2019, $730.1"
                + " billion, against the defence spending of the allies other than the United States"
                + " in 2019, combined, $305.9 billion: more, as stated.");
  }

  @Test
  void aSupportedClaimWhoseFigureWasLaterRevisedSaysSoWithoutCallingItContradicted() {
    Judgement.Latest revised =
        new Judgement.Latest(
            Verdict.CONTRADICTED, JULY_2020, 1.38, 1.36, true, Comparability.Kind.SAME, null);
    String quote =
        line("share_of_gdp(DEU, 2019) = 1.36%", Verdict.SUPPORTED, 1.36, 1.36, "%", revised);
    assertThat(quote)
        .isEqualTo(
            "NATO's June 2019 figures: Germany's defence spending as a share of GDP in 2019 was"
                + " 1.36 %, as stated; NATO's July 2020 figures revised it to 1.38 %.")
        .doesNotContain("the claim is contradicted");
  }

  @Test
  void aSupportedClaimWhoseFigureWasLaterRedefinedSaysSo() {
    Judgement.Latest redefined =
        new Judgement.Latest(
            Verdict.CONTRADICTED,
            JULY_2020,
            6.0,
            7.0,
            true,
            Comparability.Kind.DIFFERENT,
            "core defence expenditure");
    assertThat(
            line(
                "count(share_of_gdp(NATO, 2019) >= 2) = 7", Verdict.SUPPORTED, 7, 7, "", redefined))
        .isEqualTo(
            "NATO's June 2019 figures: 7 allies at 2 % of GDP or more in 2019, as stated; NATO's"
                + " July 2020 figures measure it differently and give 6.")
        .doesNotContain("contradicted");
  }

  @Test
  void aLaterReleaseThatAgreesIsNotMentionedAndAnUnjudgedClaimHasNoLine() {
    Judgement.Latest agrees =
        new Judgement.Latest(
            Verdict.SUPPORTED, JULY_2020, 1.37, 1.36, false, Comparability.Kind.SAME, null);
    assertThat(line("share_of_gdp(DEU, 2019) = 1.36%", Verdict.SUPPORTED, 1.36, 1.36, "%", agrees))
        .endsWith("as stated.");
    assertThat(line("share_of_gdp(DEU, 2019) = 1.36%", Verdict.UNVERIFIABLE, 0, 0, "")).isNull();
  }

  @Test
  void aPlaceIsAnOrdinal() {
    assertThat(
            line(
                "rank(share_of_gdp(NATO, 2019), DEU, lowest) = 3", Verdict.CONTRADICTED, 11, 3, ""))
        .isEqualTo(
            "NATO's June 2019 figures: Germany ranked 11th from the bottom among NATO's allies by"
                + " defence spending as a share of GDP in 2019, not 3rd.");
  }
}
