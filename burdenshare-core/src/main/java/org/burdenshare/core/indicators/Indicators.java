package org.burdenshare.core.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.errors.Suggestions;

/** The catalogue of indicators the product knows, in the order they are usually shown. */
public final class Indicators {
  public static final String DEFENCE_EXP_CURRENT_USD = "defence_exp_current_usd";
  public static final String DEFENCE_EXP_CONSTANT_USD = "defence_exp_constant_usd";
  public static final String SHARE_OF_GDP = "share_of_gdp";
  public static final String GDP_CURRENT_USD = "gdp_current_usd";
  public static final String EQUIPMENT_SHARE = "equipment_share";

  private static final List<Indicator> ALL =
      List.of(
          new Indicator(
              DEFENCE_EXP_CURRENT_USD,
              "Defence expenditure, current USD",
              "Defence expenditure at current prices and exchange rates, in US dollars.",
              true),
          new Indicator(
              DEFENCE_EXP_CONSTANT_USD,
              "Defence expenditure, constant USD",
              "Defence expenditure at constant prices and exchange rates of the release's base"
                  + " year, in US dollars.",
              true),
          new Indicator(
              "defence_exp_national_currency",
              "Defence expenditure, national currency",
              "Defence expenditure at current prices, in each country's own currency.",
              true),
          new Indicator(
              "defence_exp_national_currency_constant",
              "Defence expenditure, national currency, constant prices",
              "Defence expenditure at constant prices of the release's base year, in each"
                  + " country's own currency.",
              true),
          new Indicator(
              SHARE_OF_GDP,
              "Defence expenditure as share of GDP",
              "Defence expenditure as a percentage of gross domestic product, as the publisher"
                  + " computes it.",
              false),
          new Indicator(
              "real_change",
              "Real change in defence expenditure",
              "Annual change in defence expenditure at constant prices, in percent.",
              false),
          new Indicator(
              "defence_exp_per_capita_usd",
              "Defence expenditure per capita",
              "Defence expenditure per inhabitant, in constant US dollars of the base year.",
              false),
          new Indicator(
              EQUIPMENT_SHARE,
              "Equipment share",
              "Share of defence expenditure spent on major equipment and related research and"
                  + " development, in percent (guideline: 20 %).",
              false),
          new Indicator(
              "personnel_share",
              "Personnel share",
              "Share of defence expenditure spent on personnel, in percent.",
              false),
          new Indicator(
              "infrastructure_share",
              "Infrastructure share",
              "Share of defence expenditure spent on infrastructure, in percent.",
              false),
          new Indicator(
              "other_share",
              "Other share",
              "Share of defence expenditure spent on operations, maintenance and other items, in"
                  + " percent.",
              false),
          new Indicator(
              "military_personnel",
              "Military personnel",
              "Military personnel, in thousands.",
              true),
          new Indicator(
              GDP_CURRENT_USD,
              "GDP, current USD",
              "Gross domestic product at current prices and exchange rates, in US dollars.",
              true),
          new Indicator(
              "gdp_constant_usd",
              "GDP, constant USD",
              "Gross domestic product at constant prices of the release's base year, in US"
                  + " dollars.",
              true),
          new Indicator(
              "gdp_per_capita_usd",
              "GDP per capita",
              "Gross domestic product per inhabitant, in constant US dollars of the base year.",
              false),
          new Indicator(
              "population", "Population", "Total population (World Bank SP.POP.TOTL).", true),
          new Indicator(
              "gni_atlas_current_usd",
              "GNI, Atlas method, current USD",
              "Gross national income converted with the World Bank's Atlas method"
                  + " (NY.GNP.ATLS.CD): a three-year average, inflation-adjusted exchange rate.",
              true),
          new Indicator(
              "sipri_constant_usd",
              "Military expenditure (SIPRI), constant USD",
              "SIPRI's military expenditure at constant prices and exchange rates of its base year;"
                  + " SIPRI's definition, never added to NATO's figures.",
              true),
          new Indicator(
              "sipri_current_usd",
              "Military expenditure (SIPRI), current USD",
              "SIPRI's military expenditure at current prices and exchange rates.",
              true),
          new Indicator(
              "sipri_share_of_gdp",
              "Military expenditure (SIPRI) as share of GDP",
              "SIPRI's military expenditure as a percentage of GDP.",
              false),
          new Indicator(
              "sipri_per_capita_usd",
              "Military expenditure (SIPRI) per capita",
              "SIPRI's military expenditure per person, current US dollars.",
              false),
          new Indicator(
              "sipri_share_of_govt_spending",
              "Military expenditure (SIPRI) as share of government spending",
              "SIPRI's military expenditure as a percentage of general government expenditure.",
              false),
          new Indicator(
              "sipri_local_currency",
              "Military expenditure (SIPRI), local currency, calendar years",
              "SIPRI's military expenditure in each country's currency, whole units, calendar years.",
              true),
          new Indicator(
              "sipri_local_currency_fy",
              "Military expenditure (SIPRI), local currency, financial years",
              "SIPRI's military expenditure in each country's currency, whole units, by the"
                  + " country's financial year.",
              true));

  private static final Map<String, Indicator> BY_ID = index();

  private Indicators() {}

  private static Map<String, Indicator> index() {
    Map<String, Indicator> m = new LinkedHashMap<>();
    ALL.forEach(i -> m.put(i.id(), i));
    return Map.copyOf(m);
  }

  public static List<Indicator> all() {
    return ALL;
  }

  public static boolean known(String id) {
    return BY_ID.containsKey(id);
  }

  /** The indicator with this id; an error listing close ids otherwise. */
  public static Indicator get(String id) {
    Indicator i = BY_ID.get(id == null ? "" : id.strip());
    if (i == null) {
      List<String> close = Suggestions.closest(String.valueOf(id), BY_ID.keySet());
      throw new InvalidQueryException(
          "Unknown indicator '"
              + id
              + "'."
              + Suggestions.didYouMean(close)
              + " Known indicators: "
              + String.join(", ", ALL.stream().map(Indicator::id).toList())
              + ".",
          close);
    }
    return i;
  }
}
