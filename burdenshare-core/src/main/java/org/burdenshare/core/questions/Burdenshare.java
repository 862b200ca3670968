package org.burdenshare.core.questions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.burdenshare.core.Engine;
import org.burdenshare.core.costshares.CostShares;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.errors.Suggestions;
import org.burdenshare.core.fairshare.FairShare;
import org.burdenshare.core.fairshare.FairShareEngine;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.maps.AllyMap;
import org.burdenshare.core.maps.MapEngine;
import org.burdenshare.core.maps.MapMetric;
import org.burdenshare.core.measures.Ranking;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.Selection;
import org.burdenshare.core.scenarios.Scenario;
import org.burdenshare.core.scenarios.ScenarioEngine;
import org.burdenshare.core.scenarios.ScenarioSpec;
import org.burdenshare.core.targets.Target;
import org.burdenshare.core.targets.TargetEngine;
import org.burdenshare.core.targets.TargetStatus;

/**
 * The analyses, one method per question, for every front end: each takes what was asked (nulls
 * where the asker said nothing) and applies the defaults here, in one place, so the command line,
 * the API and the pages give the same answer to the same question. The questions on figures alone
 * (compare, share, guideline, gap, rank, table, revisions) are {@link Engine}'s.
 *
 * <p>It lives in a package of its own because it depends on every analysis, and each analysis on
 * {@link Engine}: in Engine's package it would close a cycle.
 */
public final class Burdenshare {
  private final Engine engine;

  public Burdenshare(Engine engine) {
    this.engine = engine;
  }

  public Engine engine() {
    return engine;
  }

  /**
   * The status of each pledge in a year.
   *
   * @param targets the pledges there are (reference data)
   * @param year null for the newest year any release published by the choice covers
   * @param only null for every pledge, else one pledge's id
   */
  public List<TargetStatus> targets(
      List<Target> targets, Integer year, String only, String group, ReleaseChoice choice) {
    List<Target> asked = targets;
    if (only != null) {
      asked = targets.stream().filter(t -> t.id().equals(only)).toList();
      if (asked.isEmpty()) {
        List<String> ids = targets.stream().map(Target::id).toList();
        List<String> close = Suggestions.closest(only, ids);
        throw new InvalidQueryException(
            "Unknown target '"
                + only
                + "'."
                + Suggestions.didYouMean(close)
                + " Targets: "
                + String.join(", ", ids)
                + ".",
            close);
      }
    }
    int y = year != null ? year : targetYear(choice);
    TargetEngine targetEngine = new TargetEngine(engine);
    List<TargetStatus> out = new ArrayList<>();
    for (Target t : asked) {
      out.add(targetEngine.status(t, y, group, choice));
    }
    return out;
  }

  /** The year targets are judged in when none is asked (see {@link YearsOnOffer#defaultYear}). */
  public int targetYear(ReleaseChoice choice) {
    YearsOnOffer offer = years(choice, Indicators.SHARE_OF_GDP);
    if (offer.isEmpty()) {
      throw new InvalidQueryException(
          choice instanceof ReleaseChoice.AsOf a
              ? "No release had been published by " + a.date() + "."
              : choice instanceof ReleaseChoice.Named n
                  ? "Release " + n.releaseId() + " holds no shares of GDP."
                  : "The database holds no shares of GDP.");
    }
    return offer.defaultYear();
  }

  /**
   * The years some release of the choice holds for any of the indicators, and which of them are
   * estimates: a year whose shares of GDP for NATO, in the release that answers it, are all the
   * publisher's estimates (NATO marks a whole year as estimated, not single allies).
   */
  public YearsOnOffer years(ReleaseChoice choice, String... indicators) {
    NavigableSet<Integer> years = new TreeSet<>();
    for (String indicator : indicators) {
      years.addAll(engine.figures().answerableYears(indicator, choice));
    }
    List<Integer> estimated = new ArrayList<>();
    for (int y : years) {
      try {
        Ranking r = engine.rank(Indicators.SHARE_OF_GDP, y, "NATO", choice);
        if (!r.rows().isEmpty() && r.rows().stream().allMatch(Ranking.Ranked::estimate)) {
          estimated.add(y);
        }
      } catch (InvalidQueryException e) {
        // no shares of GDP that year: nothing to mark
      }
    }
    return new YearsOnOffer(years, estimated);
  }

  /**
   * A what-if path to a target; {@link ScenarioSpec#defaults()} is the question unasked. A Monte
   * Carlo run, so computed once per snapshot and question (the seed is part of the question).
   */
  public Scenario scenario(ScenarioSpec spec) {
    return engine.remembered(
        Arrays.asList("scenario", spec), () -> new ScenarioEngine(engine).run(spec));
  }

  /**
   * A scenario under each damping of a sensitivity table: the very answers {@link
   * #scenario(ScenarioSpec)} gives for each damping, each remembered as that question, made in one
   * Monte Carlo pass (the draws do not depend on the damping), so that a page showing four costs
   * about one.
   */
  public List<Scenario> scenarios(ScenarioSpec spec, List<Double> dampings) {
    List<Scenario> all =
        engine.remembered(
            Arrays.asList(
                "scenario under dampings",
                spec.withDamping(ScenarioSpec.DEFAULT_DAMPING),
                List.copyOf(dampings)),
            () -> new ScenarioEngine(engine).run(spec, dampings));
    List<Scenario> out = new ArrayList<>();
    for (int i = 0; i < dampings.size(); i++) {
      Scenario one = all.get(i);
      out.add(
          engine.remembered(
              Arrays.asList("scenario", spec.withDamping(dampings.get(i))), () -> one));
    }
    return out;
  }

  /**
   * A scenario from the figures a release choice allows: a named release as it is; as of a date,
   * the newest full release published by then that holds what a path needs (never a later one, so
   * the first year simulated follows that release: the year after its last); otherwise the spec's
   * own release or the newest. The same rule for the page, the command line and the API.
   */
  public Scenario scenario(ScenarioSpec spec, ReleaseChoice choice) {
    return scenario(scenarioFrom(spec, choice));
  }

  /**
   * The spec with the release a choice allows (see {@link #scenario(ScenarioSpec, ReleaseChoice)}).
   */
  public ScenarioSpec scenarioFrom(ScenarioSpec spec, ReleaseChoice choice) {
    if (choice instanceof ReleaseChoice.Named named) {
      return spec.withRelease(named.releaseId());
    }
    if (choice instanceof ReleaseChoice.AsOf asOf) {
      String release = ScenarioEngine.releaseAsOf(engine.figures(), asOf.date());
      if (release == null) {
        throw new InvalidQueryException(
            "No release published by "
                + asOf.date()
                + " holds the figures a scenario starts from (shares of GDP, spending and GDP).");
      }
      // the same question as the spec unchanged when that is the release it starts from anyway:
      // asked as of today, the page's question is the one prepare() answered before it came
      if (spec.release() == null && release.equals(new ScenarioEngine(engine).release(spec).id())) {
        return spec;
      }
      return spec.withRelease(release);
    }
    return spec;
  }

  /**
   * Computes the answers a dashboard opens with that take long — the default scenario under each
   * damping its sensitivity table tries — so that they are remembered before the first visitor
   * asks.
   */
  public void prepare() {
    scenarios(ScenarioSpec.defaults(), ScenarioSpec.SENSITIVITY_DAMPINGS);
  }

  /**
   * The figures of a map of the allies, every year the choice answers.
   *
   * @param metric null for shares of GDP, else one of {@link MapMetric#ids()}
   */
  public AllyMap map(String metric, ReleaseChoice choice) {
    MapMetric m = metric == null ? MapMetric.SHARE_OF_GDP : MapMetric.of(metric);
    return engine.remembered(
        Arrays.asList("map", m, choice), () -> new MapEngine(engine).map(m, choice));
  }

  /** Who carries whom in a year. */
  public FairShare fairShare(int year, String group, ReleaseChoice choice) {
    return engine.remembered(
        Arrays.asList("fair share", year, group, choice),
        () -> new FairShareEngine(engine).year(year, group, choice));
  }

  /** The Olson–Zeckhauser test and the concentration, year by year. */
  public List<FairShare.YearTest> fairShareOverTime(String group, ReleaseChoice choice) {
    return engine.remembered(
        Arrays.asList("fair share over time", group, choice),
        () -> List.copyOf(new FairShareEngine(engine).overTime(group, choice)));
  }

  /**
   * Common-funding cost shares from the allies' GNI, with rules given by country name or code.
   *
   * @param year null for the newest year with GNI
   * @param caps ally → the most it pays, percent
   * @param matches ally → the ally whose share it pays
   * @param fixed ally → a share outside the formula, percent
   * @param published the published shares we hold (reference data), shown beside
   */
  public CostShares.Result costShares(
      Integer year,
      Map<String, Double> caps,
      Map<String, String> matches,
      Map<String, Double> fixed,
      List<CostShares.Published> published) {
    Figures data = engine.figures();
    String gniIndicator = "gni_atlas_current_usd";
    int y = year != null ? year : data.years(gniIndicator).last();
    Selection s = data.select(gniIndicator, y, ReleaseChoice.latest());
    Map<String, Observation> gni = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (String c : engine.group("NATO", y).members()) {
      data.find(s.release().id(), gniIndicator, y, c).ifPresent(o -> gni.put(c, o));
      names.put(c, data.countries().nameOf(c));
    }
    Map<String, String> matchCodes = new LinkedHashMap<>();
    matches.forEach(
        (ally, other) -> {
          String a = code(ally);
          String b = code(other);
          if (a.equals(b)) {
            throw new InvalidQueryException(
                "The rule " + ally + " matches " + other + " matches an ally to itself.");
          }
          matchCodes.put(a, b);
        });
    CostShares.Rules rules = new CostShares.Rules(codes(caps), matchCodes, codes(fixed));
    return CostShares.compute(y, s.release().ref(), gni, names, rules, published);
  }

  private String code(String countryOrName) {
    return engine.figures().countries().get(countryOrName).iso3();
  }

  private <V> Map<String, V> codes(Map<String, V> byName) {
    Map<String, V> out = new LinkedHashMap<>();
    byName.forEach((k, v) -> out.put(code(k), v));
    return out;
  }
}
