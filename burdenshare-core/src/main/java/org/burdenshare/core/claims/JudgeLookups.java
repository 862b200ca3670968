package org.burdenshare.core.claims;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.burdenshare.core.Engine;
import org.burdenshare.core.groups.Group;
import org.burdenshare.core.measures.GuidelineCheck;
import org.burdenshare.core.measures.Measures;
import org.burdenshare.core.measures.Ranking;
import org.burdenshare.core.measures.ShareOfTotal;
import org.burdenshare.core.releases.Comparability;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.Selection;

/**
 * The engine's answers a judge asks for, each worked out once per question: the figures of a
 * snapshot never change, so the release that answers (indicator, year, countries, date), a group's
 * members in a year, a group's total or ranking from a release are the same every time they are
 * asked. An article asks the same few questions over and over (every claim about 2019's share of
 * GDP selects the same release and ranks the same allies); only these lookups are kept, never a
 * claim's verdict, which is worked out afresh from them each time.
 *
 * <p>A question that fails is kept as its failure and thrown again. Safe for the threads of a
 * corpus run. At most {@link #LIMIT} answers are kept: beyond that all are dropped, so that a huge
 * text cannot make the memory grow without end.
 */
final class JudgeLookups {
  /** How many answers are kept before all are dropped. */
  static final int LIMIT = 4_096;

  private final Engine engine;
  private final Map<Object, Object> answers = new ConcurrentHashMap<>();

  /** A question that failed, kept to fail the same way when asked again. */
  private record Failure(RuntimeException error) {}

  private record SelectQuestion(
      String indicator, int year, Collection<String> countries, ReleaseChoice choice) {}

  private record SelectForQuestion(
      String indicator, int year, List<Value.Figure> figures, ReleaseChoice choice) {}

  private record GroupQuestion(String group, int year) {}

  private record MeasureQuestion(
      String kind, String indicator, int year, String group, String other, ReleaseChoice choice) {}

  private record CoveringQuestion(String indicator, int year) {}

  private record ComparabilityQuestion(String earlier, String later, String indicator) {}

  JudgeLookups(Engine engine) {
    this.engine = engine;
  }

  Engine engine() {
    return engine;
  }

  Selection select(String indicator, int year, Collection<String> countries, ReleaseChoice choice) {
    return ask(
        new SelectQuestion(indicator, year, List.copyOf(countries), choice),
        () -> engine.figures().select(indicator, year, countries, choice));
  }

  Group group(String group, int year) {
    return ask(new GroupQuestion(group, year), () -> engine.group(group, year));
  }

  Measures.Total total(String group, String indicator, int year, ReleaseChoice choice) {
    return ask(
        new MeasureQuestion("total", indicator, year, group, null, choice),
        () -> engine.total(group, indicator, year, choice));
  }

  Ranking rank(String indicator, int year, String group, ReleaseChoice choice) {
    return ask(
        new MeasureQuestion("rank", indicator, year, group, null, choice),
        () -> engine.rank(indicator, year, group, choice));
  }

  /**
   * The values of a ranking's rows, in its order, as the publisher prints them: rounded to the
   * release's precision for the indicator, where it states one (allies level in print are level).
   */
  double[] printed(String indicator, int year, String group, ReleaseChoice choice) {
    return ask(
        new MeasureQuestion("printed", indicator, year, group, null, choice),
        () -> {
          Ranking r = rank(indicator, year, group, choice);
          Integer decimals =
              engine.figures().release(r.release().id()).decimalsOf(indicator).orElse(null);
          double[] out = new double[r.rows().size()];
          for (int i = 0; i < out.length; i++) {
            double v = r.rows().get(i).value();
            out[i] = decimals == null ? v : Measures.round(v, decimals);
          }
          return out;
        });
  }

  /** Who in a group is at or above a threshold, as the engine's guideline check counts them. */
  GuidelineCheck guideline(
      String indicator, double threshold, int year, String group, ReleaseChoice choice) {
    return ask(
        new MeasureQuestion(
            "guideline", indicator, year, group, Double.toString(threshold), choice),
        () -> engine.guideline(indicator, threshold, year, group, choice));
  }

  ShareOfTotal share(String part, String whole, String indicator, int year, ReleaseChoice choice) {
    return ask(
        new MeasureQuestion("share", indicator, year, part, whole, choice),
        () -> engine.share(part, whole, indicator, year, choice));
  }

  List<Release> covering(String indicator, int year) {
    return ask(
        new CoveringQuestion(indicator, year), () -> engine.figures().covering(indicator, year));
  }

  Comparability comparability(Release earlier, Release later, String indicator) {
    return ask(
        new ComparabilityQuestion(earlier.id(), later.id(), indicator),
        () -> Comparability.of(earlier, later, indicator));
  }

  /**
   * The release that answers a question about figures of several groups: the allies of every group
   * in its year are needed.
   */
  Selection select(String indicator, int year, List<Value.Figure> figures, ReleaseChoice choice) {
    return ask(
        new SelectForQuestion(indicator, year, figures, choice),
        () -> {
          java.util.Set<String> all = new java.util.TreeSet<>();
          for (Value.Figure f : figures) {
            all.addAll(group(f.group(), f.year()).members());
          }
          return select(indicator, year, all, choice);
        });
  }

  /**
   * The answer to a question about the snapshot's figures, worked out the first time it is asked.
   *
   * @param question everything the answer depends on, compared by {@code equals} (a record)
   */
  @SuppressWarnings("unchecked")
  <T> T ask(Object question, Supplier<T> answer) {
    Object known = answers.get(question);
    if (known == null) {
      try {
        known = answer.get();
      } catch (RuntimeException e) {
        known = new Failure(e);
      }
      if (answers.size() >= LIMIT) {
        answers.clear();
      }
      answers.put(question, known);
    }
    if (known instanceof Failure f) {
      throw f.error();
    }
    return (T) known;
  }
}
