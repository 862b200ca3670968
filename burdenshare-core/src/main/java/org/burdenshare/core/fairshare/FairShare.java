package org.burdenshare.core.fairshare;

import java.util.List;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * Who carries whom in one year: each ally's share of the alliance's defence spending against its
 * share of the alliance's GDP and population, the Olson–Zeckhauser test (do larger economies spend
 * a larger share of GDP?), and how concentrated the spending is.
 *
 * @param usShare the United States' share of the alliance's spending, percent
 * @param herfindahl the Herfindahl–Hirschman index of spending shares (0–10,000)
 * @param spearman rank correlation of GDP with defence spending as a share of GDP
 * @param kendall the same with Kendall's tau-b
 * @param populationRelease the release population figures come from, or null when none covers the
 *     year or an earlier one
 * @param populationYear the year of the population figures: the year itself, or the latest year
 *     before it that the figures reach; null with {@code populationRelease}
 */
public record FairShare(
    ReleaseRef release,
    String releaseChoice,
    org.burdenshare.core.releases.CouldNotUse couldNotUse,
    int year,
    String group,
    List<AllyShare> allies,
    double usShare,
    double herfindahl,
    RankCorrelation.Result spearman,
    RankCorrelation.Result kendall,
    ReleaseRef populationRelease,
    Integer populationYear,
    List<Observation> evidence) {
  public FairShare {
    allies = List.copyOf(allies);
    evidence = List.copyOf(evidence);
  }

  /**
   * One ally's shares.
   *
   * @param gdpRatio spending share ÷ GDP share: above 1, it carries more than its economic weight
   * @param populationRatio spending share ÷ population share, or null without population figures
   */
  public record AllyShare(
      String country,
      String name,
      double spending,
      double spendingShare,
      double gdp,
      double gdpShare,
      Double population,
      Double populationShare,
      double shareOfGdp,
      double gdpRatio,
      Double populationRatio,
      boolean estimate) {}

  /** The test and the concentration for one year, for a series over time. */
  public record YearTest(
      int year,
      String release,
      double usShare,
      double herfindahl,
      RankCorrelation.Result spearman,
      RankCorrelation.Result kendall) {}
}
