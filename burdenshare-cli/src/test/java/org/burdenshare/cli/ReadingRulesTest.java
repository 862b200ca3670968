package org.burdenshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.burdenshare.core.Engine;
import org.burdenshare.core.claims.CheckReport;
import org.burdenshare.core.claims.ClaimChecker;
import org.burdenshare.core.claims.SentenceCheck;
import org.burdenshare.store.Languages;
import org.burdenshare.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules of reading that hold in every language, each tried in several: fractions in words ("two
 * thirds") as loose shares of a total, a baseline year ("since 2014") that a change counts from
 * rather than a year a level is about, a year that belongs to the figure compared with ("up from
 * 1.9 % in 2014") or is compared with ("down from 2015"), averages over the alliance, lists that
 * "all" spend a figure, superlatives that state a place or do not (or list several allies), and one
 * ally compared with others. The sentences are written for this test, not taken from the
 * development set, so that they say whether the rule generalises.
 */
class ReadingRulesTest {
  @TempDir static Path dir;
  static Engine engine;
  static final Map<String, ClaimChecker> CHECKERS = new ConcurrentHashMap<>();

  @BeforeAll
  static void load() {
    engine = new Engine(Store.open(dir, m -> {}).snapshot());
  }

  static ClaimChecker checker(String language) {
    return CHECKERS.computeIfAbsent(language, l -> new ClaimChecker(engine, Languages.reader(l)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // fractions: a share of the total, within 5 % unless hedged
        "en|The United States pays for two thirds of the alliance's total defence spending.|2024-07-01|supported|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 66.67% within 5%",
        "en|The United States accounts for half of NATO's total defence spending.|2024-07-01|contradicted|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 50% within 5%",
        "en|The United States accounts for more than half of NATO's total defence spending.|2024-07-01|supported|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) > 50%",
        "fr|Les États-Unis représentent les deux tiers du total des dépenses de l'OTAN.|2024-07-01|supported|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 66.67% within 5%",
        "es|Estados Unidos financia casi dos tercios del gasto total de la OTAN.|2024-07-01|supported|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 66.67% within 5%",
        // a baseline year: the level is the newest year's, the change runs from the baseline
        "en|Germany's defence spending has risen by 96 percent in real terms since 2014.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) = 96%",
        "de|Die Verteidigungsausgaben Deutschlands sind seit 2014 real um 96 Prozent gestiegen.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) = 96%",
        // a change is measured at constant prices unless the sentence says nominal; then the
        // judge says when it holds only at current prices
        "en|Germany's defence spending has risen by 96 percent since 2014.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) = 96%",
        "en|Germany's defence spending has risen by 96 percent in nominal terms since 2014.|2024-07-01|misleading|change(defence_exp_current_usd(DEU, 2024), 2014) = 96%",
        "de|Die Verteidigungsausgaben Deutschlands sind seit 2014 nominal um 96 Prozent gestiegen.|2024-07-01|misleading|change(defence_exp_current_usd(DEU, 2024), 2014) = 96%",
        "es|Polonia destina el 4,12% de su PIB a defensa desde 2014.|2024-07-01|supported|share_of_gdp(POL, 2024) = 4.12%",
        // "between 2014 and 2024": the first year of a span is a baseline as after "since"
        "en|Between 2014 and 2024, Germany's defence spending rose by 96 percent in real terms.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) = 96%",
        "nl|Tussen 2014 en 2024 stegen de defensie-uitgaven van Duitsland met 96 procent.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) = 96%",
        // a count of allies whose spending rose over a span is not one year's count: not read
        "en|Between 2014 and 2019, 20 allies increased their defence spending.|2024-07-01|unverifiable|null",
        // a year that belongs to the figure compared with
        "en|Poland now spends 4.1% of GDP on defence, up from 1.9% in 2014.|2024-07-01|supported|share_of_gdp(POL, 2024) = 4.1% ; share_of_gdp(POL, 2014) = 1.9%",
        "en|Poland now spends 4.1% of GDP on defence, up from 2.9% in 2014.|2024-07-01|contradicted|share_of_gdp(POL, 2024) = 4.1% ; share_of_gdp(POL, 2014) = 2.9%",
        // a year compared with, without a figure of its own
        "en|Germany spends 2.12% of GDP on defence this year, up from last year.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.12% ; share_of_gdp(DEU, 2024) > share_of_gdp(DEU, 2023)",
        "en|Germany spends 2.12% of GDP on defence this year, down from last year.|2024-07-01|contradicted|share_of_gdp(DEU, 2024) = 2.12% ; share_of_gdp(DEU, 2024) < share_of_gdp(DEU, 2023)",
        // an average over the alliance: the ratio NATO prints for it
        "en|NATO allies spent on average 2.71 percent of GDP on defence in 2024.|2024-07-01|supported|share_of_gdp(NATO, 2024) = 2.71%",
        "fr|En moyenne, les alliés européens et le Canada ont consacré 2,5 % de leur PIB à la défense en 2024.|2024-07-01|contradicted|share_of_gdp(NATO_EUROPE_CANADA, 2024) = 2.5%",
        // "all" after a list of countries says the figure of each
        "en|Estonia, Latvia and Lithuania all spend more than 3 percent of GDP on defence.|2024-07-01|contradicted|share_of_gdp(EST, 2024) > 3% ; share_of_gdp(LVA, 2024) > 3% ; share_of_gdp(LTU, 2024) > 3%",
        // a superlative of a share of GDP is a place; "among the lowest" with no measure is none
        "en|Luxembourg spends the lowest share of its GDP on defence of any ally.|2024-07-01|contradicted|rank(share_of_gdp(NATO, 2024), LUX, lowest) = 1",
        "en|Belgium ranks among the lowest spenders in the alliance.|2024-07-01|unverifiable|null",
        // an ordinal joined to a superlative says the place and the end it counts from
        "en|Belgium, at 1.3 percent of GDP, is the fourth-lowest spender in the alliance.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), BEL, lowest) = 4 ; share_of_gdp(BEL, 2024) = 1.3%",
        "en|Germany is the second largest spender in NATO.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), DEU) = 2",
        // a superlative that lists allies: each is among as many places as are listed or counted
        "en|The three biggest spenders as a share of GDP are Poland, Estonia and the United States.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) <= 3 ; rank(share_of_gdp(NATO, 2024), EST) <= 3 ; rank(share_of_gdp(NATO, 2024), USA) <= 3",
        "en|The lowest spenders relative to GDP are Spain, Slovenia and Italy.|2024-07-01|contradicted|rank(share_of_gdp(NATO, 2024), ESP, lowest) <= 3 ; rank(share_of_gdp(NATO, 2024), SVN, lowest) <= 3 ; rank(share_of_gdp(NATO, 2024), ITA, lowest) <= 3",
        "fr|Les pays qui dépensent le moins en pourcentage du PIB sont l'Espagne, la Slovénie et le Luxembourg.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), ESP, lowest) <= 3 ; rank(share_of_gdp(NATO, 2024), SVN, lowest) <= 3 ; rank(share_of_gdp(NATO, 2024), LUX, lowest) <= 3",
        "de|Die Länder mit den niedrigsten Ausgaben gemessen am BIP sind Spanien, Slowenien und Luxemburg.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), ESP, lowest) <= 3 ; rank(share_of_gdp(NATO, 2024), SVN, lowest) <= 3 ; rank(share_of_gdp(NATO, 2024), LUX, lowest) <= 3",
        // ... but not a ranking within a region, which is not the alliance's
        "en|Germany and France are the biggest spenders in Europe.|2024-07-01|unverifiable|null",
        // one ally against others, each pair a comparison of the same figure
        "en|Germany now spends more on defence than France and the United Kingdom.|2024-07-01|supported|defence_exp_current_usd(DEU, 2024) > defence_exp_current_usd(FRA, 2024) ; defence_exp_current_usd(DEU, 2024) > defence_exp_current_usd(GBR, 2024)",
        "de|Polen gibt gemessen am BIP mehr für Verteidigung aus als Deutschland und Frankreich.|2024-07-01|supported|share_of_gdp(POL, 2024) > share_of_gdp(DEU, 2024) ; share_of_gdp(POL, 2024) > share_of_gdp(FRA, 2024)",
        "es|España gasta menos en defensa que Italia.|2024-07-01|supported|defence_exp_current_usd(ESP, 2024) < defence_exp_current_usd(ITA, 2024)",
        "pl|Polska wydaje na obronę więcej niż Niemcy.|2024-07-01|contradicted|defence_exp_current_usd(POL, 2024) > defence_exp_current_usd(DEU, 2024)",
        // the year an ally joined is not the year its figures are about
        "en|Estonia, which joined NATO in 2004, spends more of its GDP on defence than Germany.|2024-07-01|supported|share_of_gdp(EST, 2024) > share_of_gdp(DEU, 2024)",
        // ... nor the year a target was agreed
        "en|The 2 percent target, agreed in 2014 at the Wales summit, is now met by Poland with 4.12 percent.|2024-07-01|supported|share_of_gdp(POL, 2024) >= 2% ; share_of_gdp(POL, 2024) = 4.12%",
        "fr|La Pologne, au-delà de l'objectif fixé en 2014, consacre 4,12 % de son PIB à la défense.|2024-07-01|supported|share_of_gdp(POL, 2024) = 4.12%",
        "it|L'obiettivo del 2%, fissato nel 2014 in Galles, è superato dalla Polonia con il 4,12%.|2024-07-01|supported|share_of_gdp(POL, 2024) >= 2% ; share_of_gdp(POL, 2024) = 4.12%",
        "de|Polen gibt 4,12 Prozent seines BIP für Verteidigung aus und übertrifft damit das 2014 beschlossene Ziel.|2024-07-01|supported|share_of_gdp(POL, 2024) = 4.12%",
        "nl|Polen besteedt 4,12 procent van het bbp aan defensie, ruim boven de in 2014 afgesproken norm.|2024-07-01|supported|share_of_gdp(POL, 2024) = 4.12%",
        // a change compared, or another quantity, is not a comparison of spending
        "en|Germany increased its spending more than France.|2024-07-01|unverifiable|null",
        "en|Poland has more soldiers than Germany.|2024-07-01|unverifiable|null",
        "en|Poland spends more on tanks than Germany.|2024-07-01|unverifiable|null",
        "de|Polen gibt mehr für Panzer aus als Deutschland.|2024-07-01|unverifiable|null",
        // counts: "more than 3 percent" counts those above it; the year compared with has its own
        "en|Only five allies spent more than 3 percent of their GDP on defence in 2024.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) > 3) = 5",
        "en|23 allies are expected to meet the 2% target this year, up from three in 2014.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23 ; count(share_of_gdp(NATO, 2014) >= 2) = 3",
        // the equipment guideline and an ally's equipment share
        "en|Some 18 allies now meet NATO's guideline of spending 20 percent of their defence budgets on major equipment.|2024-07-01|contradicted|count(equipment_share(NATO, 2024) >= 20) = 18",
        "en|Equipment spending accounts for more than 30 percent of Poland's defence budget.|2024-07-01|supported|equipment_share(POL, 2024) > 30%",
        // "de" after a verb of change is "by"; "from … to …" gives each figure its own year
        "fr|Les alliés européens et le Canada ont augmenté leurs dépenses de 14,9 % en termes réels en 2024.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) = 14.9%",
        "fr|La part du PIB consacrée à la défense par l'Allemagne est passée de 1,19 % en 2014 à 2,12 % en 2024.|2024-07-01|supported|share_of_gdp(DEU, 2014) = 1.19% ; share_of_gdp(DEU, 2024) = 2.12%",
        "en|Germany's defence spending rose from 1.19% of GDP in 2014 to 2.12% in 2024.|2024-07-01|supported|share_of_gdp(DEU, 2014) = 1.19% ; share_of_gdp(DEU, 2024) = 2.12%",
        "de|Die Verteidigungsausgaben der europäischen Verbündeten und Kanadas stiegen 2024 real um 14,9 Prozent.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) = 14.9%",
        // a hedge may stand before an article: "al di sotto del 2 %"
        "it|L'Italia spende l'1,49% del Pil per la difesa, ben al di sotto del 2%.|2024-07-01|supported|share_of_gdp(ITA, 2024) < 2% ; share_of_gdp(ITA, 2024) = 1.49%",
        // a change's verb with "to" before the number: the level reached, not the change
        "en|Germany's defence spending, 1.19 percent of GDP in 2014, rose to 2.12 percent in 2024.|2024-07-01|supported|share_of_gdp(DEU, 2014) = 1.19% ; share_of_gdp(DEU, 2024) = 2.12%",
        "de|Die Verteidigungsausgaben Deutschlands, 2014 noch 1,19 Prozent des BIP, stiegen 2024 auf 2,12 Prozent.|2024-07-01|supported|share_of_gdp(DEU, 2014) = 1.19% ; share_of_gdp(DEU, 2024) = 2.12%",
        "es|El gasto en defensa de Alemania, del 1,19 % del PIB en 2014, aumentó hasta el 2,12 % en 2024.|2024-07-01|supported|share_of_gdp(DEU, 2014) = 1.19% ; share_of_gdp(DEU, 2024) = 2.12%",
        // a percentage away from the word for GDP is a share of GDP only if one can be that large
        "en|Germany spent 2.12 percent of GDP on defence in 2024, while 55 percent of Germans said it should spend more.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.12%",
        // a plan for a later year is named, not judged; the figure it is compared with is stated
        "en|Germany plans to spend 3.5 percent of GDP on defence by 2030.|2024-07-01|unverifiable|null",
        "en|Germany aims to spend 3.5% of GDP on defence by 2029, up from 2.12% this year.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.12%",
        // "l'an dernier" is last year, not the last place
        "fr|L'an dernier, l'Espagne n'a dépensé que 1,19 % de son PIB pour ses armées.|2024-07-01|supported|share_of_gdp(ESP, 2023) = 1.19%",
        // "more than all the others together": one ally against the rest of the alliance (or of
        // the group named), in each language's words for "all the others"
        "de|Die USA geben mehr für Verteidigung aus als alle anderen Verbündeten zusammen.|2024-07-01|supported|sum(defence_exp_current_usd(USA, 2024)) > sum(defence_exp_current_usd(NATO-USA, 2024))",
        "es|Estados Unidos gasta más en defensa que todos los demás aliados juntos.|2024-07-01|supported|sum(defence_exp_current_usd(USA, 2024)) > sum(defence_exp_current_usd(NATO-USA, 2024))",
        "it|Gli Stati Uniti spendono per la difesa più di tutti gli altri alleati messi insieme.|2024-07-01|supported|sum(defence_exp_current_usd(USA, 2024)) > sum(defence_exp_current_usd(NATO-USA, 2024))",
        "nl|De Verenigde Staten geven meer uit aan defensie dan alle andere bondgenoten samen.|2024-07-01|supported|sum(defence_exp_current_usd(USA, 2024)) > sum(defence_exp_current_usd(NATO-USA, 2024))",
        "pl|Stany Zjednoczone wydają na obronę więcej niż wszyscy pozostali sojusznicy razem wzięci.|2024-07-01|supported|sum(defence_exp_current_usd(USA, 2024)) > sum(defence_exp_current_usd(NATO-USA, 2024))",
        "en|Germany spends more on defence than all other European allies combined.|2024-07-01|contradicted|sum(defence_exp_current_usd(DEU, 2024)) > sum(defence_exp_current_usd(NATO_EUROPE-DEU, 2024))",
        "en|Luxembourg spends less on defence than all the other allies.|2024-07-01|supported|sum(defence_exp_current_usd(LUX, 2024)) < sum(defence_exp_current_usd(NATO-LUX, 2024))",
        "en|Poland has more soldiers than all other allies.|2024-07-01|unverifiable|null",
        "en|Poland spends 4.12 percent of GDP on defence, more than all other allies combined.|2024-07-01|contradicted|sum(defence_exp_current_usd(POL, 2024)) > sum(defence_exp_current_usd(NATO-POL, 2024)) ; share_of_gdp(POL, 2024) = 4.12%",
        // "one of the 23 allies that …" picks one ally from those counted: the count is 23
        "en|Germany is one of the 23 allies that meet the 2 percent target this year.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23 ; share_of_gdp(DEU, 2024) >= 2%",
        "en|Germany is one of the 22 allies that meet the 2 percent target this year.|2024-07-01|contradicted|count(share_of_gdp(NATO, 2024) >= 2) = 22 ; share_of_gdp(DEU, 2024) >= 2%",
        "de|Deutschland ist einer der 23 Staaten, die das Zwei-Prozent-Ziel erreichen.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23 ; share_of_gdp(DEU, 2024) >= 2%",
        "fr|L'Allemagne est l'un des 23 alliés qui atteignent l'objectif de 2 %.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23 ; share_of_gdp(DEU, 2024) >= 2%",
        "es|Alemania es uno de los 23 aliados que cumplen el objetivo del 2 %.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23 ; share_of_gdp(DEU, 2024) >= 2%",
        "it|La Germania è uno dei 23 alleati che raggiungono l'obiettivo del 2%.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23 ; share_of_gdp(DEU, 2024) >= 2%",
        "nl|Duitsland is een van de 23 bondgenoten die de norm van 2 procent halen.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23 ; share_of_gdp(DEU, 2024) >= 2%",
        "pl|Niemcy są jednym z 23 państw, które osiągają cel 2 proc. PKB.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23 ; share_of_gdp(DEU, 2024) >= 2%",
        // ... and "one of the alliance's lowest" is within the first ten, a possessive between or
        // not; after a comma, "one of" belongs to an aside
        "en|Italy is one of the alliance's lowest spenders relative to GDP.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), ITA, lowest) <= 10",
        "en|Poland, one of the frontline states, is the biggest spender relative to GDP.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1",
        // one ally at a guideline: its share of GDP at or above it, or below it where the verb
        // says so or is negated; a demand or a later year is not judged
        "en|Germany meets the 2 percent target this year.|2024-07-01|supported|share_of_gdp(DEU, 2024) >= 2%",
        "de|Damit erreicht Deutschland das Nato-Ziel von zwei Prozent.|2024-07-01|supported|share_of_gdp(DEU, 2024) >= 2%",
        "de|Spanien erreicht das Zwei-Prozent-Ziel auch in diesem Jahr nicht.|2024-07-01|supported|share_of_gdp(ESP, 2024) < 2%",
        "fr|L'Italie n'atteint pas l'objectif de 2 %.|2024-07-01|supported|share_of_gdp(ITA, 2024) < 2%",
        "es|España no cumple el objetivo del 2 % del PIB.|2024-07-01|supported|share_of_gdp(ESP, 2024) < 2%",
        "it|L'Italia non raggiunge l'obiettivo del 2% del Pil.|2024-07-01|supported|share_of_gdp(ITA, 2024) < 2%",
        "nl|Spanje haalt de NAVO-norm van 2 procent niet.|2024-07-01|supported|share_of_gdp(ESP, 2024) < 2%",
        "pl|Hiszpania nie osiąga celu 2 proc. PKB.|2024-07-01|supported|share_of_gdp(ESP, 2024) < 2%",
        "en|Trump urged Germany to meet the 2 percent target.|2024-07-01|unverifiable|null",
        "en|Germany will meet the 2 percent target in 2025.|2024-07-01|unverifiable|null",
        // an average of allies' percentages is of their shares of GDP, said of the first figure
        // after the word; a group whose ratio NATO prints has its share of GDP
        "it|La spesa media degli alleati europei e del Canada è il 2 per cento del PIL.|2024-07-01|supported|share_of_gdp(NATO_EUROPE_CANADA, 2024) = 2%",
        "it|In media, Europa e Canada spendono il 2 per cento.|2024-07-01|supported|share_of_gdp(NATO_EUROPE_CANADA, 2024) = 2%",
        "de|Der Durchschnitt der europäischen Verbündeten und Kanadas liegt bei 2,02 Prozent.|2024-07-01|supported|share_of_gdp(NATO_EUROPE_CANADA, 2024) = 2.02%",
        "en|The average for Europe and Canada is 2.02 percent.|2024-07-01|supported|share_of_gdp(NATO_EUROPE_CANADA, 2024) = 2.02%",
        "es|Los aliados europeos y Canadá destinaron el 2,02% de su PIB a defensa en 2024.|2024-07-01|supported|share_of_gdp(NATO_EUROPE_CANADA, 2024) = 2.02%",
        "it|Gli alleati europei e il Canada hanno speso il 2,02% del Pil in difesa nel 2024.|2024-07-01|supported|share_of_gdp(NATO_EUROPE_CANADA, 2024) = 2.02%",
        // a group named loosely: "America's European allies" are not America
        "en|America's European allies and Canada spent 2.02 percent of GDP on defence in 2024.|2024-07-01|supported|share_of_gdp(NATO_EUROPE_CANADA, 2024) = 2.02%",
        // "N of the M allies do not meet it": M stated, less those that meet it (RULES.md)
        "en|Nine of the 32 allies do not meet the 2 percent target.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23",
        // an ally's percentage beside the guideline is its share of GDP, and a place stated beside
        // it ranks shares of GDP
        "de|Mit 2,12 Prozent erfüllt Deutschland das Ziel.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.12%",
        "de|Kanada liegt mit 1,37 Prozent weiterhin deutlich unter dem Ziel.|2024-07-01|supported|share_of_gdp(CAN, 2024) = 1.37%",
        "de|Die USA liegen mit 3,38 Prozent auf dem dritten Platz.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), USA) = 3 ; share_of_gdp(USA, 2024) = 3.38%",
        // a change: a hedge between "by" and the number, verbs in the present, adjectives of
        // countries as the subject
        "de|Die deutschen Verteidigungsausgaben steigen in diesem Jahr real um fast 30 Prozent.|2024-07-01|supported|real_change(DEU, 2024) = 30% within 5%",
        "nl|Duitsland verhoogt zijn defensie-uitgaven dit jaar met 29,45 procent.|2024-07-01|supported|real_change(DEU, 2024) = 29.45%",
        "fr|Les dépenses militaires allemandes sont en hausse de 29,45 % en termes réels cette année.|2024-07-01|supported|real_change(DEU, 2024) = 29.45%",
        "en|European allies and Canada saw a 14.89% real-terms increase in defence spending in 2024.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) = 14.89%",
        "de|Die europäischen Verbündeten und Kanada verzeichneten 2024 ein reales Plus von 14,89 Prozent.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) = 14.89%",
        // "for the Nth consecutive year": a change in real terms in that direction in each year
        "en|European allies and Canada have increased their defence spending for the third consecutive year.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2023), 2022) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2022), 2021) > 0%",
        "en|Germany increased its defence spending for the fifth year in a row.|2024-07-01|contradicted|real_change(DEU, 2024) > 0% ; real_change(DEU, 2023) > 0% ; real_change(DEU, 2022) > 0% ; real_change(DEU, 2021) > 0% ; real_change(DEU, 2020) > 0%",
        "de|Die Verteidigungsausgaben der europäischen Verbündeten und Kanadas steigen zum dritten Mal in Folge.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2023), 2022) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2022), 2021) > 0%",
        "fr|Les alliés européens et le Canada augmentent leurs dépenses de défense pour la troisième année consécutive.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2023), 2022) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2022), 2021) > 0%",
        "es|Los aliados europeos y Canadá aumentan su gasto en defensa por tercer año consecutivo.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2023), 2022) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2022), 2021) > 0%",
        "it|Gli alleati europei e il Canada aumentano la spesa per la difesa per il terzo anno consecutivo.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2023), 2022) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2022), 2021) > 0%",
        "nl|De Europese bondgenoten en Canada verhogen hun defensie-uitgaven voor het derde jaar op rij.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2023), 2022) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2022), 2021) > 0%",
        "pl|Europejscy sojusznicy i Kanada zwiększają wydatki na obronę trzeci rok z rzędu.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2023), 2022) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2022), 2021) > 0%",
        // a count of allies under a bound ("less than 1.5 %"), as over one ("more than 3 %")
        "en|Seven allies spent less than 1.5% of GDP on defence in 2023.|2024-07-01|supported|count(share_of_gdp(NATO, 2023) < 1.5) = 7",
        "de|Acht Verbündete gaben 2024 weniger als 2 Prozent ihres BIP für Verteidigung aus.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) < 2) = 8",
        "fr|Cinq alliés ont consacré moins de 1,5 % de leur PIB à la défense en 2023.|2024-07-01|contradicted|count(share_of_gdp(NATO, 2023) < 1.5) = 5",
        // money after "by" and a word for a rise or fall is a difference, which the claim
        // language does not state: no level is read from it (it was read as the level)
        "en|Germany increased its defence spending by $20 billion in 2024.|2024-07-01|unverifiable|null",
        "de|Deutschland hat seine Verteidigungsausgaben 2024 um 20 Milliarden Dollar erhöht.|2024-07-01|unverifiable|null",
        "fr|Les dépenses de défense de la France ont atteint 64 milliards de dollars en 2024.|2024-07-01|supported|defence_exp_current_usd(FRA, 2024) = 64 billion USD",
        // spending that doubled or tripled over a span: a change in real terms whose ratio rounds
        // to the multiple ("more than doubled": above it), from "since"'s year or the first of two
        "en|Germany has doubled its defence spending since 2014.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) = 100% within 50",
        "en|Lithuania more than doubled its military spending between 2014 and 2019.|2019-11-28|supported|change(defence_exp_constant_usd(LTU, 2019), 2014) > 100%",
        "de|Polen hat seine Verteidigungsausgaben zwischen 2014 und 2024 verdreifacht.|2024-07-01|supported|change(defence_exp_constant_usd(POL, 2024), 2014) = 200% within 50",
        "fr|La France a doublé ses dépenses de défense depuis 2017.|2024-07-01|contradicted|change(defence_exp_constant_usd(FRA, 2024), 2017) = 100% within 50",
        "es|Los Países Bajos han duplicado su gasto en defensa desde 2014.|2024-07-01|supported|change(defence_exp_constant_usd(NLD, 2024), 2014) = 100% within 50",
        "it|L'Italia ha raddoppiato la spesa per la difesa dal 2014.|2024-07-01|contradicted|change(defence_exp_constant_usd(ITA, 2024), 2014) = 100% within 50",
        "nl|Nederland heeft zijn defensie-uitgaven sinds 2014 verdubbeld.|2024-07-01|supported|change(defence_exp_constant_usd(NLD, 2024), 2014) = 100% within 50",
        "pl|Holandia podwoiła wydatki na obronę od 2014 roku.|2024-07-01|supported|change(defence_exp_constant_usd(NLD, 2024), 2014) = 100% within 50",
        // tripled is not doubled: the ratio rounds to three
        "pl|Polska podwoiła wydatki na obronę od 2014 roku.|2024-07-01|contradicted|change(defence_exp_constant_usd(POL, 2024), 2014) = 100% within 50",
        // ... not a share of GDP (a ratio that moves with the economy), nor without a year to count
        // from
        "en|Germany has doubled its defence spending.|2024-07-01|unverifiable|null",
        // the alliance a figure is attributed to is not the country the sentence points to
        "en|As reported by NATO, the nation raised its military spending by 12% in 2023.|2024-07-01|unverifiable|null",
        "en|According to NATO, the country spent 1.9% of GDP on defence in 2023.|2024-07-01|unverifiable|null",
        "fr|Selon l'Otan, le pays augmentera son budget de défense de 40 % cette année.|2024-07-01|unverifiable|null",
        "en|According to NATO, allies spent 2.71 percent of GDP on average in 2024.|2024-07-01|supported|share_of_gdp(NATO, 2024) = 2.71%",
        // a place in words: a number after the word for a place ("auf Platz 15", "el puesto
        // 15"), an ordinal after "comes"
        "en|In terms of spending relative to GDP, the United States comes third.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), USA) = 3",
        "de|Deutschland liegt bei den Verteidigungsausgaben gemessen am BIP auf Platz 15.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), DEU) = 15",
        "de|Deutschland liegt bei den Verteidigungsausgaben auf Rang zwei hinter den USA.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), DEU) = 2",
        "es|Alemania ocupa el puesto 15 en gasto en defensa en relación con su PIB.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), DEU) = 15",
        "nl|Duitsland staat op plaats 15 als het gaat om defensie-uitgaven als aandeel van het bbp.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), DEU) = 15",
        // an aside in parentheses is a clause of its own: its year is its figure's, and the
        // clause around it goes on after it
        "en|Spain spends 1.28 percent of GDP on defence this year (1.19 percent in 2023; 1.2 percent in 2022).|2024-07-01|supported|share_of_gdp(ESP, 2024) = 1.28% ; share_of_gdp(ESP, 2023) = 1.19% ; share_of_gdp(ESP, 2022) = 1.2%",
        "es|Este año España destina el 1,28 % de su PIB a defensa (el 1,19 % en 2023).|2024-07-01|supported|share_of_gdp(ESP, 2024) = 1.28% ; share_of_gdp(ESP, 2023) = 1.19%",
        "en|Canada's defence spending (in current dollars) trailed the United States, Germany and the United Kingdom.|2024-07-01|contradicted|rank(defence_exp_current_usd(NATO, 2024), CAN) = 4",
        "en|Belgium spent 1.21 percent of GDP on defence last year, while the alliance (NATO) asks its members for 2 percent of GDP.|2024-07-01|supported|share_of_gdp(BEL, 2023) = 1.21%",
        // ... and a list of allies with a figure in parentheses after each gives each its own
        "es|Polonia (4,12%), Estonia (3,43%) y Estados Unidos (3,38%) destinan más del 3% de su PIB a defensa.|2024-07-01|supported|share_of_gdp(POL, 2024) = 4.12% ; share_of_gdp(EST, 2024) = 3.43% ; share_of_gdp(USA, 2024) = 3.38% ; share_of_gdp(USA, 2024) > 3%",
        "de|Polen (4,12 Prozent), Estland (3,43 Prozent) und die USA (3,38 Prozent) geben mehr als 3 Prozent ihres BIP für Verteidigung aus.|2024-07-01|supported|share_of_gdp(POL, 2024) = 4.12% ; share_of_gdp(EST, 2024) = 3.43% ; share_of_gdp(USA, 2024) = 3.38% ; share_of_gdp(USA, 2024) > 3%",
        // a list that says its measure once, for the first figure: the others are of the same
        "en|Poland leads with 4.1% of GDP, followed by Estonia (3.4) and the United States (3.4).|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1 ; rank(share_of_gdp(NATO, 2024), EST) = 2 ; rank(share_of_gdp(NATO, 2024), USA) = 3 ; share_of_gdp(POL, 2024) = 4.1% ; share_of_gdp(EST, 2024) = 3.4 ; share_of_gdp(USA, 2024) = 3.4",
        "de|Polen kommt auf 4,12 Prozent des BIP, Estland auf 3,43 und Lettland auf 3,15.|2024-07-01|supported|share_of_gdp(POL, 2024) = 4.12% ; share_of_gdp(EST, 2024) = 3.43 ; share_of_gdp(LVA, 2024) = 3.15",
        "fr|La Pologne consacre à sa défense 4,1 % de son PIB, devant l'Estonie (3,9) et les États-Unis (3,4).|2024-07-01|contradicted|share_of_gdp(POL, 2024) = 4.1% ; share_of_gdp(EST, 2024) = 3.9 ; share_of_gdp(USA, 2024) = 3.4",
        "it|La Polonia spende il 4,12% del Pil, l'Estonia il 3,43 e la Lettonia il 3,15.|2024-07-01|supported|share_of_gdp(POL, 2024) = 4.12% ; share_of_gdp(EST, 2024) = 3.43% ; share_of_gdp(LVA, 2024) = 3.15%",
        // ... but a number after the same ally, or after a word of change, is not a list's
        "en|Germany spends 2.12% of GDP on defence, and its budget will rise by 3.4 next year.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.12%",
        // a year to come belongs to the plan's figure next to it, not to what is spent now
        "en|Germany spends 2.12% of GDP on defence and aims to reach 3.5% by 2029.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.12%",
        "en|Germany spends 2.12% of GDP on defence, with spending set to rise to 3.5% in 2029.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.12%",
        "de|Deutschland gibt 2,12 Prozent des BIP für Verteidigung aus und will bis 2029 3,5 Prozent erreichen.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.12%",
        "es|Alemania destina el 2,12 % de su PIB a defensa y quiere llegar al 3,5 % en 2029.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.12%",
        // "the number of allies …" is the count that follows it, and "from three in 2014" the
        // count of the year compared with
        "en|The number of allies meeting the 2% target has risen to 23 from three in 2014.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23 ; count(share_of_gdp(NATO, 2014) >= 2) = 3",
        "de|Die Zahl der Nato-Staaten, die das Zwei-Prozent-Ziel erreichen, ist auf 23 gestiegen.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23",
        "fr|Le nombre de pays qui atteignent l'objectif de 2 % est passé à 20.|2024-07-01|contradicted|count(share_of_gdp(NATO, 2024) >= 2) = 20",
        "es|El número de aliados que cumplen el objetivo del 2 % ha subido a 23.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23",
        "it|Il numero dei Paesi che raggiungono l'obiettivo del 2% è salito a 23.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23",
        "nl|Het aantal bondgenoten dat de norm van 2 procent haalt, is gestegen tot 23.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23",
        "pl|Liczba państw spełniających cel 2 proc. PKB wzrosła do 23.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23",
        // an ordinal joined to its superlative in one word, and the ally after "nach" the one ahead
        "de|Deutschland ist nach den USA der zweitgrößte Geldgeber der Allianz.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), DEU) = 2",
        "de|Slowenien hat gemessen am BIP die zweitniedrigsten Verteidigungsausgaben der Nato.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), SVN, lowest) = 2",
        "nl|Duitsland is na de Verenigde Staten de tweede grootste uitgever binnen de NAVO.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), DEU) = 2",
        // "über der Marke": at or above a guideline
        "de|Im vergangenen Jahr lagen nur zehn Staaten über der Zwei-Prozent-Marke.|2024-07-01|supported|count(share_of_gdp(NATO, 2023) >= 2) = 10",
        // groups named loosely are the groups NATO totals
        "en|Europe's NATO members increased their defence spending by 15.5% in real terms in 2024.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE, 2024), 2023) = 15.5%",
        // the year after a word of comparison is the one a change is compared with
        "en|Canada and European allies' defence spending is up 15% on last year.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) = 15%",
        "de|Die Verteidigungsausgaben Schwedens stiegen um 30 Prozent gegenüber dem Vorjahr.|2024-07-01|supported|real_change(SWE, 2024) = 30%",
        "it|La spesa militare della Svezia è aumentata del 30% rispetto al 2023.|2024-07-01|supported|real_change(SWE, 2024) = 30%",
        "fr|Les dépenses de défense de la Suède ont augmenté de 30 % par rapport à 2023.|2024-07-01|supported|real_change(SWE, 2024) = 30%",
        // a fraction in words after a verb of change is the change
        "en|Sweden's defence expenditure jumped by more than a quarter this year.|2024-07-01|supported|real_change(SWE, 2024) > 25%",
        // a count of allies, then the share of GDP they spend: the count at it
        "en|Hungary is one of the eleven allies that spend 2% of their GDP on defence this year.|2023-08-01|supported|count(share_of_gdp(NATO, 2023) >= 2) = 11 ; share_of_gdp(HUN, 2023) >= 2%",
        "de|Nur fünf Staaten geben in diesem Jahr 3 Prozent ihres BIP für Verteidigung aus.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 3) = 5",
        // a forecast for this year is judged on the year's estimate; one for a later year is a
        // plan, however it is read
        "es|Según las previsiones de la OTAN, España destinará este año el 1,28 % de su PIB a defensa.|2024-06-20|supported|share_of_gdp(ESP, 2024) = 1.28%",
        "nl|Volgens de NAVO zal Nederland dit jaar 2,05 procent van het bbp aan defensie besteden.|2024-06-20|supported|share_of_gdp(NLD, 2024) = 2.05%",
        "pl|Według szacunków NATO Polska wyda w tym roku 4,12 proc. PKB na obronność.|2024-06-20|supported|share_of_gdp(POL, 2024) = 4.12%",
        "en|Poland will spend 5% of GDP on defence next year.|2024-06-20|unverifiable|null",
        "es|España destinará el 2,1 % de su PIB a defensa en 2029.|2024-06-20|unverifiable|null",
        // money added since a year is what was spent above that year's level, summed, never one
        // year's spending
        "en|Since 2014, European allies and Canada have invested an additional $644 billion in defence.|2024-07-01|supported|added(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2014) = 644 billion USD",
        "en|Since 2016, European allies and Canada have added $130 billion to their defence budgets.|2019-11-28|contradicted|added(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2019), 2016) = 130 billion USD",
        "de|Seit 2014 haben die europäischen Verbündeten und Kanada zusätzlich 644 Milliarden Dollar für Verteidigung ausgegeben.|2024-07-01|supported|added(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2014) = 644 billion USD",
        "en|Canada and the European allies will have added $400 billion by 2024.|2019-11-28|unverifiable|null",
        // ... but a level reached since a year is a level
        "en|Since 2014, Germany's defence spending has risen to $97.7 billion.|2024-07-01|supported|defence_exp_current_usd(DEU, 2024) = 97.7 billion USD",
        // a sum below a million is money per person, not a budget
        "en|Each Norwegian pays about $2,000 a year for defence.|2024-07-01|unverifiable|null",
        // "more than any other ally" is the first place, "less" the last
        "en|Poland spends more of its GDP on defence than any other NATO member.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1",
        "en|Luxembourg spends less on defence relative to its economy than any other ally.|2024-07-01|contradicted|rank(share_of_gdp(NATO, 2024), LUX, lowest) = 1",
        "de|Polen gibt gemessen am BIP mehr für Verteidigung aus als jedes andere Nato-Land.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1",
        "es|Polonia gasta en defensa, en relación con su PIB, más que cualquier otro aliado.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1",
        // the last place, and "near the bottom", which states none
        "en|Spain ranks last among NATO allies in defence spending as a share of GDP.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), ESP, lowest) = 1",
        "en|Canada ranks near the bottom of the alliance at 1.37% of GDP.|2024-07-01|supported|share_of_gdp(CAN, 2024) = 1.37%",
        // "among the top five": a place within as many as counted
        "en|Greece, which spends 3.08% of GDP, is among the top five spenders in the alliance.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), GRC) <= 5 ; share_of_gdp(GRC, 2024) = 3.08%",
        // a ranking within the group the sentence names
        "en|Among European allies, Germany spends the most on defence.|2024-07-01|supported|rank(defence_exp_current_usd(NATO_EUROPE, 2024), DEU) = 1",
        // superlatives in the words of each language, the measure before them too
        "fr|La Pologne est le pays de l'Otan qui consacre la plus grande part de son PIB à la défense.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1",
        "de|Polen ist gemessen an der Wirtschaftsleistung Spitzenreiter in der Nato.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1",
        "es|Polonia es el aliado que más invierte en defensa en relación con su PIB.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1",
        "it|La Polonia è il Paese della Nato che spende di più in rapporto al Pil.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1",
        // allies below a guideline are the members less those at it: Iceland, without figures,
        // is not one that meets it
        "en|Nine countries, including Canada, Spain and Belgium, remain below 2%.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) < 2) = 9",
        "es|Solo nueve aliados no alcanzan todavía el 2 %.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) < 2) = 9",
        // a share of the alliance's spending, in the words each language has for it
        "en|Washington's share of alliance defence spending has fallen to about 66 percent.|2024-07-01|supported|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 66% within 5%",
        "fr|Les États-Unis assurent 66 % des dépenses de défense de l'Alliance.|2024-07-01|supported|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 66%",
        "it|Gli Stati Uniti coprono il 66% della spesa militare complessiva della Nato.|2024-07-01|supported|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 66%",
        "es|Estados Unidos aporta el 66 % del gasto en defensa de la Alianza.|2024-07-01|supported|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 66%",
        "pl|Stany Zjednoczone odpowiadają za 66 proc. wydatków obronnych NATO.|2024-07-01|supported|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 66%",
        // "from X in 2014 to Y": the year after "from" is X's, not Y's
        "de|Der Anteil der Verteidigungsausgaben am BIP stieg in Deutschland von 1,19 Prozent im Jahr 2014 auf 2,12 Prozent.|2024-07-01|supported|share_of_gdp(DEU, 2014) = 1.19% ; share_of_gdp(DEU, 2024) = 2.12%",
        "en|Germany's defence spending increased from 1.19% of GDP in 2014 to 2.12%.|2024-07-01|supported|share_of_gdp(DEU, 2014) = 1.19% ; share_of_gdp(DEU, 2024) = 2.12%",
        // a fraction in the dative
        "de|Der Anteil der USA an den Gesamtausgaben der Allianz liegt bei rund zwei Dritteln.|2024-07-01|supported|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 66.67% within 5%",
        // "below 2 %" said of allies is a bound, in any language's words for below
        "es|Solo ocho países de la OTAN siguen por debajo del 2 %.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) < 2) = 8",
        // a verb of spending before a superlative gives it its measure
        "pl|Polska wydaje na obronność najwięcej w NATO w relacji do PKB.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1",
        // the money of a list of allies is their sum, not the last one's
        "en|Britain, France and Germany together spent about $250 billion on defence in 2024.|2024-07-01|supported|sum(defence_exp_current_usd(GBR+FRA+DEU, 2024)) = 250 billion USD within 5%",
        "fr|La France et l'Allemagne ont dépensé ensemble quelque 160 milliards de dollars en 2024.|2024-07-01|supported|sum(defence_exp_current_usd(FRA+DEU, 2024)) = 160 billion USD within 5%",
        // ... and the share of GDP it is short of may be named without a word for a guideline
        "it|All'Italia mancano circa 12 miliardi di dollari per arrivare al 2% del Pil.|2024-07-01|supported|gap(defence_exp_current_usd(ITA, 2024), 2) = 12 billion USD within 5%",
        // "than any other ally except X": after the allies excepted
        "en|Belgium spends less of its GDP on defence than any other ally except Spain and Canada.|2024-07-01|contradicted|rank(share_of_gdp(NATO, 2024), BEL, lowest) = 3",
        // a list of allies at or below a guideline: each of them
        "de|Italien, Spanien und Belgien liegen weiterhin unter der Zwei-Prozent-Marke.|2024-07-01|supported|share_of_gdp(ITA, 2024) < 2% ; share_of_gdp(ESP, 2024) < 2% ; share_of_gdp(BEL, 2024) < 2%",
        "en|Canada and Spain remain short of the 2% target.|2024-07-01|supported|share_of_gdp(CAN, 2024) < 2% ; share_of_gdp(ESP, 2024) < 2%",
        // time words between the verb and the guideline it meets
        "nl|Nederland haalt dit jaar voor het eerst de NAVO-norm van 2 procent.|2024-07-01|supported|share_of_gdp(NLD, 2024) >= 2%",
        // a fraction of the allies is not the alliance's ratio
        "en|Half of the allies spend more than 2.5% of GDP.|2024-07-01|unverifiable|null",
        // a share of GDP said of a list of allies, or of a few named as one, is each one's
        "en|Belgium, Canada, Italy and Spain are still below 2 percent of GDP.|2024-07-01|supported|share_of_gdp(BEL, 2024) < 2% ; share_of_gdp(CAN, 2024) < 2% ; share_of_gdp(ITA, 2024) < 2% ; share_of_gdp(ESP, 2024) < 2%",
        "en|Poland and the Baltic states spend more than 3 percent of GDP on defence.|2024-07-01|contradicted|share_of_gdp(POL, 2024) > 3% ; share_of_gdp(EST, 2024) > 3% ; share_of_gdp(LTU, 2024) > 3% ; share_of_gdp(LVA, 2024) > 3%",
        // "a decade ago", "vor zehn Jahren", "10 years ago": a year counted back from the date
        "en|A decade ago, only three allies met the 2 percent goal.|2024-07-01|supported|count(share_of_gdp(NATO, 2014) >= 2) = 3",
        "de|Vor zehn Jahren erreichten nur drei Staaten das Zwei-Prozent-Ziel.|2024-07-01|supported|count(share_of_gdp(NATO, 2014) >= 2) = 3",
        "es|Hace una década, solo tres países cumplían el objetivo del 2 %.|2024-07-01|supported|count(share_of_gdp(NATO, 2014) >= 2) = 3",
        "en|Germany spent 1.19 percent of GDP on defence 10 years ago.|2024-07-01|supported|share_of_gdp(DEU, 2014) = 1.19%",
        // the group a superlative is counted in, after "any other" or "all"
        "en|Germany spends more on defence than any other European ally.|2024-07-01|supported|rank(defence_exp_current_usd(NATO_EUROPE, 2024), DEU) = 1",
        "en|Germany has the biggest military budget of all European allies.|2024-07-01|supported|rank(defence_exp_current_usd(NATO_EUROPE, 2024), DEU) = 1",
        "de|Die Verteidigungsausgaben der europäischen Nato-Staaten sind 2024 real um 15,5 Prozent gestiegen.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE, 2024), 2023) = 15.5%",
        // "for the first time" states no place; the guideline a sentence names is no ranked figure
        "en|Germany hit the 2 percent target for the first time since the end of the Cold War.|2024-07-01|supported|share_of_gdp(DEU, 2024) >= 2%",
        "de|Deutschland erreicht zum ersten Mal das Zwei-Prozent-Ziel.|2024-07-01|supported|share_of_gdp(DEU, 2024) >= 2%",
        "en|Germany, the alliance's second-largest spender, hit the 2 percent target.|2024-07-01|supported|share_of_gdp(DEU, 2024) >= 2% ; rank(defence_exp_current_usd(NATO, 2024), DEU) = 2",
        // the year after "compared with", before the change: the change runs from it
        "en|Compared to 2014, Germany's defence spending is up 96 percent.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) = 96%",
        "de|Im Vergleich zu 2014 sind die Ausgaben Deutschlands um 96 Prozent gestiegen.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) = 96%",
        "fr|Par rapport à 2014, les dépenses de l'Allemagne ont augmenté de 96 %.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) = 96%",
        // "reach" before a percentage the sentence does not call a guideline: a level
        "en|Germany will reach 2.1 percent of GDP this year.|2024-06-17|supported|share_of_gdp(DEU, 2024) = 2.1%",
        // "compared to the previous year": the year compared with is not the figure's
        "en|France raised its defence spending by 6 percent compared to the previous year.|2024-07-01|supported|real_change(FRA, 2024) = 6%",
        "en|A year earlier, France spent 1.96 percent of GDP on defence.|2024-07-01|supported|share_of_gdp(FRA, 2023) = 1.96%",
        "de|Die deutschen Verteidigungsausgaben sind im Vergleich zum Vorjahr um 29 Prozent gestiegen.|2024-07-01|supported|real_change(DEU, 2024) = 29%",
        // comparatives other than "more": "a larger share", "einen höheren Anteil", "un mayor
        // gasto"
        "en|Poland spends a larger share of its GDP on defence than the United States.|2024-07-01|supported|share_of_gdp(POL, 2024) > share_of_gdp(USA, 2024)",
        "de|Polen gibt einen höheren Anteil seines BIP für Verteidigung aus als die USA.|2024-07-01|supported|share_of_gdp(POL, 2024) > share_of_gdp(USA, 2024)",
        "nl|Italië besteedt een kleiner deel van zijn bbp aan defensie dan Frankrijk.|2024-07-01|supported|share_of_gdp(ITA, 2024) < share_of_gdp(FRA, 2024)",
        // money per person is no budget, whichever way it is read
        "en|Per head, the US spends about $2,800 on defence.|2024-07-01|unverifiable|null",
        // a country named by an adjective, a plural of its people, another of its names or a
        // case of its name: the lexicon's, not a rule's
        "en|The USA spends 3.4 percent of GDP on defence.|2024-07-01|supported|share_of_gdp(USA, 2024) = 3.4%",
        "en|The Finns spend 2.4 percent of GDP on defence.|2024-07-01|supported|share_of_gdp(FIN, 2024) = 2.4%",
        "de|Die Franzosen geben 2,1 Prozent ihres BIP für Verteidigung aus.|2024-07-01|supported|share_of_gdp(FRA, 2024) = 2.1%",
        "de|Die Verteidigungsausgaben der Vereinigten Staaten betragen 3,4 Prozent des BIP.|2024-07-01|supported|share_of_gdp(USA, 2024) = 3.4%",
        "de|Die norwegischen Verteidigungsausgaben steigen 2024 auf 2,2 Prozent des BIP.|2024-07-01|supported|share_of_gdp(NOR, 2024) = 2.2%",
        "fr|Le budget militaire allemand atteint 2,1 % du PIB en 2024.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.1%",
        "es|El gasto en defensa noruego alcanzó el 2,2 % del PIB en 2024.|2024-07-01|supported|share_of_gdp(NOR, 2024) = 2.2%",
        "es|Los gastos militares italianos rondan el 1,5 % del PIB.|2024-07-01|supported|share_of_gdp(ITA, 2024) = 1.5%",
        "it|Le spese militari norvegesi arrivano al 2,2 % del PIL nel 2024.|2024-07-01|supported|share_of_gdp(NOR, 2024) = 2.2%",
        "nl|De Duitsers geven dit jaar 2,1 procent van hun bbp uit aan defensie.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.1%",
        "nl|De Tsjechische defensie-uitgaven bedragen dit jaar 2,1 procent van het bbp.|2024-07-01|supported|share_of_gdp(CZE, 2024) = 2.1%",
        "pl|Wydatki Zjednoczonego Królestwa na obronność wyniosą w tym roku 2,33 proc. PKB.|2024-07-01|supported|share_of_gdp(GBR, 2024) = 2.33%",
        "pl|Wydatki Republiki Czeskiej na obronność sięgną w 2024 roku 2,1 proc. PKB.|2024-07-01|supported|share_of_gdp(CZE, 2024) = 2.1%",
        "pl|Wydatki obronne Ameryki wynoszą 3,38 proc. PKB.|2024-07-01|supported|share_of_gdp(USA, 2024) = 3.38%",
        "pl|Wydatki Niderlandów na obronność wzrosną w tym roku do 2,05 proc. PKB.|2024-07-01|supported|share_of_gdp(NLD, 2024) = 2.05%",
        // a change is one of defence spending only in a sentence that speaks of spending
        "en|The French economy grew by 1.1 percent in 2023.|2024-07-01|unverifiable|null",
        "fr|Le PIB allemand a reculé de 0,3 % l'an dernier.|2024-07-01|unverifiable|null",
        "en|Prices of American equipment rose by 30 percent.|2024-07-01|unverifiable|null",
        "en|The American president wants the allies to spend 5 percent of GDP on defence.|2024-07-01|unverifiable|null",
        // a share of GDP or a sum of money of another measure than defence is none of its figures
        "en|Italy's public debt stands at 137 percent of GDP.|2024-07-01|unverifiable|null",
        "en|Spain spends 10 percent of its GDP on health.|2024-07-01|unverifiable|null",
        "de|Die Staatsverschuldung Italiens liegt bei 137 Prozent des BIP.|2024-07-01|unverifiable|null",
        "fr|Le déficit de la France atteint 5,5 % du PIB.|2024-07-01|unverifiable|null",
        "es|Alemania dedica el 2,1 % del PIB a defensa y el 0,8 % a ayuda al desarrollo.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.1%",
        "en|Germany has sent weapons worth $12 billion to Ukraine.|2024-07-01|unverifiable|null",
        "de|Die Militärhilfe Deutschlands für die Ukraine erreichte 0,4 Prozent des BIP.|2024-07-01|unverifiable|null",
        // the first or the last place said with an idiom, beside a share of GDP
        "de|Spanien ist Schlusslicht mit 1,28 Prozent.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), ESP, lowest) = 1 ; share_of_gdp(ESP, 2024) = 1.28%",
        "fr|L'Espagne ferme la marche avec 1,28 %.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), ESP, lowest) = 1 ; share_of_gdp(ESP, 2024) = 1.28%",
        "en|Poland tops the ranking with 4.12 percent of GDP.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1 ; share_of_gdp(POL, 2024) = 4.12%",
        "pl|Polska jest liderem z wynikiem 4,12 proc. PKB.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1 ; share_of_gdp(POL, 2024) = 4.12%",
        // "all but eight allies meet it": the eight are those below it
        "en|All but eight allies now meet the 2 percent target.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) < 2) = 8",
        "de|Alle bis auf acht Verbündete erfüllen das Zwei-Prozent-Ziel.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) < 2) = 8",
        // NATO's European members beside Canada, by any of their names, are the group NATO prints
        "fr|En 2024, les pays européens de l'Otan et le Canada ont augmenté leurs dépenses de 14,9 %.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) = 14.9%",
        "pl|Wydatki europejskich sojuszników oraz Kanady wzrosły o 14,9 proc.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) = 14.9%",
        "es|Los socios europeos y Canadá aumentaron el gasto en defensa un 14,9 %.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) = 14.9%",
        // the alliance less one ally ("other than the US", "excluding", "ohne", "hors", "a
        // excepción
        // de") is the rest of the alliance, not the ally set apart
        "en|NATO members other than the US spent about $500 billion on defence in 2024.|2024-07-01|supported|sum(defence_exp_current_usd(NATO-USA, 2024)) = 500 billion USD within 5%",
        "en|Excluding the United States, the allies spent about $500 billion on defence in 2024.|2024-07-01|supported|sum(defence_exp_current_usd(NATO-USA, 2024)) = 500 billion USD within 5%",
        "en|NATO allies except the United States spent less than $400 billion in 2024.|2024-07-01|contradicted|sum(defence_exp_current_usd(NATO-USA, 2024)) < 400 billion USD",
        "de|Ohne die USA gaben die NATO-Staaten 2024 rund 500 Milliarden Dollar für Verteidigung aus.|2024-07-01|supported|sum(defence_exp_current_usd(NATO-USA, 2024)) = 500 billion USD within 5%",
        "fr|Les pays de l'OTAN hors États-Unis ont dépensé environ 500 milliards de dollars en 2024.|2024-07-01|supported|sum(defence_exp_current_usd(NATO-USA, 2024)) = 500 billion USD within 5%",
        "es|Los aliados, a excepción de Estados Unidos, gastaron unos 500.000 millones de dólares en 2024.|2024-07-01|supported|sum(defence_exp_current_usd(NATO-USA, 2024)) = 500000 million USD within 5%",
        // every ally at a guideline: none is on the other side of it ("not every ally": some are)
        "en|All allies now meet the 2% guideline.|2024-07-01|contradicted|count(share_of_gdp(NATO, 2024) < 2) = 0",
        "en|Every NATO member meets the 2% target this year.|2025-09-01|supported|count(share_of_gdp(NATO, 2025) < 2) = 0",
        "en|Not every ally reached the target last year.|2019-07-01|supported|count(share_of_gdp(NATO, 2018) < 2) > 0",
        "de|Alle Verbündeten erreichen inzwischen das Zwei-Prozent-Ziel.|2024-07-01|contradicted|count(share_of_gdp(NATO, 2024) < 2) = 0",
        "de|Nicht alle Nato-Staaten erfüllen das Zwei-Prozent-Ziel.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) < 2) > 0",
        "fr|Tous les alliés atteignent aujourd'hui l'objectif des 2 %.|2025-09-01|supported|count(share_of_gdp(NATO, 2025) < 2) = 0",
        // "l'objectif de 2 %" is the guideline; "a pour objectif de consacrer 3 %" a plan
        "fr|Tous les alliés atteignent désormais l'objectif de 2 %.|2025-09-01|supported|count(share_of_gdp(NATO, 2025) < 2) = 0",
        "fr|La France a pour objectif de consacrer 3 % de son PIB à la défense en 2030.|2024-07-01|unverifiable|null",
        "en|All allies must spend at least 2% of GDP on defence.|2024-07-01|unverifiable|null",
        // "neither … nor" negates the verb of meeting for each ally it names
        "en|Neither Italy nor Spain meets the 2% guideline.|2024-07-01|supported|share_of_gdp(ITA, 2024) < 2% ; share_of_gdp(ESP, 2024) < 2%",
        // a figure compared with, said of another ally or group named after it ("for Germany",
        // "pour l'Allemagne"), is theirs, of the same year (it was the first one's year before)
        "en|The US spent $968 billion this year, compared with $97.7 billion for Germany.|2024-07-01|supported|defence_exp_current_usd(USA, 2024) = 968 billion USD ; defence_exp_current_usd(DEU, 2024) = 97.7 billion USD",
        "en|U.S. defense spending was $968 billion in 2024, compared with $380 billion for European allies.|2024-07-01|contradicted|defence_exp_current_usd(USA, 2024) = 968 billion USD ; sum(defence_exp_current_usd(NATO_EUROPE, 2024)) = 380 billion USD",
        "fr|Les Etats-Unis ont dépensé 968 milliards de dollars en 2024, contre 97,7 milliards pour l'Allemagne.|2024-07-01|supported|defence_exp_current_usd(USA, 2024) = 968 billion USD ; defence_exp_current_usd(DEU, 2024) = 97.7 billion USD",
        // a rise or fall over a span without a figure: spending in real terms, a share of GDP year
        // against year; a count of allies that rose is not read
        "en|Defence spending in the UK fell in real terms between 2014 and 2016.|2024-07-01|contradicted|change(defence_exp_constant_usd(GBR, 2016), 2014) < 0%",
        "en|Canada's defence spending rose between 2016 and 2018.|2024-07-01|supported|change(defence_exp_constant_usd(CAN, 2018), 2016) > 0%",
        "en|Italy's defence spending as a share of GDP has fallen since 2014.|2024-07-01|contradicted|share_of_gdp(ITA, 2024) < share_of_gdp(ITA, 2014)",
        "de|Seit 2014 sind die deutschen Verteidigungsausgaben gestiegen.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) > 0%",
        "fr|Les dépenses militaires de la France ont augmenté depuis 2014.|2024-07-01|supported|change(defence_exp_constant_usd(FRA, 2024), 2014) > 0%",
        "en|Twenty allies have increased their defence spending since 2014.|2024-07-01|unverifiable|null",
        // an ally's allies ("Washington's European partners", "America's NATO allies") are the
        // group
        // the possessive qualifies, less the possessor; "the US and its allies" are the alliance
        "en|America's NATO allies spent about $500 billion on defence in 2024.|2024-07-01|supported|sum(defence_exp_current_usd(NATO-USA, 2024)) = 500 billion USD within 5%",
        "en|Washington's European partners spent about $480 billion on defence in 2024.|2024-07-01|supported|sum(defence_exp_current_usd(NATO_EUROPE, 2024)) = 480 billion USD within 5%",
        "en|The US and its allies spent $1.47 trillion on defence this year.|2024-07-01|supported|sum(defence_exp_current_usd(NATO, 2024)) = 1.47 trillion USD",
        "de|Die USA und ihre Verbündeten gaben 2024 rund 1,47 Billionen Dollar für Verteidigung aus.|2024-07-01|supported|sum(defence_exp_current_usd(NATO, 2024)) = 1.47 trillion USD within 5%",
        // hedges of the newsroom: "north of", "upwards of", "in excess of" bound from below, "just
        // shy of" from above and close to it
        "en|The US spends north of $900 billion a year on defence.|2024-07-01|supported|defence_exp_current_usd(USA, 2024) > 900 billion USD",
        "en|The Netherlands spends in excess of 2.1% of GDP on defence.|2024-07-01|contradicted|share_of_gdp(NLD, 2024) > 2.1%",
        "en|Canada spends just shy of 1.4% of GDP on its military.|2024-07-01|supported|share_of_gdp(CAN, 2024) < 1.4% ; share_of_gdp(CAN, 2024) >= 1.33%",
        // "since" an event "in 2014" counts from the event's year
        "en|Since Russia's annexation of Crimea in 2014, Germany's defence spending has risen by 96% in real terms.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) = 96%",
        "fr|Depuis l'annexion de la Crimée en 2014, les dépenses militaires de l'Allemagne ont augmenté de 96 %.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) = 96%",
        // a sum said as someone's "spending of" it is theirs, whoever the sentence is about
        "en|The U.S. accounted for roughly two-thirds of the alliance's total defence spending of $1.47 trillion in 2024.|2024-07-01|supported|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 66.67% within 5% ; sum(defence_exp_current_usd(NATO, 2024)) = 1.47 trillion USD",
        // dozens count allies: "two dozen", "half a dozen" (not half of something), "zwei Dutzend"
        "en|Two dozen allies now meet the 2% guideline.|2024-07-01|contradicted|count(share_of_gdp(NATO, 2024) >= 2) = 24",
        "en|Half a dozen allies met the 2% target last year.|2019-07-01|supported|count(share_of_gdp(NATO, 2018) >= 2) = 6",
        "de|Zwei Dutzend Verbündete erreichen das Zwei-Prozent-Ziel.|2024-07-01|contradicted|count(share_of_gdp(NATO, 2024) >= 2) = 24",
        // a fourfold rise, and multiples said as "threefold", "dwukrotnie"
        "en|Lithuania's defence spending has quadrupled in real terms since 2014.|2024-07-01|supported|change(defence_exp_constant_usd(LTU, 2024), 2014) = 300% within 50",
        "de|Die Verteidigungsausgaben Litauens haben sich seit 2014 vervierfacht.|2024-07-01|supported|change(defence_exp_constant_usd(LTU, 2024), 2014) = 300% within 50",
        "en|Poland's military spending has grown threefold since 2014.|2024-07-01|supported|change(defence_exp_constant_usd(POL, 2024), 2014) = 200% within 50",
        // "every year since 2015": a rise in real terms in each year after it
        "en|Spending by European allies and Canada has increased every year since 2015.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2023), 2022) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2022), 2021) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2021), 2020) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2020), 2019) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2019), 2018) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2018), 2017) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2017), 2016) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2016), 2015) > 0%",
        "de|Die Verteidigungsausgaben Polens sind seit 2021 Jahr für Jahr gestiegen.|2024-07-01|supported|real_change(POL, 2024) > 0% ; real_change(POL, 2023) > 0% ; real_change(POL, 2022) > 0%",
        // a possessive year owns the figure after it, and only that one: "up from last year's 3.8%"
        "en|Poland spends 4.1% of GDP on defence, up from last year's 3.8%.|2024-07-01|contradicted|share_of_gdp(POL, 2024) = 4.1% ; share_of_gdp(POL, 2024) > share_of_gdp(POL, 2023) ; share_of_gdp(POL, 2023) = 3.8%",
        "en|Estonia's share rose to 3.43% of GDP, against 2014's 1.93%.|2024-07-01|supported|share_of_gdp(EST, 2024) = 3.43% ; share_of_gdp(EST, 2014) = 1.93%",
        // a count that rose "from three in 2014 to 23 this year": the second is a count too, of
        // the later year, never the alliance's size ("3 of 23")
        "en|The number of allies meeting NATO's 2% guideline went up from three in 2014 to 23 this year.|2024-07-01|supported|count(share_of_gdp(NATO, 2014) >= 2) = 3 ; count(share_of_gdp(NATO, 2024) >= 2) = 23",
        // 2 % after the words of falling short is the guideline, said of each ally of a list
        "en|Belgium, Canada, Italy, Portugal and Spain all remained below 2% last year.|2025-09-01|supported|share_of_gdp(BEL, 2024) < 2% ; share_of_gdp(CAN, 2024) < 2% ; share_of_gdp(ITA, 2024) < 2% ; share_of_gdp(PRT, 2024) < 2% ; share_of_gdp(ESP, 2024) < 2%",
        "de|Spanien und Belgien bleiben unter 2 Prozent.|2024-07-01|supported|share_of_gdp(ESP, 2024) < 2% ; share_of_gdp(BEL, 2024) < 2%",
        "fr|L'Espagne et la Belgique restent sous les 2 %.|2025-09-01|contradicted|share_of_gdp(ESP, 2025) < 2% ; share_of_gdp(BEL, 2025) < 2%",
        // a superlative over time ("in decades", "depuis la fin de la guerre froide") is a record,
        // not a place among the allies
        "en|German defence spending rose by about 29% in real terms this year, the largest increase since reunification.|2024-07-01|supported|real_change(DEU, 2024) = 29% within 5%",
        "fr|Les dépenses militaires de l'Allemagne ont augmenté de 29 % cette année, la plus forte hausse depuis la fin de la guerre froide.|2024-07-01|supported|real_change(DEU, 2024) = 29%",
        "en|Poland's defence spending grew 80% this year, its biggest jump in decades.|2023-07-10|contradicted|real_change(POL, 2023) = 80%",
        // what a plan starts "from", with its own time, is stated; what someone "would have to"
        // spend is a requirement, not judged (money missing to a guideline stays a gap)
        "en|Germany plans to lift defence spending to 3% of GDP by 2029, from 2.1% this year.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.1%",
        "en|Under the new goal, Poland would have to spend 5% — it already spends 4.48%.|2025-09-01|supported|share_of_gdp(POL, 2025) = 4.48%",
        "en|To meet the new goal, Spain would have to spend 3.5% of its GDP on core defence.|2025-09-01|unverifiable|null",
        "de|Spanien müsste 3,5 Prozent seiner Wirtschaftsleistung für Verteidigung ausgeben.|2025-09-01|unverifiable|null",
        "fr|L'Espagne devra consacrer 3,5 % de son PIB à la défense.|2025-09-01|unverifiable|null",
        // a number inside a group's name is part of the name, not a count of allies
        "en|The three Baltic states spend well above 2% of GDP.|2024-07-01|supported|share_of_gdp(EST, 2024) > 2% ; share_of_gdp(LTU, 2024) > 2% ; share_of_gdp(LVA, 2024) > 2%",
        // an ally's allies ("America's allies", "its NATO allies", "the other 31 allies", "los
        // aliados de Estados Unidos") are the alliance less that ally
        "en|America's allies spent $507 billion combined.|2024-07-01|supported|sum(defence_exp_current_usd(NATO-USA, 2024)) = 507 billion USD",
        "en|The US spent $968 billion, while its NATO allies spent $507 billion combined.|2024-07-01|supported|defence_exp_current_usd(USA, 2024) = 968 billion USD ; sum(defence_exp_current_usd(NATO-USA, 2024)) = 507 billion USD",
        "en|The US spent $968 billion, while the other 31 allies spent $507 billion combined.|2024-07-01|supported|defence_exp_current_usd(USA, 2024) = 968 billion USD ; sum(defence_exp_current_usd(NATO-USA, 2024)) = 507 billion USD",
        "fr|Les États-Unis ont dépensé 968 milliards de dollars, et leurs alliés 507 milliards.|2024-07-01|supported|defence_exp_current_usd(USA, 2024) = 968 billion USD ; sum(defence_exp_current_usd(NATO-USA, 2024)) = 507 billion USD",
        "de|Die USA gaben 968 Milliarden Dollar aus, ihre Verbündeten zusammen 507 Milliarden Dollar.|2024-07-01|supported|defence_exp_current_usd(USA, 2024) = 968 billion USD ; sum(defence_exp_current_usd(NATO-USA, 2024)) = 507 billion USD",
        "es|Los aliados de Estados Unidos gastaron 507.000 millones de dólares.|2024-07-01|supported|sum(defence_exp_current_usd(NATO-USA, 2024)) = 507000 million USD",
        // who "leads" a list of percentages ranks shares of GDP: each figure is its ally's share
        "en|Poland leads with 4.12%, followed by Estonia (3.43%), the US (3.38%), Latvia (3.15%) and Greece (3.08%).|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1 ; rank(share_of_gdp(NATO, 2024), EST) = 2 ; rank(share_of_gdp(NATO, 2024), USA) = 3 ; rank(share_of_gdp(NATO, 2024), LVA) = 4 ; rank(share_of_gdp(NATO, 2024), GRC) = 5 ; share_of_gdp(POL, 2024) = 4.12% ; share_of_gdp(EST, 2024) = 3.43% ; share_of_gdp(USA, 2024) = 3.38% ; share_of_gdp(LVA, 2024) = 3.15% ; share_of_gdp(GRC, 2024) = 3.08%",
        "de|Polen führt mit 4,12 Prozent, gefolgt von Estland (3,43 Prozent) und den USA (3,38 Prozent).|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1 ; rank(share_of_gdp(NATO, 2024), EST) = 2 ; rank(share_of_gdp(NATO, 2024), USA) = 3 ; share_of_gdp(POL, 2024) = 4.12% ; share_of_gdp(EST, 2024) = 3.43% ; share_of_gdp(USA, 2024) = 3.38%",
        // "among the lowest spenders" with no number: within the first third of the ranking (ten
        // places), for each ally of a list; not a superlative of something else ("most reliable")
        "en|Canada, Spain and Belgium are among the lowest spenders relative to GDP.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), CAN, lowest) <= 10 ; rank(share_of_gdp(NATO, 2024), ESP, lowest) <= 10 ; rank(share_of_gdp(NATO, 2024), BEL, lowest) <= 10",
        "en|Latvia is among the biggest spenders relative to GDP.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), LVA) <= 10",
        "en|The UK is one of the alliance's most reliable spenders.|2024-07-01|unverifiable|null",
        // "only A and B" above a bound: as many allies as named, and no other
        "en|Only the US and Poland spend more than 3.3% of GDP.|2024-07-01|contradicted|count(share_of_gdp(NATO, 2024) > 3.3) = 2 ; share_of_gdp(USA, 2024) > 3.3% ; share_of_gdp(POL, 2024) > 3.3%",
        "en|Only Poland, Estonia and the US spend more than 3.3% of GDP.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) > 3.3) = 3 ; share_of_gdp(POL, 2024) > 3.3% ; share_of_gdp(EST, 2024) > 3.3% ; share_of_gdp(USA, 2024) > 3.3%",
        "de|Nur Polen und Estland geben mehr als 3,3 Prozent ihres BIP für Verteidigung aus.|2024-07-01|contradicted|count(share_of_gdp(NATO, 2024) > 3.3) = 2 ; share_of_gdp(POL, 2024) > 3.3% ; share_of_gdp(EST, 2024) > 3.3%",
        // "no ally spends more than X": X is first (last, with "less")
        "en|No ally spends more relative to GDP than Poland.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1",
        "en|No NATO member spends less on defence relative to GDP than Spain.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), ESP, lowest) = 1",
        "de|Kein anderes Land gibt gemessen am BIP mehr für Verteidigung aus als Estland.|2024-07-01|contradicted|rank(share_of_gdp(NATO, 2024), EST) = 1",
        "fr|Aucun allié ne consacre une part plus élevée de son PIB à la défense que la Pologne.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1",
        // a rise or fall in one year without a figure is NATO's real change that year, for each
        // ally of a list; a figure elsewhere in the sentence is the change, read as such
        "en|Italy's defence spending fell in real terms last year.|2024-07-01|supported|real_change(ITA, 2023) < 0%",
        "en|Germany, France and Italy all raised their defence spending in 2023.|2024-07-01|contradicted|real_change(DEU, 2023) > 0% ; real_change(FRA, 2023) > 0% ; real_change(ITA, 2023) > 0%",
        "de|Die Verteidigungsausgaben Italiens sind im vergangenen Jahr gesunken.|2024-07-01|supported|real_change(ITA, 2023) < 0%",
        // the unit joined to its number by a hyphen: "a 13.4-per-cent rise", "the 2-percent goal"
        "en|Canada's spending rose by a 13.4-per-cent margin last year.|2024-07-01|contradicted|real_change(CAN, 2023) = 13.4%",
        // "since 2014, … from X to Y": X is the baseline's figure, Y the present's
        "en|Canada's spending has barely moved since 2014, rising from 1.01% to 1.37% of GDP.|2024-07-01|supported|share_of_gdp(CAN, 2014) = 1.01% ; share_of_gdp(CAN, 2024) = 1.37%",
        // the sum a share is "of" is the whole's: the alliance's, or theirs who are named after it
        "en|The US accounted for 66% of the $1.47 trillion NATO members spent this year.|2024-07-01|supported|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 66% ; sum(defence_exp_current_usd(NATO, 2024)) = 1.47 trillion USD",
        // as many figures as allies listed go to them in order ("respectively" said or not)
        "en|Estonia and Latvia follow with 3.43% and 3.15% of GDP.|2024-07-01|supported|share_of_gdp(EST, 2024) = 3.43% ; share_of_gdp(LVA, 2024) = 3.15%",
        // "fell short of the goal in 2019" is short of a guideline, not a fall in 2019
        "en|Germany and France fell well short of the defence spending goal in 2019.|2019-11-28|unverifiable|null",
        // "the Europeans" are the European allies, as "die Europäer" and "les Européens" are
        "en|The Europeans spent $476 billion on defence this year.|2024-07-01|supported|sum(defence_exp_current_usd(NATO_EUROPE, 2024)) = 476 billion USD",
        // "a total of 23 allies": the "of" announces the count, not the membership it is out of
        "en|A total of 23 allies meet the 2% target this year.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23",
        "en|A total of 25 allies meet the 2% target this year.|2024-07-01|contradicted|count(share_of_gdp(NATO, 2024) >= 2) = 25",
        // a few allies named as one meet a guideline each; "all three", "each of the" say so
        "en|The Baltic states all meet the 2% target.|2024-07-01|supported|share_of_gdp(EST, 2024) >= 2% ; share_of_gdp(LTU, 2024) >= 2% ; share_of_gdp(LVA, 2024) >= 2%",
        "en|Each of the Nordic countries meets the 2% target.|2019-07-01|contradicted|share_of_gdp(DNK, 2019) >= 2% ; share_of_gdp(FIN, 2019) >= 2% ; share_of_gdp(ISL, 2019) >= 2% ; share_of_gdp(NOR, 2019) >= 2% ; share_of_gdp(SWE, 2019) >= 2%",
        "en|All three Baltic states spend more than 3% of GDP on defence.|2024-07-01|contradicted|share_of_gdp(EST, 2024) > 3% ; share_of_gdp(LTU, 2024) > 3% ; share_of_gdp(LVA, 2024) > 3%",
        // a vague place by money is read where the sentence names money ("budgets", "in
        // absolute terms"), and by the verb of spending before the superlative ("spend the least")
        "en|Belgium is among the allies with the smallest military budgets.|2024-07-01|contradicted|rank(defence_exp_current_usd(NATO, 2024), BEL, lowest) <= 10",
        "en|Germany has one of the largest defence budgets in the alliance.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), DEU) <= 10",
        "en|Canada is among the lowest spenders in the alliance.|2024-07-01|unverifiable|null",
        "en|Spain is among the allies that spend the least on defence relative to the size of their economy.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), ESP, lowest) <= 10",
        // a few allies named as one at the top or among the first: each of them among the first
        "en|Relative to GDP, the three Baltic states rank among the alliance's biggest spenders.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), EST) <= 10 ; rank(share_of_gdp(NATO, 2024), LTU) <= 10 ; rank(share_of_gdp(NATO, 2024), LVA) <= 10",
        "en|The Nordic countries are among the lowest spenders relative to GDP.|2024-07-01|contradicted|rank(share_of_gdp(NATO, 2024), DNK, lowest) <= 10 ; rank(share_of_gdp(NATO, 2024), FIN, lowest) <= 10 ; rank(share_of_gdp(NATO, 2024), ISL, lowest) <= 10 ; rank(share_of_gdp(NATO, 2024), NOR, lowest) <= 10 ; rank(share_of_gdp(NATO, 2024), SWE, lowest) <= 10",
        "en|The Baltic states are the biggest spenders in NATO relative to GDP.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), EST) <= 10 ; rank(share_of_gdp(NATO, 2024), LTU) <= 10 ; rank(share_of_gdp(NATO, 2024), LVA) <= 10",
        // a percentage stated as twice another is the level it makes, not the guideline
        "en|Poland now spends more than twice the 2% target.|2024-07-01|supported|share_of_gdp(POL, 2024) > 4%",
        "en|Latvia spends twice the 2% target on defence.|2024-07-01|contradicted|share_of_gdp(LVA, 2024) = 4%",
        "es|Polonia gasta más del doble del 2 % del PIB en defensa.|2024-07-01|supported|share_of_gdp(POL, 2024) > 4%",
        "de|Polen gibt mehr als das Doppelte der 2 Prozent für Verteidigung aus.|2024-07-01|supported|share_of_gdp(POL, 2024) > 4%",
        // "one of the N allies that meet it" puts the ally on the side counted; "not among" on
        // the other side, and the count stays a count of those that meet it
        "en|Italy is not among the 23 allies meeting the target this year.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23 ; share_of_gdp(ITA, 2024) < 2%",
        "en|Germany is one of the 23 allies that meet the 2% target.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23 ; share_of_gdp(DEU, 2024) >= 2%",
        "en|Canada is one of the 23 allies that meet the 2% target.|2024-07-01|contradicted|count(share_of_gdp(NATO, 2024) >= 2) = 23 ; share_of_gdp(CAN, 2024) >= 2%",
        // "over the past decade" counts a change from ten years before the claim's year
        "en|European allies have increased their spending by 50% in real terms over the past decade.|2024-07-01|contradicted|change(defence_exp_constant_usd(NATO_EUROPE, 2024), 2014) = 50%",
        "en|In the last decade, Poland's defence spending has more than tripled.|2024-07-01|supported|change(defence_exp_constant_usd(POL, 2024), 2014) > 200%",
        "de|Die deutschen Verteidigungsausgaben sind im vergangenen Jahrzehnt um 96 Prozent gestiegen.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) = 96%",
        // "European defence spending", "Europe's defence spending" are the European allies'
        "en|European defence spending has risen by more than 50% since 2014.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE, 2024), 2014) > 50%",
        // a percentage more or less than a year: the change since that year, in real terms; a
        // percentage is never a sum of money, with or without "more" after it
        "en|Germany spends 96% more on defence than it did in 2014.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) = 96%",
        "en|Germany spends 29% more on defence than last year.|2024-07-01|supported|real_change(DEU, 2024) = 29%",
        "en|Compared with 2014, Germany now spends 96% more on defence.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) = 96%",
        "en|Germany spends 10% less on defence than in 2014.|2024-07-01|contradicted|change(defence_exp_constant_usd(DEU, 2024), 2014) = -10%",
        // "from 2014 to 2024": the first year is the baseline, the second the year of the figure
        "en|From 2014 to 2024, European allies raised their defence spending by two thirds.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE, 2024), 2014) = 66.67% within 5%",
        "en|Germany's spending rose by 96% from 2014 to 2024.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) = 96%",
        // a share of GDP that doubled is the share's own change
        "en|Poland's share of GDP spent on defence has almost doubled since 2014.|2024-07-01|supported|change(share_of_gdp(POL, 2024), 2014) = 100% within 50",
        // allies listed as the subject of a share of the total hold it together
        "en|Germany, France and the UK account for 17% of NATO spending.|2024-07-01|supported|share(defence_exp_current_usd(DEU+FRA+GBR, 2024), defence_exp_current_usd(NATO, 2024)) = 17%",
        "en|Germany and France together account for 20% of total NATO spending.|2024-07-01|contradicted|share(defence_exp_current_usd(DEU+FRA, 2024), defence_exp_current_usd(NATO, 2024)) = 20%",
        "en|The US share of combined NATO defence spending is about two thirds.|2024-07-01|supported|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 66.67% within 5%",
        // "only A and B spend more than C": C comes after as many allies as are named
        "en|Only Poland and Estonia spend more relative to GDP than the US.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), USA) = 3 ; share_of_gdp(EST, 2024) > share_of_gdp(USA, 2024)",
        // what reaching a guideline "would cost" is the money short of it, not a level reached
        "en|Reaching 2% would cost Canada an extra $14 billion a year.|2024-07-01|supported|gap(defence_exp_current_usd(CAN, 2024), 2) = 14 billion USD",
        "en|Meeting the 2% target would require Spain to spend an extra $17 billion.|2024-07-01|contradicted|gap(defence_exp_current_usd(ESP, 2024), 2) = 17 billion USD",
        // a share in the future tense with no time is a forecast or a promise, not judged; with
        // the year's time it is the year's estimate
        "en|Spain has said it will not reach 5%.|2025-07-01|unverifiable|null",
        "fr|L'Espagne consacrera 2 % de son PIB à la défense.|2025-07-01|unverifiable|null",
        "en|Germany will spend 2.12% of GDP on defence this year.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.12%",
        // "for the tenth year running" is a run of years, as "in a row" is
        "en|European allies raised their spending for the tenth year running.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE, 2024), 2023) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE, 2023), 2022) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE, 2022), 2021) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE, 2021), 2020) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE, 2020), 2019) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE, 2019), 2018) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE, 2018), 2017) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE, 2017), 2016) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE, 2016), 2015) > 0% ; change(defence_exp_constant_usd(NATO_EUROPE, 2015), 2014) > 0%",
        // "the rest of the alliance" is not the alliance: the others than an ally the sentence
        // before named, and nothing to check without one; "non-US allies" are the others
        "en|The rest of the alliance spent $507 billion.|2024-07-01|unverifiable|null",
        "en|Non-US allies spent a combined $507 billion.|2024-07-01|supported|sum(defence_exp_current_usd(NATO-USA, 2024)) = 507 billion USD",
        // the ally set apart ("excluding the US") is not whose figure it is
        "en|NATO members excluding the US spend 2.02% of their GDP on defence.|2024-07-01|unverifiable|null",
        // verbs of meeting in their other tenses and persons
        "pl|Niemcy po raz pierwszy od lat osiągnęły cel 2 proc. PKB.|2024-07-01|supported|share_of_gdp(DEU, 2024) >= 2%",
        "it|La Germania ha superato per la prima volta la soglia del 2%.|2024-07-01|supported|share_of_gdp(DEU, 2024) >= 2%",
        // a fraction of the alliance's spending is a share of its total, not a fraction of allies
        "pl|Stany Zjednoczone odpowiadają za około dwie trzecie wydatków całego sojuszu.|2024-07-01|supported|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 66.67% within 5%",
        // a word for "more" or "less" that opens the hedge of a number ("mehr als", "plus de",
        // "meer dan", "więcej niż") bounds it, and says no rise or fall
        "de|Polen gibt mehr als 4 Prozent für Verteidigung aus.|2024-07-01|supported|share_of_gdp(POL, 2024) > 4%",
        "fr|L'Espagne consacre moins de 1,5 % à sa défense.|2024-07-01|supported|share_of_gdp(ESP, 2024) < 1.5%",
        "nl|Estland, Letland en Litouwen besteden elk meer dan 2,5 procent aan defensie.|2024-07-01|supported|share_of_gdp(EST, 2024) > 2.5% ; share_of_gdp(LVA, 2024) > 2.5% ; share_of_gdp(LTU, 2024) > 2.5%",
        "es|Polonia destina más del 4 % a defensa.|2024-07-01|supported|share_of_gdp(POL, 2024) > 4%",
        "it|La Polonia spende più del 4 % per la difesa.|2024-07-01|supported|share_of_gdp(POL, 2024) > 4%",
        "pl|Polska wydaje na obronność więcej niż 4 proc.|2024-07-01|supported|share_of_gdp(POL, 2024) > 4%",
        // "weniger als im Vorjahr" after a figure: the year it is compared with, read as such
        "de|Italien investiert 1,49 Prozent seines BIP in die Verteidigung, weniger als im Vorjahr.|2024-07-01|supported|share_of_gdp(ITA, 2024) = 1.49% ; share_of_gdp(ITA, 2024) < share_of_gdp(ITA, 2023)",
        "de|Deutschland gibt 2,12 Prozent seines BIP für Verteidigung aus, deutlich mehr als im Jahr 2014.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.12% ; share_of_gdp(DEU, 2024) > share_of_gdp(DEU, 2014)",
        // German words of the lexicon: a compound for the share of GDP, verbs of clearing a mark,
        // "unterhalb", the allies "in Europa" beside Canada
        "de|Deutschland kam 2019 auf eine Verteidigungsquote von 1,36 Prozent.|2019-07-01|supported|share_of_gdp(DEU, 2019) = 1.36%",
        "de|Auch Norwegen hat die Marke von zwei Prozent übersprungen.|2024-07-01|supported|share_of_gdp(NOR, 2024) >= 2%",
        "de|Neun Verbündete lagen 2024 unterhalb der Zwei-Prozent-Schwelle.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) < 2) = 9",
        "de|Die Nato-Staaten in Europa und Kanada geben 2024 zusammen rund 507 Milliarden Dollar aus.|2024-07-01|supported|sum(defence_exp_current_usd(NATO_EUROPE_CANADA, 2024)) = 507 billion USD within 5%",
        // a multiple counted from a year said "compared with" ("gegenüber 2014", "par rapport à
        // 2014"), as from one said "since"
        "de|Die Militärausgaben Polens haben sich gegenüber 2014 real mehr als verdreifacht.|2024-07-01|supported|change(defence_exp_constant_usd(POL, 2024), 2014) > 200%",
        "fr|Par rapport à 2014, les dépenses militaires de la Pologne ont plus que triplé.|2024-07-01|supported|change(defence_exp_constant_usd(POL, 2024), 2014) > 200%",
        "it|Rispetto al 2014 la spesa militare della Polonia è più che triplicata.|2024-07-01|supported|change(defence_exp_constant_usd(POL, 2024), 2014) > 200%",
        "nl|De defensie-uitgaven van Polen zijn ten opzichte van 2014 meer dan verdrievoudigd.|2024-07-01|supported|change(defence_exp_constant_usd(POL, 2024), 2014) > 200%",
        "de|Deutschland hat seine Verteidigungsausgaben im Vergleich zu 2014 verdoppelt.|2024-07-01|supported|change(defence_exp_constant_usd(DEU, 2024), 2014) = 100% within 50",
        // German "darunter" before names is "among them", not "below it"; "Abstand zum Ziel" is a
        // shortfall; "Wirtschaftskraft" is the economy's output
        "de|Nur sieben Länder erfüllen die Vorgabe, darunter Griechenland, Polen und Rumänien.|2019-06-30|supported|count(share_of_gdp(NATO, 2019) >= 2) = 7",
        "de|Der Abstand Spaniens zum Zwei-Prozent-Ziel beträgt rund 12 Milliarden Dollar.|2024-07-01|supported|gap(defence_exp_current_usd(ESP, 2024), 2) = 12 billion USD within 5%",
        "de|Deutschland gibt gemessen an seiner Wirtschaftskraft weniger für Verteidigung aus als Polen.|2024-07-01|supported|share_of_gdp(DEU, 2024) < share_of_gdp(POL, 2024)",
        // French words of the lexicon: "la règle des 2 %", "sa richesse" for the economy,
        // "supérieur à celui de" and "inférieur à celui de" comparing two allies
        "fr|En 2019, seuls sept pays membres respectaient la règle des 2 %.|2024-07-01|supported|count(share_of_gdp(NATO, 2019) >= 2) = 7",
        "fr|Le Luxembourg est le pays qui consacre la plus faible part de sa richesse à la défense.|2024-07-01|contradicted|rank(share_of_gdp(NATO, 2024), LUX, lowest) = 1",
        "fr|Le budget militaire de l'Espagne est inférieur à celui des Pays-Bas.|2024-07-01|supported|defence_exp_current_usd(ESP, 2024) < defence_exp_current_usd(NLD, 2024)",
        // a currency after "de", "d'", "di" ("millones de euros", "milliards d'euros", "miliardi di
        // euro") is the money's: it was taken for dollars
        "es|El gasto en defensa de España asciende a unos 19.700 millones de euros.|2024-07-01|supported|defence_exp_national_currency(ESP, 2024) = 19700 million EUR within 5%",
        "fr|Les dépenses de l'Allemagne atteignent 90,6 milliards d'euros en 2024.|2024-07-01|supported|defence_exp_national_currency(DEU, 2024) = 90.6 billion EUR",
        "it|La spesa per la difesa della Spagna ammonta a 19,7 miliardi di euro.|2024-07-01|supported|defence_exp_national_currency(ESP, 2024) = 19.7 billion EUR",
        // "not even reaching" a figure is less than it: "no llega al", "erreicht nicht einmal",
        // "n'atteint même pas", "haalt nog niet eens", "nie osiąga nawet"
        "es|Bélgica no llega ni al 1,5 % del PIB.|2024-07-01|supported|share_of_gdp(BEL, 2024) < 1.5%",
        "de|Belgien erreicht nicht einmal 1,5 Prozent.|2024-07-01|supported|share_of_gdp(BEL, 2024) < 1.5%",
        "fr|La Belgique n'atteint même pas 1,5 % de son PIB.|2024-07-01|supported|share_of_gdp(BEL, 2024) < 1.5%",
        "it|Il Belgio non arriva all'1,5 % del PIL.|2024-07-01|supported|share_of_gdp(BEL, 2024) < 1.5%",
        "nl|België haalt nog niet eens 1,5 procent van het bbp.|2024-07-01|supported|share_of_gdp(BEL, 2024) < 1.5%",
        "pl|Belgia nie osiąga nawet 1,5 proc. PKB.|2024-07-01|supported|share_of_gdp(BEL, 2024) < 1.5%",
        // "more than last year" after a figure: the year it is compared with, in each language
        "es|Francia invierte un 2,06 % de su PIB, algo más que el año pasado.|2024-07-01|supported|share_of_gdp(FRA, 2024) = 2.06% ; share_of_gdp(FRA, 2024) > share_of_gdp(FRA, 2023)",
        "fr|La France consacre 2,06 % de son PIB à la défense, plus que l'an dernier.|2024-07-01|supported|share_of_gdp(FRA, 2024) = 2.06% ; share_of_gdp(FRA, 2024) > share_of_gdp(FRA, 2023)",
        "it|La Francia spende il 2,06 % del PIL per la difesa, più dell'anno scorso.|2024-07-01|supported|share_of_gdp(FRA, 2024) = 2.06% ; share_of_gdp(FRA, 2024) > share_of_gdp(FRA, 2023)",
        "nl|Frankrijk besteedt 2,06 procent van het bbp aan defensie, meer dan vorig jaar.|2024-07-01|supported|share_of_gdp(FRA, 2024) = 2.06% ; share_of_gdp(FRA, 2024) > share_of_gdp(FRA, 2023)",
        "pl|Francja wydaje na obronność 2,06 proc. PKB, więcej niż przed rokiem.|2024-07-01|supported|share_of_gdp(FRA, 2024) = 2.06% ; share_of_gdp(FRA, 2024) > share_of_gdp(FRA, 2023)",
        // a superlative of more than one word ("più alta", "le plus élevé", "más alto") says no
        // rise,
        // and an ordinal before its noun ("el segundo gasto más alto") states its place
        "it|La Germania ha speso 97,7 miliardi di dollari, la seconda cifra più alta dopo gli Stati Uniti.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), DEU) = 2 ; defence_exp_current_usd(DEU, 2024) = 97.7 billion USD",
        "es|Con 97.700 millones de dólares, Alemania tiene el segundo gasto militar más alto de la Alianza.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), DEU) = 2 ; defence_exp_current_usd(DEU, 2024) = 97700 million USD",
        "fr|Avec 97,7 milliards de dollars, l'Allemagne a le deuxième budget le plus élevé de l'Alliance.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), DEU) = 2 ; defence_exp_current_usd(DEU, 2024) = 97.7 billion USD",
        "it|Con l'1,29 % il Lussemburgo ha la seconda quota più bassa dell'Alleanza.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), LUX, lowest) = 2 ; share_of_gdp(LUX, 2024) = 1.29%",
        "fr|La Pologne est le pays dont le budget de défense rapporté au PIB est le plus élevé.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1",
        // "rispetto all'anno precedente": the year compared with
        "it|La spesa militare tedesca è cresciuta del 29 % in termini reali rispetto all'anno precedente.|2024-07-01|supported|real_change(DEU, 2024) = 29%",
        // "defensiebegroting" speaks of spending; "wydatków obronnych sojuszu" is the alliance's
        // total
        "nl|De defensiebegroting van Nederland steeg dit jaar met een kwart.|2024-07-01|supported|real_change(NLD, 2024) = 25% within 5%",
        "pl|Stany Zjednoczone odpowiadają za około dwie trzecie wydatków obronnych sojuszu.|2024-07-01|supported|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 66.67% within 5%",
        // German "kommt auf" reports an ally's figure: a share of GDP in the range one can be
        "de|Griechenland kommt auf 3,65 Prozent, die Türkei auf 2,85 Prozent.|2026-08-01|supported|share_of_gdp(GRC, 2026) = 3.65% ; share_of_gdp(TUR, 2026) = 2.85%",
        // "2-Prozent-Ziel" names the guideline with its digit (no count of two); "Ländern" are
        // members;
        // a place beside a percentage ranks shares of GDP, and the percentage is one
        "de|Deutschland erreicht in diesem Jahr das 2-Prozent-Ziel.|2024-07-01|supported|share_of_gdp(DEU, 2024) >= 2%",
        "de|Das 2-Prozent-Ziel erreichen 23 Nato-Staaten.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23",
        "de|In 23 Ländern liegen die Ausgaben bei mindestens zwei Prozent der Wirtschaftsleistung.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23",
        "de|Mit 1,49 Prozent landet Italien auf Platz 26.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), ITA) = 26 ; share_of_gdp(ITA, 2024) = 1.49%",
        // a percentage after German "mit" is a level ("mit 2,06 Prozent mehr"), not a rise; "zu den
        // gesamten" is the total; "gegenüber dem Vorjahr" and "als im Vorjahr" the year compared
        // with
        "de|Frankreich gibt mit 2,06 Prozent mehr aus als Italien.|2024-07-01|supported|share_of_gdp(FRA, 2024) = 2.06%",
        "de|Estland gab mit 3,43 Prozent anteilig mehr aus als die Vereinigten Staaten.|2024-07-01|supported|share_of_gdp(EST, 2024) = 3.43%",
        "de|Deutschland trägt 6,6 Prozent zu den gesamten Verteidigungsausgaben des Bündnisses bei.|2024-07-01|supported|share(defence_exp_current_usd(DEU, 2024), defence_exp_current_usd(NATO, 2024)) = 6.6%",
        "de|Gegenüber dem Vorjahr erhöhte Deutschland seine Ausgaben real um fast 30 Prozent.|2024-07-01|supported|real_change(DEU, 2024) = 30% within 5%",
        "de|Deutschland gibt real 29 Prozent mehr aus als im Vorjahr.|2024-07-01|supported|real_change(DEU, 2024) = 29%",
        // "un totale di 23 alleati": the word for one opens the phrase, the count is the number
        // after it
        "it|Un totale di 23 alleati rispetta ormai la soglia del 2 %.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23",
        // a share of GDP in the clause of a superlative ranks shares: "mit 4,12 Prozent
        // Spitzenreiter", "met 1,28 procent onderaan"; but a superlative followed by "since" is a
        // record over the years, not a place among allies
        "de|Polen ist mit 4,12 Prozent Spitzenreiter im Bündnis.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1 ; share_of_gdp(POL, 2024) = 4.12%",
        "nl|Spanje bungelt met 1,28 procent onderaan.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), ESP, lowest) = 1 ; share_of_gdp(ESP, 2024) = 1.28%",
        "fr|L'Espagne est la lanterne rouge de l'Otan, avec 1,28 % du PIB.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), ESP, lowest) = 1 ; share_of_gdp(ESP, 2024) = 1.28%",
        "de|Deutschland gibt 2,12 Prozent aus, den höchsten Anteil seit der Wiedervereinigung.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.12%",
        "en|Germany spends 2.12 percent of GDP on defence, the highest share since 1991.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.12%",
        "es|Alemania destina el 2,12 % de su PIB a defensa, el nivel más alto desde la reunificación.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.12%",
        // German "liegt", "lag" report an ally's figure as "kommt auf" does
        "de|Die Bundesrepublik liegt in diesem Jahr bei 2,12 Prozent.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.12%",
        "de|Belgien, Spanien und Luxemburg liegen weiterhin unter 1,5 Prozent.|2024-07-01|supported|share_of_gdp(BEL, 2024) < 1.5% ; share_of_gdp(ESP, 2024) < 1.5% ; share_of_gdp(LUX, 2024) < 1.5%",
        // the verb of meeting before "all allies", after an opening adverb (German, Dutch word
        // order)
        "de|Erstmals erreichen in diesem Jahr alle Nato-Staaten das Zwei-Prozent-Ziel.|2025-09-15|supported|count(share_of_gdp(NATO, 2025) < 2) = 0",
        "nl|Voor het eerst halen alle NAVO-landen de norm van 2 procent.|2025-09-15|supported|count(share_of_gdp(NATO, 2025) < 2) = 0",
        "de|Bis 2030 sollen alle Nato-Staaten das Zwei-Prozent-Ziel erreichen.|2025-09-15|unverifiable|null",
        // a place stated first, the ally named after its verb: "Schlusslicht ist Spanien", "Den
        // höchsten Anteil hat Polen" (a superlative share is no share of the alliance's total)
        "de|Schlusslicht ist Spanien mit 1,28 Prozent.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), ESP, lowest) = 1 ; share_of_gdp(ESP, 2024) = 1.28%",
        "de|Auf Platz zwei folgt Estland mit 3,43 Prozent.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), EST) = 2 ; share_of_gdp(EST, 2024) = 3.43%",
        "de|Den höchsten Anteil hat Polen mit 4,12 Prozent.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1 ; share_of_gdp(POL, 2024) = 4.12%",
        "nl|De grootste uitgaven heeft Polen met 4,12 procent.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1 ; share_of_gdp(POL, 2024) = 4.12%",
        "de|Hinter Polen folgt Estland mit 3,43 Prozent.|2024-07-01|unverifiable|null",
        // German "kommt", "liegt" apart from their preposition; separable verbs of change ("legten
        // … zu", "gingen … zurück"); "die Europäer" (und Kanada) are the European allies
        "de|Die Niederlande kommen erstmals auf 2,05 Prozent.|2024-07-01|supported|share_of_gdp(NLD, 2024) = 2.05%",
        "de|Die Ausgaben der europäischen Bündnispartner und Kanadas legten um knapp 15 Prozent zu.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2023) = 15% within 5%",
        "de|2021 gingen die deutschen Verteidigungsausgaben real um rund ein Prozent zurück.|2024-07-01|supported|real_change(DEU, 2021) = -1% within 5%",
        "de|Die Europäer und Kanada geben in diesem Jahr rund 507 Milliarden Dollar für Verteidigung aus.|2024-07-01|supported|sum(defence_exp_current_usd(NATO_EUROPE_CANADA, 2024)) = 507 billion USD within 5%",
        "nl|De Europeanen besteden dit jaar zo'n 476 miljard dollar aan defensie.|2024-07-01|supported|sum(defence_exp_current_usd(NATO_EUROPE, 2024)) = 476 billion USD within 5%",
        "de|Deutschland verzeichnet bei den Verteidigungsausgaben ein Plus von real 29 Prozent.|2024-07-01|supported|real_change(DEU, 2024) = 29%",
        // "over the past ten years" counts a change from as many years back, as "since" does (the
        // number was read as a count of allies); a multiple over such a span too
        "en|Over the past ten years, European allies and Canada have raised their defence spending by two thirds in real terms.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2014) = 66.67% within 5%",
        "de|In den vergangenen zehn Jahren haben die Europäer und Kanada ihre Ausgaben real um zwei Drittel erhöht.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2014) = 66.67% within 5%",
        "fr|Au cours des dix dernières années, les alliés européens et le Canada ont augmenté leurs dépenses de 66 %.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2014) = 66%",
        "it|Negli ultimi dieci anni la spesa degli alleati europei e del Canada è cresciuta del 66 %.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2014) = 66%",
        "pl|W ciągu ostatnich 10 lat wydatki europejskich sojuszników i Kanady wzrosły o 66 proc.|2024-07-01|supported|change(defence_exp_constant_usd(NATO_EUROPE_CANADA, 2024), 2014) = 66%",
        "de|Polen hat seine Verteidigungsausgaben in den vergangenen zwei Jahren fast verdoppelt.|2024-07-01|supported|change(defence_exp_constant_usd(POL, 2024), 2022) = 100% within 50",
        // "far from 2 %" is below it ("lontana dal 2 %", "loin des 2 %", "lejos del 2 %", "weit
        // entfernt vom Ziel"); "el último año" is a time, not the last place; Spanish "casi un 30
        // %" keeps its hedge over the article
        "it|L'Italia spende l'1,49 % del Pil per la difesa, lontana dal 2 % richiesto dalla Nato.|2024-07-01|supported|share_of_gdp(ITA, 2024) < 2% ; share_of_gdp(ITA, 2024) = 1.49%",
        "fr|L'Espagne reste loin des 2 %.|2024-07-01|supported|share_of_gdp(ESP, 2024) < 2%",
        "es|España sigue lejos del 2 %.|2024-07-01|supported|share_of_gdp(ESP, 2024) < 2%",
        "de|Die Bundesrepublik ist mit 1,64 Prozent im letzten Jahr weit entfernt vom Zwei-Prozent-Ziel.|2024-07-01|supported|share_of_gdp(DEU, 2023) < 2% ; share_of_gdp(DEU, 2023) = 1.64%",
        "es|Alemania ha aumentado su gasto militar casi un 30 % en el último año.|2024-07-01|supported|real_change(DEU, 2024) = 30% within 5%",
        // a number inside a group's name counts no allies: "the three Baltic states all spend …"
        // is said of each of them
        "en|The three Baltic states all spend more than 3 percent.|2024-07-01|contradicted|share_of_gdp(EST, 2024) > 3% ; share_of_gdp(LTU, 2024) > 3% ; share_of_gdp(LVA, 2024) > 3%",
        "de|Die drei baltischen Staaten geben alle mehr als 2,8 Prozent aus.|2024-07-01|supported|share_of_gdp(EST, 2024) > 2.8% ; share_of_gdp(LTU, 2024) > 2.8% ; share_of_gdp(LVA, 2024) > 2.8%",
        "fr|Les trois pays baltes consacrent tous plus de 3 % de leur PIB à la défense.|2024-07-01|contradicted|share_of_gdp(EST, 2024) > 3% ; share_of_gdp(LTU, 2024) > 3% ; share_of_gdp(LVA, 2024) > 3%",
        // money by which an ally misses a guideline is the gap to it ("verfehlt … um", "misses …
        // by"), not what it spent
        "de|Damit verfehlt die Bundesrepublik die Zwei-Prozent-Marke um mehr als 25 Milliarden Dollar.|2019-07-01|supported|share_of_gdp(DEU, 2019) < 2% ; gap(defence_exp_current_usd(DEU, 2019), 2) > 25 billion USD",
        "en|Spain misses the 2% target by about $12 billion.|2024-07-01|supported|share_of_gdp(ESP, 2024) < 2% ; gap(defence_exp_current_usd(ESP, 2024), 2) = 12 billion USD within 5%",
        // Polish ordinals in the locative ("na drugim miejscu"), the ally after its verb
        "pl|Na drugim miejscu znalazła się Estonia z 3,43 proc.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), EST) = 2 ; share_of_gdp(EST, 2024) = 3.43%",
        "pl|Polska jest na pierwszym miejscu z wynikiem 4,12 proc. PKB.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1 ; share_of_gdp(POL, 2024) = 4.12%",
        // "followed by" after the top or the bottom: the allies after it take the next places
        "de|Polen ist Spitzenreiter mit 4,12 Prozent, gefolgt von Estland mit 3,43 Prozent.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1 ; rank(share_of_gdp(NATO, 2024), EST) = 2 ; share_of_gdp(POL, 2024) = 4.12% ; share_of_gdp(EST, 2024) = 3.43%",
        "fr|La Pologne est en tête avec 4,12 %, suivie de l'Estonie (3,43 %) et des États-Unis (3,38 %).|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1 ; rank(share_of_gdp(NATO, 2024), EST) = 2 ; rank(share_of_gdp(NATO, 2024), USA) = 3 ; share_of_gdp(POL, 2024) = 4.12% ; share_of_gdp(EST, 2024) = 3.43% ; share_of_gdp(USA, 2024) = 3.38%",
        "es|España es la que menos gasta, con un 1,28 %, seguida de Luxemburgo.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), ESP, lowest) = 1 ; rank(share_of_gdp(NATO, 2024), LUX, lowest) = 2 ; share_of_gdp(ESP, 2024) = 1.28%",
        "en|Poland tops the ranking with 4.12 percent, followed by Estonia and the United States.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1 ; rank(share_of_gdp(NATO, 2024), EST) = 2 ; rank(share_of_gdp(NATO, 2024), USA) = 3 ; share_of_gdp(POL, 2024) = 4.12%",
        // "le deuxième contributeur", "an zweiter Stelle": words of a place in the ranking
        "fr|L'Allemagne est devenue le deuxième contributeur de l'Alliance, avec 97,7 milliards de dollars.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), DEU) = 2 ; defence_exp_current_usd(DEU, 2024) = 97.7 billion USD",
        "de|An dritter Stelle folgt Großbritannien.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), GBR) = 3",
        // money short of a guideline is the gap to it, never what was spent
        "en|Spain would need to spend $12 billion more to reach the 2% goal this year.|2024-07-01|supported|gap(defence_exp_current_usd(ESP, 2024), 2) = 12 billion USD",
        "en|Italy was $20 billion short of the 2 percent target in 2024.|2024-07-01|contradicted|share_of_gdp(ITA, 2024) < 2% ; gap(defence_exp_current_usd(ITA, 2024), 2) = 20 billion USD",
        "en|In 2016 Berlin remained more than $25 billion away from NATO's 2 percent goal.|2017-03-31|supported|gap(defence_exp_current_usd(DEU, 2016), 2) > 25 billion USD",
        "de|Spanien fehlten 2024 rund 12 Milliarden Dollar zum Zwei-Prozent-Ziel.|2024-07-01|supported|gap(defence_exp_current_usd(ESP, 2024), 2) = 12 billion USD within 5%",
        "fr|À l'Espagne, il manque 12 milliards de dollars pour atteindre l'objectif de 2 %.|2024-07-01|supported|gap(defence_exp_current_usd(ESP, 2024), 2) = 12 billion USD",
        "nl|Spanje heeft een tekort van 12 miljard dollar op de norm van 2 procent.|2024-07-01|supported|gap(defence_exp_current_usd(ESP, 2024), 2) = 12 billion USD",
        // ... while a figure the plan itself states keeps the plan's year, and is not judged
        "en|Poland wants to spend 5% of GDP on defence next year, compared with 4.1% now.|2024-07-01|supported|share_of_gdp(POL, 2024) = 4.1%"
      })
  void readsAndJudges(
      String language, String sentence, LocalDate asOf, String verdict, String readings) {
    SentenceCheck c = checker(language).sentence(sentence, asOf);
    String read =
        c.claims().isEmpty()
            ? String.valueOf(c.reading())
            : c.claims().stream()
                .map(k -> k.judgement().reading())
                .collect(Collectors.joining(" ; "));
    assertThat(read).as(sentence).isEqualTo(readings);
    assertThat(c.verdict().toString()).as(sentence + " — " + c.reason()).isEqualTo(verdict);
    // read without a language given, it is detected and read the same
    SentenceCheck detected = detecting().sentence(sentence, asOf);
    assertThat(detected.language()).as("the language detected: " + sentence).isEqualTo(language);
    assertThat(detected.verdict()).as(sentence).isEqualTo(c.verdict());
    assertThat(detected.reading()).as(sentence).isEqualTo(c.reading());
  }

  /**
   * Constructions of German, French, Spanish, Italian, Dutch and Polish, each read as the language
   * says it (with the language given, and detected, the same): the word for "more" that also says a
   * rise ("mehr", "más", "più", "meer", "więcej") compares allies when "than" and an ally follow.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // "more … than any other": the first place in money, not a ranking of rises
        "de|Deutschland gibt in absoluten Zahlen mehr für Verteidigung aus als jedes andere Land.|2024-07-01|contradicted|rank(defence_exp_current_usd(NATO, 2024), DEU) = 1",
        "es|Los Estados Unidos gastan más en defensa que cualquier otro aliado.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), USA) = 1",
        "it|Gli Stati Uniti spendono per la difesa più di qualsiasi altro alleato.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), USA) = 1",
        "nl|De Verenigde Staten geven meer uit aan defensie dan elk ander NAVO-land.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), USA) = 1",
        "pl|Stany Zjednoczone wydają na obronę więcej niż jakikolwiek inny członek NATO.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), USA) = 1",
        "de|Deutschland gibt weniger für Verteidigung aus als Frankreich.|2024-07-01|contradicted|defence_exp_current_usd(DEU, 2024) < defence_exp_current_usd(FRA, 2024)",
        // "or more" after a number bounds it ("oder mehr", "ou plus", "o più"): no rise
        "de|Polen gibt vier Prozent oder mehr aus.|2024-07-01|supported|share_of_gdp(POL, 2024) >= 4%",
        "de|Ganze 23 Länder kommen auf zwei Prozent oder mehr.|2024-07-01|supported|count(share_of_gdp(NATO, 2024) >= 2) = 23",
        "it|La Polonia spende il 4% o più del suo PIL per la difesa.|2024-07-01|supported|share_of_gdp(POL, 2024) >= 4%",
        "it|La Polonia registra la quota più alta di Pil destinata alla difesa.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), POL) = 1",
        "nl|Polen besteedt 4 procent of meer van zijn bbp aan defensie.|2024-07-01|supported|share_of_gdp(POL, 2024) >= 4%",
        "de|Belgien gibt 1,5 Prozent oder weniger aus.|2024-07-01|supported|share_of_gdp(BEL, 2024) <= 1.5%",
        // money short of a share reached after it ("um zwei Prozent zu erreichen", "per arrivare
        // al 2 %", "om 2 procent te halen") is the gap to it, not what was spent
        "de|Spanien fehlen rund 12 Milliarden Dollar, um zwei Prozent zu erreichen.|2024-07-01|supported|gap(defence_exp_current_usd(ESP, 2024), 2) = 12 billion USD within 5%",
        "es|A España le faltan unos 12.000 millones de dólares para llegar al 2 %.|2024-07-01|supported|gap(defence_exp_current_usd(ESP, 2024), 2) = 12000 million USD within 5%",
        "it|All'Italia mancano circa 11 miliardi di dollari per arrivare al 2%.|2024-07-01|contradicted|gap(defence_exp_current_usd(ITA, 2024), 2) = 11 billion USD within 5%",
        "nl|Spanje komt ongeveer 12 miljard dollar tekort om 2 procent te halen.|2024-07-01|supported|gap(defence_exp_current_usd(ESP, 2024), 2) = 12 billion USD within 5%",
        "pl|Hiszpanii brakuje około 12 mld dolarów do poziomu 2 proc.|2024-07-01|supported|gap(defence_exp_current_usd(ESP, 2024), 2) = 12 billion USD within 5%",
        // a level said with a verb of standing ("si attesta al", "se sitúa en el", "zit op", "jest
        // na poziomie"), as German "liegt bei": an ally's share of GDP ...
        "it|La Francia si attesta al 2,06%.|2024-07-01|supported|share_of_gdp(FRA, 2024) = 2.06%",
        "es|Canadá se queda en el 1,37 %.|2024-07-01|supported|share_of_gdp(CAN, 2024) = 1.37%",
        "fr|La France se situe à 2,06 %.|2024-07-01|supported|share_of_gdp(FRA, 2024) = 2.06%",
        "nl|Het Verenigd Koninkrijk zit op 2,33 procent.|2024-07-01|supported|share_of_gdp(GBR, 2024) = 2.33%",
        "pl|Francja jest na poziomie 2,06 proc.|2024-07-01|supported|share_of_gdp(FRA, 2024) = 2.06%",
        // ... unless the clause names another measure ("la crescita del Pil", "wzrost PKB")
        "it|La crescita del Pil italiano si ferma allo 0,7%.|2024-07-01|unverifiable|null",
        "nl|De groei van het bbp in Nederland zit op 0,7 procent.|2024-07-01|unverifiable|null",
        // money short of a guideline named without its figure is no level (not read either)
        "it|All'Italia mancano circa 11,8 miliardi di dollari per raggiungere l'obiettivo.|2024-07-01|unverifiable|null",
        "fr|Il manque à l'Espagne 12 milliards de dollars pour atteindre l'objectif de l'OTAN.|2024-07-01|unverifiable|null",
        "pl|Hiszpanii brakuje 12 mld dolarów do spełnienia celu NATO.|2024-07-01|unverifiable|null",
        // ordinals in words up to the alliance's size, feminine too ("ventiseiesima")
        "it|L'Italia è solo ventiseiesima nella classifica della spesa in rapporto al Pil.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), ITA) = 26",
        "nl|Italië staat op de zesentwintigste plaats als het gaat om defensie-uitgaven als percentage van het bbp.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), ITA) = 26",
        // participles that agree with the word for spending ("la spesa è diminuita", "wydatki
        // spadły", "Słowenia zmniejszyła"), and "by" before a vowel ("dello 0,1 %")
        "it|La spesa della Slovenia è diminuita dell'1,4% in termini reali.|2024-07-01|supported|real_change(SVN, 2024) = -1.4%",
        "it|La spesa italiana per la difesa è aumentata solo dello 0,1% in termini reali.|2024-07-01|supported|real_change(ITA, 2024) = 0.1%",
        "pl|Wydatki Słowenii spadły o 1,4 proc. w ujęciu realnym.|2024-07-01|supported|real_change(SVN, 2024) = -1.4%",
        "nl|De defensie-uitgaven van Slovenië namen af met 1,4 procent.|2024-07-01|supported|real_change(SVN, 2024) = -1.4%",
        "de|Die Bundesregierung hat den Verteidigungsetat um fast 30 Prozent aufgestockt.|2024-07-01|supported|real_change(DEU, 2024) = 30% within 5%",
        // verbs of spending in the past tense ("gaf … uit", "spendeva"): a level of that year
        "nl|Vorig jaar gaf Nederland nog 1,66 procent uit.|2024-07-01|supported|share_of_gdp(NLD, 2023) = 1.66%",
        "it|Nel 2019 l'Italia spendeva l'1,17% del Pil.|2024-07-01|supported|share_of_gdp(ITA, 2019) = 1.17%",
        // superlatives in every gender, number and case ("più grande", "más altas", "le plus
        // important", "drugim największym"); the word for more inside one is no comparison
        "it|La Francia ha il quarto bilancio militare più grande della Nato.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), FRA) = 4",
        "fr|Les États-Unis ont le budget de défense le plus important de l'Alliance.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), USA) = 1",
        "pl|Niemcy są drugim największym płatnikiem w NATO.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), DEU) = 2",
        "pl|Hiszpania jest krajem o najniższych wydatkach na obronność w relacji do PKB.|2024-07-01|supported|rank(share_of_gdp(NATO, 2024), ESP, lowest) = 1",
        "es|Alemania es el segundo país por gasto militar de la OTAN.|2024-07-01|supported|rank(defence_exp_current_usd(NATO, 2024), DEU) = 2",
        // a share of the whole alliance ("całego NATO"), after "accounts for" ("odpowiadają za")
        "pl|USA odpowiadają za około dwie trzecie wydatków obronnych całego NATO.|2024-07-01|supported|share(defence_exp_current_usd(USA, 2024), defence_exp_current_usd(NATO, 2024)) = 66.67% within 5%",
        // "far from the guideline", the German way round ("weit vom … entfernt", "vom … noch weit
        // entfernt"): below it
        "de|Deutschland ist noch weit von der Zwei-Prozent-Marke entfernt.|2019-07-01|supported|share_of_gdp(DEU, 2019) < 2%",
        "de|Die Bundesrepublik ist vom Zwei-Prozent-Ziel noch weit entfernt.|2024-07-01|contradicted|share_of_gdp(DEU, 2024) < 2%",
        "nl|België zit ver onder de tweeprocentnorm.|2019-07-01|supported|share_of_gdp(BEL, 2019) < 2%",
        "pl|Polska nie osiągnęła w 2019 roku progu 2 proc. PKB.|2019-07-01|contradicted|share_of_gdp(POL, 2019) < 2%",
        // Italian and Spanish give a percentage the article: a decimal after it is one, its sign
        // left out ("si ferma al 2,06", "en el 2,33"); a sum of money keeps its scale
        "it|La Francia si ferma al 2,06, la Germania al 2,12.|2024-07-01|supported|share_of_gdp(FRA, 2024) = 2.06% ; share_of_gdp(DEU, 2024) = 2.12%",
        "es|El Reino Unido se sitúa en el 2,33.|2024-07-01|supported|share_of_gdp(GBR, 2024) = 2.33%",
        "it|L'Italia ha speso 34,5 miliardi di dollari.|2024-07-01|supported|defence_exp_current_usd(ITA, 2024) = 34.5 billion USD",
        // the economy that grew or shrank is no rise or fall of defence spending
        "it|Nel 2024 il Pil italiano è cresciuto.|2024-07-01|unverifiable|null",
        "es|El PIB de España creció en 2024.|2024-07-01|unverifiable|null",
        "de|Das BIP Deutschlands ist im vergangenen Jahr gesunken.|2024-07-01|unverifiable|null",
        // a share asked of others ("exige que les alliés consacrent", "chiede che gli alleati
        // spendano") is a demand, not anyone's level; a figure stated after it still is
        "fr|Le président américain exige que les alliés consacrent 5 % de leur PIB à la défense.|2024-07-01|unverifiable|null",
        "it|Il presidente americano chiede che gli alleati spendano il 5% del Pil per la difesa.|2024-07-01|unverifiable|null",
        "es|El presidente estadounidense exige que los aliados destinen el 5 % del PIB a defensa.|2024-07-01|unverifiable|null",
        "nl|De Amerikaanse president eist dat de bondgenoten 5 procent van hun bbp aan defensie besteden.|2024-07-01|unverifiable|null",
        "pl|Prezydent USA żąda, by sojusznicy przeznaczali na obronność 5 proc. PKB.|2024-07-01|unverifiable|null",
        "de|Trump fordert, dass die Verbündeten fünf Prozent ausgeben; Deutschland gibt 2,12 Prozent seines BIP aus.|2024-07-01|supported|share_of_gdp(DEU, 2024) = 2.12%"
      })
  void readsConstructionsOfTheOtherLanguages(
      String language, String sentence, LocalDate asOf, String verdict, String readings) {
    readsAndJudges(language, sentence, asOf, verdict, readings);
  }

  static ClaimChecker detecting() {
    return CHECKERS.computeIfAbsent("", l -> new ClaimChecker(engine, Languages.readers()));
  }

  /**
   * A sentence in a language the reader has no lexicon for is not read as the nearest one it has:
   * it is unverifiable, and the answer names the language detected.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "el|Η Ελλάδα δαπανά το 3,1% του ΑΕΠ της για την άμυνα.",
        "tr|Türkiye bu yıl savunma harcamaları için gayri safi yurt içi hasılasının yüzde 2,1'ini ayırdı.",
        "pt|Portugal gasta 1,5% do seu PIB em defesa, segundo a NATO.",
        "ru|Россия тратит на оборону более 6 процентов ВВП."
      })
  void aLanguageTheReaderDoesNotHaveIsNamedNotGuessed(String code, String sentence) {
    SentenceCheck c = detecting().sentence(sentence, LocalDate.of(2024, 7, 1));
    assertThat(c.verdict().toString()).isEqualTo("unverifiable");
    assertThat(c.language()).isEqualTo(code);
    assertThat(c.reason()).startsWith("language not supported (detected: " + code + ")");
    CheckReport text = detecting().text(sentence, LocalDate.of(2024, 7, 1), LocalDate.now());
    assertThat(text.language()).isEqualTo(code);
    assertThat(text.claims())
        .singleElement()
        .extracting(SentenceCheck::reason)
        .asString()
        .startsWith("language not supported (detected: " + code + ")");
  }

  /** A day written with its dot before a month ("1. Juli 2024") ends no sentence and dates it. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "de|BERLIN, 1. Juli 2024 — Frankreich hat seine Ausgaben erhöht. Das sind 64 Milliarden.|2|2024-07-01",
        "pl|WARSZAWA, 3. lipca 2024 — Polska wydaje najwięcej. To dużo.|2|2024-07-03"
      })
  void aDayWithItsDotEndsNoSentence(String language, String text, int sentences, String date) {
    var reader = Languages.reader(language);
    assertThat(reader.sentences(text)).as(text).hasSize(sentences);
    assertThat(reader.dateline(text).map(LocalDate::toString).orElse(null)).isEqualTo(date);
  }

  /**
   * "It" in the next sentence points to the country a sentence is about, the first it names that no
   * preposition introduces, not the last it names in passing ("criticised by Washington", "ahead of
   * France"); a sentence that itself speaks of "it" keeps the country before.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Germany, long criticised by Washington, has raised its spending sharply. Its defence"
            + " budget comes to $97.7 billion this year.|supported|defence_exp_current_usd(DEU, 2024) = 97.7 billion USD",
        "Poland spends the most of any ally, well ahead of the United States. It is followed by"
            + " Estonia. Its military spending rose to $35 billion this year.|supported|defence_exp_current_usd(POL, 2024) = 35 billion USD",
        // a sentence that opens by pointing back and names no one; a dateline's place is no subject
        "WASHINGTON, July 1, 2024 — Germany has lifted its defence spending to 2.12 percent of GDP."
            + " That comes to $97.7 billion for this year.|supported|defence_exp_current_usd(DEU, 2024) = 97.7 billion USD",
        "BERLIN, 1. Juli 2024 — Frankreich hat seine Ausgaben erhöht. Das sind 64 Milliarden Dollar"
            + " in diesem Jahr.|supported|defence_exp_current_usd(FRA, 2024) = 64 billion USD",
        // "the figure", "that share", "ce chiffre": the measure of the country before, in its year
        "Poland devotes 4.12% of GDP to defence. Ten years ago, the figure was 1.88%.|supported"
            + "|share_of_gdp(POL, 2014) = 1.88%",
        "Poland devotes 4.12% of GDP to defence. In 2014, that share was only 2.5%.|contradicted"
            + "|share_of_gdp(POL, 2014) = 2.5%",
        "La Pologne consacre 4,12 % de son PIB à la défense. En 2014, ce chiffre était de 1,88 %."
            + "|supported|share_of_gdp(POL, 2014) = 1.88%",
        "Polen gibt 4,12 Prozent seines BIP für Verteidigung aus. 2014 lag dieser Wert bei 1,88"
            + " Prozent.|supported|share_of_gdp(POL, 2014) = 1.88%",
        // "its allies", "the other 31 allies": the alliance less the country before
        "The United States spent $968 billion this year. Its NATO allies spent a combined $507"
            + " billion.|supported|sum(defence_exp_current_usd(NATO-USA, 2024)) = 507 billion USD",
        "The United States spent $968 billion this year. The other 31 allies spent $507 billion"
            + " between them.|supported|sum(defence_exp_current_usd(NATO-USA, 2024)) = 507 billion USD"
      })
  void itPointsToTheCountryTheSentenceBeforeIsAbout(String text, String verdict, String reading) {
    CheckReport r = detecting().text(text, LocalDate.of(2024, 7, 1), LocalDate.now());
    SentenceCheck last = r.claims().get(r.claims().size() - 1);
    assertThat(last.reading()).as(text).isEqualTo(reading);
    assertThat(last.verdict().toString()).as(last.reason()).isEqualTo(verdict);
  }

  /**
   * What an article carries from one sentence to the next only fills what a sentence lacks: its own
   * time words ("now", "désormais", "inzwischen") and a verb in the present tense beat a year
   * written before, and a year that was only compared with ("up from three in 2014") or a baseline
   * is not carried at all. The sentence checked is the last of each text.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Twenty-three allies met the 2% target this year, up from just three in 2014. Poland now"
            + " spends more than 4% of its economic output on its military.|supported|share_of_gdp(POL, 2024) > 4%",
        "In 2014, only three allies met the 2% target. Poland now spends more than 4% of its"
            + " economic output on its military.|supported|share_of_gdp(POL, 2024) > 4%",
        // without a time word of its own, the sentence speaks of the year written before
        "In 2014, only three allies met the 2% target. Poland spent more than 4% of its economic"
            + " output on its military.|contradicted|share_of_gdp(POL, 2014) > 4%",
        "En 2014, seuls trois alliés atteignaient l'objectif de 2 %. La Pologne consacre désormais"
            + " plus de 4 % de son PIB à la défense.|supported|share_of_gdp(POL, 2024) > 4%",
        "Im Jahr 2014 erreichten nur drei Verbündete das Ziel von 2 Prozent. Polen gibt inzwischen"
            + " mehr als 4 Prozent seines BIP für Verteidigung aus.|supported|share_of_gdp(POL, 2024) > 4%",
        // a verb in the present tense before the figure is a time of its own too
        "In 2014, only three allies met the 2% target. Poland spends more than 4% of its economic"
            + " output on its military.|supported|share_of_gdp(POL, 2024) > 4%",
        "Im Jahr 2014 erreichten nur drei Verbündete das Ziel. Polen gibt mehr als 4 Prozent seines"
            + " BIP für Verteidigung aus.|supported|share_of_gdp(POL, 2024) > 4%",
        "En 2014, seuls trois alliés atteignaient l'objectif. La Pologne consacre plus de 4 % de son"
            + " PIB à la défense.|supported|share_of_gdp(POL, 2024) > 4%"
      })
  void aSentencesOwnTimeBeatsTheYearCarriedFromTheOneBefore(
      String text, String verdict, String reading) {
    CheckReport r = detecting().text(text, LocalDate.of(2024, 7, 1), LocalDate.now());
    SentenceCheck last = r.claims().get(r.claims().size() - 1);
    assertThat(last.text()).as(text).containsAnyOf("Poland", "Pologne", "Polen");
    assertThat(last.reading()).as(text).isEqualTo(reading);
    assertThat(last.verdict().toString()).as(last.reason()).isEqualTo(verdict);
  }

  /**
   * A sentence with figures or a comparison that no claim accounts for is only partly checked: the
   * verdict stands for what was read, and the answer names what was not.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Poland spends 4.12 percent of GDP on defence, more than the Nordic countries.|more than the nordic countries",
        "La Pologne consacre 4,12 % de son PIB à la défense, plus que les pays nordiques.|plus que les pays nordiques",
        "Germany spent 2.12 percent of GDP on defence in 2024, while 55 percent of Germans said it should spend more.|55 percent",
        "Italy spends 1.49 percent of GDP on defence; a third of it goes to salaries.|a third"
      })
  void whatIsNotReadIsNamed(String sentence, String unread) {
    SentenceCheck c = detecting().sentence(sentence, LocalDate.of(2024, 7, 1));
    assertThat(c.verdict().toString()).isEqualTo("supported");
    assertThat(c.coverage().complete()).isFalse();
    assertThat(c.coverage().unread()).containsExactly(unread);
    assertThat(c.reason()).contains("Partly checked").contains("“" + unread + "”");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Poland spends more than 4 percent of GDP.|2024-07-01",
        // "more than" bounds the multiple it stands before: read with it, not a comparison left
        // over
        "Lithuania more than doubled its military spending between 2014 and 2019.|2019-11-28",
        "Litauen hat seine Militärausgaben zwischen 2014 und 2019 mehr als verdoppelt.|2019-11-28"
      })
  void aSentenceReadWholeIsCompletelyChecked(String sentence, LocalDate date) {
    SentenceCheck c = detecting().sentence(sentence, date);
    assertThat(c.verdict().toString()).as(sentence).isEqualTo("supported");
    assertThat(c.coverage().complete()).as(sentence).isTrue();
    assertThat(c.reason()).doesNotContain("Partly");
  }

  /**
   * A sum of money with the word for "more" right after it ("23 Milliarden Euro mehr", "24
   * milliards de dollars de plus") is a difference between two years, which the claim language does
   * not state: no level is read from it (it was checked as the year's whole spending).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Deutschland gibt in diesem Jahr 23 Milliarden Euro mehr für Verteidigung aus als im Vorjahr.",
        "L'Allemagne dépense cette année 24 milliards de dollars de plus que l'an dernier.",
        "Alemania gasta este año 24.000 millones de dólares más que el año pasado."
      })
  void moneyMoreThanAnotherYearIsNoLevel(String sentence) {
    SentenceCheck c = detecting().sentence(sentence, LocalDate.of(2024, 7, 1));
    assertThat(c.claims()).as(sentence).isEmpty();
    assertThat(c.verdict().toString()).isEqualTo("unverifiable");
  }

  /** A text of several languages is read sentence by sentence, each in its own. */
  @org.junit.jupiter.api.Test
  void aMixedTextIsReadSentenceBySentence() {
    CheckReport r =
        detecting()
            .text(
                "Poland spends 4.12 percent of GDP on defence. La Pologne consacre 4,12 % de son"
                    + " PIB à la défense. Polen gibt 4,12 Prozent seines BIP für Verteidigung aus.",
                LocalDate.of(2024, 7, 1), LocalDate.now());
    assertThat(r.claims()).extracting(SentenceCheck::language).containsExactly("en", "fr", "de");
    assertThat(r.claims())
        .extracting(c -> c.verdict().toString())
        .containsExactly("supported", "supported", "supported");
  }
}
