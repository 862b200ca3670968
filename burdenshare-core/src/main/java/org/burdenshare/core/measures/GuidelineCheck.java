package org.burdenshare.core.measures;

import java.util.List;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.CouldNotUse;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * Which members of a group are at or above a threshold of an indicator (2 % of GDP, 20 % on
 * equipment) in one year and release.
 *
 * @param decimals the precision at which figures were judged (the publisher's), or null when judged
 *     unrounded
 * @param count how many are at or above
 * @param noFigures members the release has no figure for
 * @param definition what the release called the figures counted (table, measure, price base)
 * @param summary the count in words, naming the measure and the release: "17 of 32 allies at or
 *     above 2 % of GDP in core defence expenditure (nato-2026-07)"
 */
public record GuidelineCheck(
    ReleaseRef release,
    String releaseChoice,
    CouldNotUse couldNotUse,
    int year,
    String indicator,
    String group,
    double threshold,
    Integer decimals,
    int count,
    int allies,
    List<Standing> atOrAbove,
    List<Standing> below,
    List<String> noFigures,
    List<Observation> evidence,
    org.burdenshare.core.releases.Definition definition,
    String summary) {
  public GuidelineCheck {
    atOrAbove = List.copyOf(atOrAbove);
    below = List.copyOf(below);
    noFigures = List.copyOf(noFigures);
    evidence = List.copyOf(evidence);
  }

  /**
   * "17 of 32 allies at or above 2 % of GDP in core defence expenditure (nato-2026-07)": a count
   * that names what was counted, since publishers have changed it.
   */
  public static String summary(
      int count,
      int of,
      double threshold,
      String indicator,
      org.burdenshare.core.releases.Definition definition,
      String release) {
    org.burdenshare.core.indicators.Indicators.get(indicator);
    String measure = definition.measure() == null ? null : definition.measureInText();
    String what;
    if (indicator.equals(org.burdenshare.core.indicators.Indicators.SHARE_OF_GDP)) {
      what = "% of GDP" + (measure == null ? "" : " in " + measure);
    } else if (indicator.endsWith("_share")) {
      what =
          "% of "
              + (measure == null ? "expenditure" : measure)
              + " on "
              + indicator.substring(0, indicator.length() - "_share".length());
    } else {
      what = "(" + indicator + ")" + (measure == null ? "" : " in " + measure);
    }
    if (measure == null) {
      what += " (what the release measured is not recorded)";
    }
    return count
        + " of "
        + of
        + " allies at or above "
        + new java.text.DecimalFormat(
                "0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
            .format(threshold)
        + " "
        + what
        + " ("
        + release
        + ")";
  }
}
