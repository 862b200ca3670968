package org.burdenshare.core.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.Group;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.ReleaseRef;
import org.burdenshare.core.releases.Selection;

/**
 * What a group's defence spending went to in a year, in NATO's four categories. NATO publishes the
 * split for each ally only, so a group's is each ally's split weighted by its spending in current
 * US dollars, all from one release: a figure of burdenshare's, not NATO's.
 *
 * @param parts the four categories in NATO's order, each a percent of the group's spending
 * @param allies the allies whose figures it adds up
 * @param without the group's allies left out, for lack of a split or of spending figures
 * @param estimate whether any figure used is the publisher's estimate
 */
public record SpendingSplit(
    String group,
    int year,
    ReleaseRef release,
    List<Part> parts,
    List<String> allies,
    List<String> without,
    boolean estimate) {
  public SpendingSplit {
    parts = List.copyOf(parts);
    allies = List.copyOf(allies);
    without = List.copyOf(without);
  }

  /** One category and its share of the group's spending, percent. */
  public record Part(String indicator, String name, double percent) {}

  /** NATO's categories: personnel, equipment, infrastructure, other (Table 8). */
  public static final List<String[]> CATEGORIES =
      List.of(
          new String[] {"personnel_share", "Personnel"},
          new String[] {Indicators.EQUIPMENT_SHARE, "Equipment"},
          new String[] {"infrastructure_share", "Infrastructure"},
          new String[] {"other_share", "Other"});

  /** The split of a group in the year and release of {@code s} (a selection of category shares). */
  public static SpendingSplit of(Figures data, Selection s, Group g) {
    String release = s.release().id();
    int year = s.year();
    Map<String, Observation> spent =
        data.figures(release, Indicators.DEFENCE_EXP_CURRENT_USD, year);
    List<Map<String, Observation>> shares = new ArrayList<>();
    for (String[] c : CATEGORIES) {
      shares.add(data.figures(release, c[0], year));
    }
    double[] weighted = new double[CATEGORIES.size()];
    double total = 0;
    boolean estimate = false;
    List<String> used = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (String ally : g.members()) {
      Observation money = spent.get(ally);
      boolean complete = money != null && shares.stream().allMatch(m -> m.containsKey(ally));
      if (!complete) {
        without.add(ally);
        continue;
      }
      used.add(ally);
      total += money.value();
      estimate |= money.estimate();
      for (int k = 0; k < weighted.length; k++) {
        Observation share = shares.get(k).get(ally);
        weighted[k] += money.value() * share.value();
        estimate |= share.estimate();
      }
    }
    if (used.isEmpty()) {
      throw new InvalidQueryException(
          "Release " + release + " splits no ally's " + year + " spending into categories.");
    }
    List<Part> parts = new ArrayList<>();
    for (int k = 0; k < weighted.length; k++) {
      parts.add(new Part(CATEGORIES.get(k)[0], CATEGORIES.get(k)[1], weighted[k] / total));
    }
    return new SpendingSplit(
        g.expression(), year, s.release().ref(), parts, used, without, estimate);
  }
}
