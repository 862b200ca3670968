package org.burdenshare.core.scenarios;

import java.util.List;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * What a target would cost: for each ally and for the group, the spending path year by year, the
 * extra spending against staying at today's share of GDP, and how likely the target is reached if
 * the ally keeps its recent trend. Money is in million USD: "constant" at the base year's prices,
 * "current" with the scenario's inflation.
 */
public record Scenario(
    ScenarioSpec spec,
    ReleaseRef release,
    int baseYear,
    List<AllyPath> allies,
    List<GroupYear> group,
    List<String> noFigures,
    List<String> notes) {
  public Scenario {
    allies = List.copyOf(allies);
    group = List.copyOf(group);
    noFigures = List.copyOf(noFigures);
    notes = List.copyOf(notes);
  }

  /**
   * One ally.
   *
   * @param share0 its share of GDP in the base year, as published
   * @param gdpGrowth the mean real GDP growth the path assumes
   * @param spendGrowth its mean real spending growth over the trend years
   * @param yearReached the first year the scenario's path is at or above the target
   * @param trendYearReached the first year at or above the target if it keeps its spending trend
   *     and GDP grows as assumed; null when not within 15 years after the target year
   * @param probability the share of Monte Carlo paths at or above the target in the target year
   */
  public record AllyPath(
      String country,
      String name,
      double share0,
      double gdpGrowth,
      double gdpVolatility,
      double spendGrowth,
      double spendVolatility,
      List<YearPoint> path,
      double cumulativeExtraConstant,
      double cumulativeExtraCurrent,
      Integer yearReached,
      Integer trendYearReached,
      double probability,
      List<Band> bands,
      boolean estimate) {
    public AllyPath {
      path = List.copyOf(path);
      bands = List.copyOf(bands);
    }
  }

  /** One year of a path. */
  public record YearPoint(
      int year,
      double share,
      double spendingConstant,
      double spendingCurrent,
      double baselineConstant,
      double extraConstant,
      double extraCurrent) {}

  /** Percentiles of the share of GDP across Monte Carlo paths, on the ally's trend. */
  public record Band(int year, double p10, double p50, double p90) {}

  /** The group's totals in one year, and the United States' share of them. */
  public record GroupYear(
      int year,
      double spendingConstant,
      double spendingCurrent,
      double extraConstant,
      double extraCurrent,
      double cumulativeExtraCurrent,
      double usShare) {}
}
