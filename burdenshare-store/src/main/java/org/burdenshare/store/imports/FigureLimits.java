package org.burdenshare.store.imports;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an indicator in a unit allows, for {@link ImportValidation}: the unit's contradiction of it
 * ("" for none), and the range of its figures.
 *
 * @param scale what the unit's first word multiplies its figures by (thousand, million…)
 * @param max the largest amount, in units of one (people, dollars, the currency)
 * @param what what a larger amount would be, in words
 */
record FigureLimits(
    String contradiction,
    boolean share,
    boolean realChange,
    double scale,
    double max,
    String what) {
  static FigureLimits of(String indicator, String unit) {
    double max;
    String what;
    if (indicator.equals("military_personnel")) {
      max = MAX_PERSONNEL;
      what = "more soldiers than the world's armed forces together";
    } else if (indicator.equals("population")) {
      max = MAX_POPULATION;
      what = "more people than the world has";
    } else if (indicator.contains("per_capita")) {
      max = MAX_PER_HEAD;
      what = "more a head than any economy's GDP per head";
    } else if (isUsd(unit)) {
      max = MAX_USD;
      what = "beyond any economy's figure";
    } else {
      max = MAX_NATIONAL_CURRENCY;
      what = "beyond any economy's figure";
    }
    return new FigureLimits(
        contradiction(indicator, unit),
        isShare(indicator),
        indicator.equals("real_change"),
        scale(unit),
        max,
        what);
  }

  /** A hundred trillion US dollars, about the world's GDP. */
  static final double MAX_USD = 1e14;

  /**
   * Far beyond any national currency's figure, hyperinflations included (SIPRI gives Venezuela's
   * spending in its financial year 2021 as 4.3·10<sup>20</sup> bolívares), in whole units.
   */
  static final double MAX_NATIONAL_CURRENCY = 1e24;

  /** More than the world's armed forces together (about 28 million), in people. */
  static final double MAX_PERSONNEL = 1e8;

  /** More than the world's population, in people. */
  static final double MAX_POPULATION = 1e10;

  /** Far above any country's GDP per head (Monaco's is under 300,000 dollars), in dollars. */
  static final double MAX_PER_HEAD = 1e6;

  /**
   * Refuses a unit that contradicts its indicator: a share or a change not in percent, a percent
   * for money or people, a currency for people, people for money. (Units otherwise vary by
   * publisher and release: "million USD 2015 prices", "EUR (whole units)", "thousands".)
   */
  /** What a unit should be for its indicator, where it contradicts it; "" where it does not. */
  private static String contradiction(String indicator, String unitAsGiven) {
    String unit = unitAsGiven.toLowerCase(Locale.ROOT);
    boolean percent = unit.contains("percent") || unit.contains("%");
    boolean people = PEOPLE.matcher(unit).find();
    boolean currency = CURRENCY.matcher(unitAsGiven).find() || unit.contains("currency");
    if (isShare(indicator) || indicator.equals("real_change")) {
      return percent ? "" : "percent";
    } else if (indicator.equals("military_personnel") || indicator.equals("population")) {
      return percent || currency ? "people (persons, thousands or millions)" : "";
    } else if (percent || people) {
      return "an amount of money (e.g. million USD, million EUR)";
    }
    return "";
  }

  private static final Pattern PEOPLE =
      Pattern.compile("\\b(persons?|people|inhabitants|personnel|soldiers|heads?)\\b");

  /** A currency code (ISO 4217, upper case) or sign in a unit. */
  private static final Pattern CURRENCY = Pattern.compile("\\b[A-Z]{3}\\b|[$€£¥]|US\\$");

  /** What a unit's first word multiplies its figures by: thousand, million, billion. */
  private static double scale(String unit) {
    String u = unit.toLowerCase(Locale.ROOT).strip();
    if (u.startsWith("thousand")) {
      return 1e3;
    }
    if (u.startsWith("million")) {
      return 1e6;
    }
    if (u.startsWith("billion")) {
      return 1e9;
    }
    return 1;
  }

  private static boolean isUsd(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    return u.contains("usd") || u.contains("us$");
  }

  static boolean isShare(String indicator) {
    return indicator.contains("share");
  }
}
