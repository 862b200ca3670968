package org.burdenshare.core.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import org.burdenshare.core.Engine;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.Selection;

/** Makes a map's figures for every year a choice of releases can answer. */
public final class MapEngine {
  private static final String POPULATION = "population";

  private final Engine engine;

  public MapEngine(Engine engine) {
    this.engine = engine;
  }

  public AllyMap map(MapMetric metric, ReleaseChoice choice) {
    Figures data = engine.figures();
    String indicator =
        switch (metric) {
          case SHARE_OF_GDP -> Indicators.SHARE_OF_GDP;
          case REAL_CHANGE -> Indicators.DEFENCE_EXP_CONSTANT_USD;
          case PER_HEAD -> Indicators.DEFENCE_EXP_CURRENT_USD;
        };
    List<AllyMap.Year> years = new ArrayList<>();
    for (int y : data.answerableYears(indicator, choice)) {
      if (metric == MapMetric.REAL_CHANGE && y <= MapMetric.BASE_YEAR) {
        continue;
      }
      List<String> allies = engine.group("NATO", y).members();
      Selection s;
      try {
        s = data.select(indicator, y, allies, choice);
      } catch (InvalidQueryException e) {
        continue; // no release of the choice answers this year
      }
      Map<String, Observation> figures = data.figures(s.release().id(), indicator, y);
      AllyMap.Year year =
          switch (metric) {
            case SHARE_OF_GDP -> asPublished(data, s, allies, figures);
            case REAL_CHANGE -> sinceBaseYear(data, s, allies, figures);
            case PER_HEAD -> perHead(data, s, allies, figures, choice);
          };
      if (year != null && !year.areas().isEmpty()) {
        years.add(year);
      }
    }
    return new AllyMap(metric, years);
  }

  private static AllyMap.Year asPublished(
      Figures data, Selection s, List<String> allies, Map<String, Observation> figures) {
    List<AllyMap.Area> areas = new ArrayList<>();
    for (String c : allies) {
      Observation o = figures.get(c);
      if (o != null) {
        areas.add(new AllyMap.Area(c, data.countries().nameOf(c), o.value(), o.estimate()));
      }
    }
    return new AllyMap.Year(s.year(), s.release().ref(), areas, "");
  }

  /**
   * Each ally's change since the base year at constant prices, both years from the same release:
   * releases price in different base years, so a ratio across releases would mix units.
   */
  private static AllyMap.Year sinceBaseYear(
      Figures data, Selection s, List<String> allies, Map<String, Observation> figures) {
    Map<String, Observation> base =
        data.figures(s.release().id(), s.indicator(), MapMetric.BASE_YEAR);
    List<AllyMap.Area> areas = new ArrayList<>();
    for (String c : allies) {
      Observation now = figures.get(c);
      Observation then = base.get(c);
      if (now != null && then != null && then.value() > 0) {
        areas.add(
            new AllyMap.Area(
                c,
                data.countries().nameOf(c),
                100 * (now.value() / then.value() - 1),
                now.estimate() || then.estimate()));
      }
    }
    return new AllyMap.Year(
        s.year(),
        s.release().ref(),
        areas,
        "Both years from the same release, at its constant prices.");
  }

  /**
   * Spending per person: the year's spending over the population of the same year, or of the latest
   * year the population figures reach, saying which.
   */
  private static AllyMap.Year perHead(
      Figures data,
      Selection s,
      List<String> allies,
      Map<String, Observation> figures,
      ReleaseChoice choice) {
    NavigableSet<Integer> popYears = data.answerableYears(POPULATION, choice);
    Integer popYear = popYears.floor(s.year());
    if (popYear == null) {
      return null;
    }
    Selection p = data.select(POPULATION, popYear, choice);
    Map<String, Observation> population = data.figures(p.release().id(), POPULATION, popYear);
    List<AllyMap.Area> areas = new ArrayList<>();
    for (String c : allies) {
      Observation spent = figures.get(c);
      Observation people = population.get(c);
      if (spent != null && people != null && people.value() > 0) {
        // spending is published in million USD
        areas.add(
            new AllyMap.Area(
                c,
                data.countries().nameOf(c),
                spent.value() * 1e6 / people.value(),
                spent.estimate()));
      }
    }
    String note =
        "Population: "
            + p.release().ref().publisher()
            + ", "
            + popYear
            + (popYear == s.year() ? "" : " (the latest year its figures reach)")
            + ".";
    return new AllyMap.Year(s.year(), s.release().ref(), areas, note);
  }
}
