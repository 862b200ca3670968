package org.burdenshare.core.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.burdenshare.core.Engine;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.Group;
import org.burdenshare.core.measures.Measures;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.Selection;

/** Who meets which target, since when and for how long, on the release a choice selects. */
public final class TargetEngine {
  private final Engine engine;

  public TargetEngine(Engine engine) {
    this.engine = engine;
  }

  public TargetStatus status(Target target, int year, String group, ReleaseChoice choice) {
    Figures.checkYear(year);
    if (target.indicator() == null) {
      return new TargetStatus(
          target,
          year,
          false,
          null,
          null,
          0,
          engine.group(group, year).size(),
          List.of(),
          null,
          null);
    }
    Figures data = engine.figures();
    Group g = engine.group(group, year);
    Selection s = data.select(target.indicator(), year, g.members(), choice);
    Release r = s.release();
    List<TargetStatus.AllyStatus> out = new ArrayList<>();
    int count = 0;
    int first = data.years(r.id(), target.indicator()).first();
    for (String c : g.members()) {
      Optional<Observation> o = data.find(r.id(), target.indicator(), year, c);
      if (o.isEmpty()) {
        out.add(
            new TargetStatus.AllyStatus(
                c, data.countries().nameOf(c), null, false, null, 0, false, false));
        continue;
      }
      boolean meets = meets(r, target, o.get().value());
      int inRow = 0;
      Integer since = null;
      for (int y = year; y >= first; y--) {
        Optional<Observation> past = data.find(r.id(), target.indicator(), y, c);
        if (past.isEmpty() || !meets(r, target, past.get().value())) {
          break;
        }
        inRow++;
        since = y;
      }
      count += meets ? 1 : 0;
      out.add(
          new TargetStatus.AllyStatus(
              c,
              data.countries().nameOf(c),
              o.get().value(),
              meets,
              since,
              inRow,
              since != null && since == first,
              o.get().estimate()));
    }
    out.sort(
        java.util.Comparator.comparing((TargetStatus.AllyStatus a) -> !a.meets())
            .thenComparing(a -> -a.yearsInRow())
            .thenComparing(TargetStatus.AllyStatus::country));
    var definition = r.definitionOf(target.indicator());
    return new TargetStatus(
        target,
        year,
        true,
        r.ref(),
        s.releaseChoice(),
        count,
        g.size(),
        out,
        definition,
        org.burdenshare.core.measures.GuidelineCheck.summary(
            count, g.size(), target.threshold(), target.indicator(), definition, r.id()));
  }

  private static boolean meets(Release r, Target t, double value) {
    double judged = r.decimalsOf(t.indicator()).map(d -> Measures.round(value, d)).orElse(value);
    return judged >= t.threshold();
  }
}
