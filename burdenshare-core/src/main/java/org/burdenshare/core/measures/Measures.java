package org.burdenshare.core.measures;

import java.util.ArrayList;
import java.util.List;
import org.burdenshare.core.dataset.Dataset;
import org.burdenshare.core.dataset.Observation;
import org.burdenshare.core.groups.Group;
import org.burdenshare.core.releases.CouldNotUse;
import org.burdenshare.core.releases.ReleaseRef;
import org.burdenshare.core.releases.Selection;

/** Totals and comparisons of groups, for a release already selected. */
public final class Measures {
  private Measures() {}

  /** A group's total with the unit and the observations it used. */
  public record Total(
      ReleaseRef release,
      String releaseChoice,
      CouldNotUse couldNotUse,
      int year,
      String indicator,
      String unit,
      GroupTotal total,
      List<Observation> evidence) {}

  public static Total total(Dataset data, Selection s, Group g) {
    Totals.Summed sum = Totals.sum(data, s, g);
    return new Total(
        s.release().ref(),
        s.releaseChoice(),
        s.couldNotUse(),
        s.year(),
        s.indicator(),
        sum.unit(),
        sum.total(),
        sum.evidence());
  }

  public static Comparison compare(Dataset data, Selection s, Group a, Group b) {
    Totals.Summed sa = Totals.sum(data, s, a);
    Totals.Summed sb = Totals.sum(data, s, b);
    if (!sa.unit().equals(sb.unit())) {
      throw new org.burdenshare.core.InvalidQueryException(
          "Cannot compare "
              + a.expression()
              + " ("
              + sa.unit()
              + ") with "
              + b.expression()
              + " ("
              + sb.unit()
              + "): the units differ.");
    }
    double ta = sa.total().total();
    double tb = sb.total().total();
    List<Observation> evidence = new ArrayList<>(sa.evidence());
    evidence.addAll(sb.evidence());
    return new Comparison(
        s.release().ref(),
        s.releaseChoice(),
        s.couldNotUse(),
        s.year(),
        s.indicator(),
        sa.unit(),
        sa.total(),
        sb.total(),
        tb == 0 ? null : ta / tb,
        ta - tb,
        evidence);
  }

  /** A part's share of a whole; the part must lie within the whole. */
  public static ShareOfTotal share(Dataset data, Selection s, Group part, Group whole) {
    List<String> outside =
        part.members().stream().filter(m -> !whole.members().contains(m)).toList();
    if (!outside.isEmpty()) {
      throw new org.burdenshare.core.InvalidQueryException(
          part.expression()
              + " is not part of "
              + whole.expression()
              + " in "
              + s.year()
              + ": "
              + String.join(", ", outside)
              + (outside.size() == 1 ? " is not a member of it" : " are not members of it")
              + ". A share is of a whole that contains the part.");
    }
    Totals.Summed p = Totals.sum(data, s, part);
    Totals.Summed w = Totals.sum(data, s, whole);
    return new ShareOfTotal(
        s.release().ref(),
        s.releaseChoice(),
        s.couldNotUse(),
        s.year(),
        s.indicator(),
        w.unit(),
        p.total(),
        w.total(),
        p.total().total() / w.total().total() * 100,
        w.evidence());
  }
}
