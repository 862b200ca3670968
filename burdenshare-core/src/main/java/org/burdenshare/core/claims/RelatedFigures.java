package org.burdenshare.core.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.burdenshare.core.Engine;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Mentions.YearMention;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.PublishedAggregates;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.measures.Measures;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.ReleaseRef;
import org.burdenshare.core.releases.Selection;

/**
 * The figures a sentence points to when no claim could be read from it: the allies or groups it
 * names, in the years it names, for the spending measure it speaks of, from the release that
 * answers as of the claim date — so that a fact-checker can judge by eye what the reader could not
 * read ("Germany and France fell well short of the goal in 2019" → Germany's and France's shares of
 * GDP in 2019, from the June 2019 figures).
 */
final class RelatedFigures {
  /** At most so many countries or groups, years and figures: the sentence's own, not a table. */
  static final int MAX_GROUPS = 4;

  static final int MAX_YEARS = 3;
  static final int MAX_FIGURES = 12;

  private final Engine engine;
  private final Quotes names;

  RelatedFigures(Engine engine) {
    this.engine = engine;
    this.names = new Quotes(engine.figures());
  }

  /**
   * What a sentence names: countries and groups, years and measures (indicators). Empty when it
   * lacks any of the three.
   */
  record Pointers(List<String> groups, List<Integer> years, List<String> indicators) {
    static final Pointers NONE = new Pointers(List.of(), List.of(), List.of());

    Pointers {
      groups = List.copyOf(groups);
      years = List.copyOf(years);
      indicators = List.copyOf(indicators);
    }

    boolean any() {
      return !groups.isEmpty() && !years.isEmpty() && !indicators.isEmpty();
    }
  }

  /**
   * The pointers of a sentence's mentions: a year written ("in 2019", "last year", as of the claim
   * date) or else the one the sentence before wrote; the measure from its cues (share of GDP, per
   * head, equipment, real terms, an amount of money), or for a sentence that only speaks of
   * spending, the share of GDP and the money spent.
   */
  static Pointers pointers(Mentions m, LocalDate date) {
    Set<String> groups = new LinkedHashSet<>();
    for (Entity e : m.entities()) {
      if (groups.size() < MAX_GROUPS && e.group() != null) {
        groups.add(e.group());
      }
    }
    Set<Integer> years = new LinkedHashSet<>();
    for (YearMention y : m.years()) {
      if (years.size() < MAX_YEARS) {
        years.add(y.relative() ? date.getYear() + y.year() : y.year());
      }
    }
    if (years.isEmpty() && m.context().year() != null) {
      years.add(m.context().year());
    }
    Set<String> indicators = new LinkedHashSet<>();
    if (m.has("gdp")) {
      indicators.add(Indicators.SHARE_OF_GDP);
    }
    if (m.has("perCapita")) {
      indicators.add("defence_exp_per_capita_usd");
    }
    if (m.has("equipment")) {
      indicators.add(Indicators.EQUIPMENT_SHARE);
    }
    if (m.has("real")) {
      indicators.add("real_change");
    }
    for (Amount a : m.amounts()) {
      if (a.unit() == Mentions.Unit.MONEY) {
        indicators.add(Indicators.DEFENCE_EXP_CURRENT_USD);
      }
    }
    if (indicators.isEmpty() && m.has("spender")) {
      indicators.add(Indicators.SHARE_OF_GDP);
      indicators.add(Indicators.DEFENCE_EXP_CURRENT_USD);
    }
    return new Pointers(List.copyOf(groups), List.copyOf(years), List.copyOf(indicators));
  }

  /**
   * The figures pointed to, from the release that answers as of the date (as a claim about them
   * would be judged): each country's figure as published, a group's total where the measure adds
   * up, or the publisher's own aggregate row where it does not. A figure no release holds is left
   * out.
   */
  List<SentenceCheck.Related> figures(Pointers p, LocalDate date) {
    List<SentenceCheck.Related> out = new ArrayList<>();
    if (!p.any()) {
      return out;
    }
    for (String group : p.groups()) {
      for (int year : p.years()) {
        for (String indicator : p.indicators()) {
          if (out.size() < MAX_FIGURES) {
            SentenceCheck.Related r = figure(group, year, indicator, date);
            if (r != null) {
              out.add(r);
            }
          }
        }
      }
    }
    return out;
  }

  private SentenceCheck.Related figure(String group, int year, String indicator, LocalDate date) {
    try {
      List<String> members = engine.group(group, year).members();
      if (members.isEmpty()) {
        return null;
      }
      Selection s = engine.figures().select(indicator, year, members, ReleaseChoice.asOf(date));
      String release = s.release().id();
      ReleaseRef ref = s.release().ref();
      if (engine.figures().countries().contains(group)) {
        return engine
            .figures()
            .find(release, indicator, year, group)
            .map(
                o ->
                    related(
                        group, o.value(), o.unit(), ref, o.estimate(), s.later(), indicator, year))
            .orElse(null);
      }
      if (Indicators.get(indicator).additive()) {
        Measures.Total t = engine.total(group, indicator, year, ReleaseChoice.named(release));
        boolean estimate = t.evidence().stream().anyMatch(Observation::estimate);
        return related(
            group, t.total().total(), t.unit(), ref, estimate, s.later(), indicator, year);
      }
      return PublishedAggregates.codeOf(group)
          .flatMap(code -> engine.figures().find(release, indicator, year, code))
          .map(
              o ->
                  related(
                      group, o.value(), o.unit(), ref, o.estimate(), s.later(), indicator, year))
          .orElse(null);
    } catch (InvalidQueryException e) {
      return null; // no release holds it: nothing to show
    }
  }

  private SentenceCheck.Related related(
      String group,
      double value,
      String unit,
      ReleaseRef release,
      boolean estimate,
      boolean later,
      String indicator,
      int year) {
    return new SentenceCheck.Related(
        group, names.groupName(group), indicator, year, value, unit, release, estimate, later);
  }
}
