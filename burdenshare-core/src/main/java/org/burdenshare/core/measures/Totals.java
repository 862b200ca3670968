package org.burdenshare.core.measures;

import java.util.List;
import java.util.TreeSet;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.Group;
import org.burdenshare.core.indicators.Indicator;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.Selection;

/** Adds up a group's figures, refusing sums that would mix units or add up ratios. */
final class Totals {
  private Totals() {}

  /** A total with the observations it used. */
  record Summed(GroupTotal total, String unit, List<Observation> evidence) {}

  static Summed sum(Figures data, Selection s, Group group) {
    Indicator indicator = Indicators.get(s.indicator());
    Measures.MemberFigures figures = Measures.figuresOf(data, s, group);
    List<Observation> used = figures.found();
    List<String> without = figures.missing();
    if (used.isEmpty()) {
      throw new InvalidQueryException(
          "Release "
              + s.release().id()
              + " has no figures for "
              + s.indicator()
              + " in "
              + s.year()
              + " for any member of "
              + describe(group)
              + ".");
    }
    if (!indicator.additive() && used.size() > 1) {
      throw new InvalidQueryException(
          indicator.id()
              + " is a ratio and cannot be added up over "
              + describe(group)
              + ". Ask about one country at a time, or use an indicator in money such as"
              + " defence_exp_current_usd.");
    }
    TreeSet<String> units = new TreeSet<>();
    used.forEach(o -> units.add(o.unit()));
    if (units.size() > 1) {
      throw new InvalidQueryException(
          "Cannot add up "
              + indicator.id()
              + " over "
              + describe(group)
              + ": its figures are in different units ("
              + String.join(", ", units)
              + "). Use an indicator in one unit, such as defence_exp_current_usd.");
    }
    double total = 0;
    boolean estimate = false;
    for (Observation o : used) {
      total += o.value();
      estimate |= o.estimate();
    }
    return new Summed(
        new GroupTotal(group.expression(), total, group.members(), without, estimate),
        units.first(),
        used);
  }

  static String describe(Group g) {
    return g.members().size() == 1 && g.expression().equals(g.members().get(0))
        ? g.expression()
        : "group " + g.expression();
  }
}
