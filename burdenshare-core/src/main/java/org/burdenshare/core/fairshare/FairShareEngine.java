package org.burdenshare.core.fairshare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.burdenshare.core.Engine;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.Group;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.ReleaseRef;
import org.burdenshare.core.releases.Selection;

/**
 * Fair-share analytics from one release: spending at current prices, GDP implied by the published
 * share of GDP (so that shares of GDP and GDP agree, as in {@code gap}), population from the World
 * Bank release where one covers the year.
 */
public final class FairShareEngine {
  private final Engine engine;

  public FairShareEngine(Engine engine) {
    this.engine = engine;
  }

  public FairShare year(int year, String group, ReleaseChoice choice) {
    Figures data = engine.figures();
    // chosen by the money, which only full releases hold: a partial release (share of GDP alone)
    // cannot answer, and the selection names it as lacking the money tables
    Selection s =
        data.select(
            Indicators.DEFENCE_EXP_CURRENT_USD, year, engine.group(group, year).members(), choice);
    String release = s.release().id();
    Group g = engine.group(group, year);
    List<Observation> evidence = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    List<Boolean> estimates = new ArrayList<>();
    for (String c : g.members()) {
      Optional<Observation> share = data.find(release, Indicators.SHARE_OF_GDP, year, c);
      Optional<Observation> spent = data.find(release, Indicators.DEFENCE_EXP_CURRENT_USD, year, c);
      if (share.isEmpty() || spent.isEmpty() || share.get().value() <= 0) {
        continue;
      }
      evidence.add(share.get());
      evidence.add(spent.get());
      codes.add(c);
      estimates.add(share.get().estimate() || spent.get().estimate());
      rows.add(
          new double[] {
            spent.get().value(),
            spent.get().value() / share.get().value() * 100,
            share.get().value()
          });
    }
    if (rows.size() < 3) {
      throw new InvalidQueryException(
          "Fair shares need at least three allies with figures in "
              + year
              + "; "
              + group
              + " has "
              + rows.size()
              + ".");
    }
    ReleaseRef populationRelease = null;
    Integer populationYear = null;
    Map<String, Observation> population = Map.of();
    // the population of the year, or of the latest year the figures reach (populations move
    // slowly; spending figures run ahead of the World Bank's)
    Integer popYear = data.years("population").floor(year);
    if (popYear != null) {
      Selection p = data.select("population", popYear, ReleaseChoice.latest());
      populationRelease = p.release().ref();
      populationYear = popYear;
      population = data.figures(p.release().id(), "population", popYear);
    }
    double totalSpent = rows.stream().mapToDouble(r -> r[0]).sum();
    double totalGdp = rows.stream().mapToDouble(r -> r[1]).sum();
    double totalPopulation = 0;
    boolean allPopulation = true;
    for (String c : codes) {
      Observation o = population.get(c);
      if (o == null) {
        allPopulation = false;
      } else {
        totalPopulation += o.value();
      }
    }
    List<FairShare.AllyShare> allies = new ArrayList<>();
    double hhi = 0;
    double us = 0;
    double[] gdp = new double[rows.size()];
    double[] shareOfGdp = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      double[] r = rows.get(i);
      String c = codes.get(i);
      double spendShare = r[0] / totalSpent * 100;
      double gdpShare = r[1] / totalGdp * 100;
      Observation pop = allPopulation ? population.get(c) : null;
      Double popShare = pop == null ? null : pop.value() / totalPopulation * 100;
      if (pop != null) {
        evidence.add(pop);
      }
      hhi += spendShare * spendShare;
      if (c.equals("USA")) {
        us = spendShare;
      }
      gdp[i] = r[1];
      shareOfGdp[i] = r[2];
      allies.add(
          new FairShare.AllyShare(
              c,
              data.countries().nameOf(c),
              r[0],
              spendShare,
              r[1],
              gdpShare,
              pop == null ? null : pop.value(),
              popShare,
              r[2],
              spendShare / gdpShare,
              popShare == null ? null : spendShare / popShare,
              estimates.get(i)));
    }
    allies.sort(Comparator.comparingDouble(FairShare.AllyShare::gdpRatio).reversed());
    return new FairShare(
        s.release().ref(),
        s.releaseChoice(),
        s.couldNotUse(),
        year,
        g.expression(),
        allies,
        us,
        hhi,
        RankCorrelation.spearman(gdp, shareOfGdp),
        RankCorrelation.kendall(gdp, shareOfGdp),
        allPopulation ? populationRelease : null,
        allPopulation ? populationYear : null,
        evidence);
  }

  /** The test and the concentration for every year a choice can answer (the money's years). */
  public List<FairShare.YearTest> overTime(String group, ReleaseChoice choice) {
    List<FairShare.YearTest> out = new ArrayList<>();
    for (int y : engine.figures().answerableYears(Indicators.DEFENCE_EXP_CURRENT_USD, choice)) {
      FairShare f = year(y, group, choice);
      out.add(
          new FairShare.YearTest(
              y, f.release().id(), f.usShare(), f.herfindahl(), f.spearman(), f.kendall()));
    }
    return out;
  }
}
