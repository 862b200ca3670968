package org.burdenshare.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.Group;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.measures.AllyGap;
import org.burdenshare.core.measures.Comparison;
import org.burdenshare.core.measures.GapReport;
import org.burdenshare.core.measures.GuidelineCheck;
import org.burdenshare.core.measures.Measures;
import org.burdenshare.core.measures.Ranking;
import org.burdenshare.core.measures.RealChange;
import org.burdenshare.core.measures.SeriesTable;
import org.burdenshare.core.measures.SeriesTables;
import org.burdenshare.core.releases.Comparability;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.Selection;

/**
 * The questions burdenshare answers, each a pure function of a {@link Figures} snapshot. Every
 * answer names the release it used and carries the observations it rests on.
 *
 * <pre>{@code
 * Engine engine = new Engine(dataset);
 * Comparison c = engine.compare("USA", "NATO-USA", "defence_exp_current_usd", 2019,
 *     ReleaseChoice.asOf(LocalDate.of(2019, 11, 28)));
 * c.ratio(); // 2.39, from NATO's June 2019 release
 * }</pre>
 */
public final class Engine {
  private final Figures data;

  /**
   * Answers already given, by question: the figures of a snapshot never change, so an answer that
   * took long to compute (a Monte Carlo run) is kept for the next asker rather than computed again.
   * The least recently asked go first beyond {@link #REMEMBERED} questions.
   */
  private final Map<Object, FutureTask<Object>> answers =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, FutureTask<Object>> eldest) {
          return size() > REMEMBERED;
        }
      };

  /** How many answers {@link #remembered} keeps. */
  static final int REMEMBERED = 256;

  public Engine(Figures data) {
    this.data = Objects.requireNonNull(data);
  }

  public Figures figures() {
    return data;
  }

  /**
   * The answer to a question, computed once for this engine's figures: the first asker computes it,
   * later (and concurrent) askers get the same answer. A question that fails is not kept.
   *
   * @param question the question, with everything that decides its answer (a record, or a list of
   *     them: it is compared by {@code equals})
   */
  @SuppressWarnings("unchecked")
  public <T> T remembered(Object question, Supplier<T> answer) {
    FutureTask<Object> task;
    boolean mine = false;
    synchronized (answers) {
      task = answers.get(question);
      if (task == null) {
        task = new FutureTask<>(answer::get);
        answers.put(question, task);
        mine = true;
      }
    }
    if (mine) {
      task.run();
    }
    try {
      return (T) task.get();
    } catch (ExecutionException e) {
      synchronized (answers) {
        answers.remove(question, task);
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while another asker computed the answer", e);
    }
  }

  /** The members of a group in a year. */
  public Group group(String expression, int year) {
    Figures.checkYear(year);
    return data.groups().resolve(expression, year);
  }

  /** A group's total of an indicator. */
  public Measures.Total total(String group, String indicator, int year, ReleaseChoice choice) {
    Group g = group(group, year);
    Selection s = data.select(indicator, year, g.members(), choice);
    return Measures.total(data, s, g);
  }

  /** Two groups' totals side by side, with ratio and difference (e.g. USA against NATO-USA). */
  public Comparison compare(String a, String b, String indicator, int year, ReleaseChoice choice) {
    Group ga = group(a, year);
    Group gb = group(b, year);
    java.util.Set<String> both = new java.util.TreeSet<>(ga.members());
    both.addAll(gb.members());
    Selection s = data.select(indicator, year, both, choice);
    return Measures.compare(data, s, ga, gb);
  }

  /** A part's share of a whole's total (e.g. USA of NATO); the part must lie within the whole. */
  public org.burdenshare.core.measures.ShareOfTotal share(
      String part, String whole, String indicator, int year, ReleaseChoice choice) {
    Group w = group(whole, year);
    Selection s = data.select(indicator, year, w.members(), choice);
    return Measures.share(data, s, group(part, year), w);
  }

  /**
   * A group's real change on the year before (constant USD, the group's allies of {@code year} in
   * both years), both years from one release: the release that answers {@code year} when it also
   * holds the year before; otherwise the newest release published by the date that holds both, or
   * the earliest later one (its reason says so).
   */
  public RealChange realChange(String group, int year, ReleaseChoice choice) {
    String constant = Indicators.DEFENCE_EXP_CONSTANT_USD;
    List<String> same = group(group, year).members();
    Selection s = data.select(constant, year, same, choice);
    Release r = s.release();
    String reason = s.releaseChoice();
    if (!data.covers(r.id(), constant, year - 1)) {
      List<Release> both =
          data.covering(constant, year).stream()
              .filter(x -> data.covers(x.id(), constant, year - 1))
              .toList();
      if (both.isEmpty()) {
        throw new InvalidQueryException(
            "No release holds both " + (year - 1) + " and " + year + " for " + constant + ".");
      }
      LocalDate date = choice instanceof ReleaseChoice.AsOf a ? a.date() : null;
      Comparator<Release> byDate = Comparator.comparing(Release::published);
      Release visible =
          both.stream()
              .filter(x -> date == null || !x.published().isAfter(date))
              .max(byDate)
              .orElse(null);
      r = visible != null ? visible : both.stream().min(byDate).orElseThrow();
      reason =
          s.release().id()
              + ", which answers "
              + year
              + ", does not hold "
              + (year - 1)
              + "; both years from "
              + r.id()
              + (visible == null
                  ? ", the earliest later release that holds both (published " + r.published() + ")"
                  : ", the newest release"
                      + (date == null ? "" : " by " + date)
                      + " that holds both");
    }
    ReleaseChoice one = ReleaseChoice.named(r.id());
    String expr = String.join("+", same);
    Measures.Total now = total(expr, constant, year, one);
    Measures.Total before = total(expr, constant, year - 1, one);
    return new RealChange(
        group,
        year,
        100 * (now.total().total() / before.total().total() - 1),
        now.total().estimate() || before.total().estimate(),
        r.ref(),
        reason);
  }

  /** Who in a group is at or above a threshold, judged at the publisher's precision. */
  public GuidelineCheck guideline(
      String indicator, double threshold, int year, String group, ReleaseChoice choice) {
    Group g = group(group, year);
    Selection s = data.select(indicator, year, g.members(), choice);
    return Measures.guideline(data, s, g, indicator, threshold, year);
  }

  /**
   * How much more each member would have had to spend, in current USD, to reach a target share of
   * GDP: target × GDP − expenditure, with GDP implied by the published share (see {@link AllyGap}).
   * Members whose published share already meets the target, judged at the publisher's precision,
   * have no gap.
   */
  public GapReport gap(double targetPercent, int year, String group, ReleaseChoice choice) {
    if (!(targetPercent > 0 && targetPercent <= 100)) {
      throw new InvalidQueryException(
          "Target " + targetPercent + " is not a share of GDP: expected a percentage above 0.");
    }
    Group g = group(group, year);
    // chosen by the money, which a partial release of shares alone lacks (the selection names it)
    Selection s = data.select(Indicators.DEFENCE_EXP_CURRENT_USD, year, g.members(), choice);
    return Measures.gap(data, s, g, targetPercent, year);
  }

  /**
   * What a group's spending went to in a year (personnel, equipment, infrastructure, other), each
   * ally's split weighted by its spending, from the release that answers the equipment share.
   */
  public org.burdenshare.core.measures.SpendingSplit split(
      String group, int year, ReleaseChoice choice) {
    Group g = group(group, year);
    Selection s = data.select(Indicators.EQUIPMENT_SHARE, year, g.members(), choice);
    return org.burdenshare.core.measures.SpendingSplit.of(data, s, g);
  }

  /** The members of a group ranked by an indicator, highest first. */
  public Ranking rank(String indicator, int year, String group, ReleaseChoice choice) {
    Group g = group(group, year);
    Selection s = data.select(indicator, year, g.members(), choice);
    return Measures.rank(data, s, g, indicator, year);
  }

  /**
   * An indicator for a group's members over a span of years. Years that no visible release covers
   * are reported in {@link SeriesTable#unanswered()}, not filled from a later release.
   */
  public SeriesTable table(
      String indicator, String group, int fromYear, int toYear, ReleaseChoice choice) {
    Indicators.get(indicator);
    Figures.checkYear(fromYear);
    Figures.checkYear(toYear);
    if (fromYear > toYear) {
      throw new InvalidQueryException(
          "Years " + fromYear + "-" + toYear + " run backwards: expected FROM-TO with FROM ≤ TO.");
    }
    return SeriesTables.of(data, indicator, group, fromYear, toYear, choice);
  }

  /**
   * A country's figures of an indicator as every release published them, oldest release first, with
   * how each release's wording compares with the one before (see {@link Comparability}).
   */
  public org.burdenshare.core.measures.Revisions revisions(String indicator, String country) {
    Indicators.get(indicator);
    var c = data.countries().get(country);
    List<org.burdenshare.core.measures.Revisions.ReleaseSeries> series = new ArrayList<>();
    List<Comparability> wording = new ArrayList<>();
    org.burdenshare.core.releases.Release previous = null;
    for (var r :
        data.releases().stream()
            .sorted(Comparator.comparing(org.burdenshare.core.releases.Release::published))
            .toList()) {
      List<Observation> figures = new ArrayList<>();
      for (int y : data.years(r.id(), indicator)) {
        data.find(r.id(), indicator, y, c.iso3()).ifPresent(figures::add);
      }
      if (figures.isEmpty()) {
        continue;
      }
      series.add(
          new org.burdenshare.core.measures.Revisions.ReleaseSeries(
              r.ref(), r.definitionOf(indicator), figures));
      if (previous != null) {
        wording.add(Comparability.of(previous, r, indicator));
      }
      previous = r;
    }
    return new org.burdenshare.core.measures.Revisions(
        c.iso3(), c.name(), indicator, series, wording);
  }
}
