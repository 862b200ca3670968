package org.burdenshare.core.measures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.Group;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.CouldNotUse;
import org.burdenshare.core.releases.ReleaseRef;
import org.burdenshare.core.releases.Selection;

/**
 * The questions on figures, for a release already selected: totals, comparisons, shares, who meets
 * a guideline, the gap to a target, rankings. {@link org.burdenshare.core.Engine} resolves the
 * groups and selects the release; these compute.
 */
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

  public static Total total(Figures data, Selection s, Group g) {
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

  public static Comparison compare(Figures data, Selection s, Group a, Group b) {
    Totals.Summed sa = Totals.sum(data, s, a);
    Totals.Summed sb = Totals.sum(data, s, b);
    if (!sa.unit().equals(sb.unit())) {
      throw new org.burdenshare.core.errors.InvalidQueryException(
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
  public static ShareOfTotal share(Figures data, Selection s, Group part, Group whole) {
    List<String> outside =
        part.members().stream().filter(m -> !whole.members().contains(m)).toList();
    if (!outside.isEmpty()) {
      throw new org.burdenshare.core.errors.InvalidQueryException(
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

  /**
   * The figures the selected release gives a group's members, in member order, and who has none.
   */
  record MemberFigures(List<Observation> found, List<String> missing) {}

  static MemberFigures figuresOf(Figures data, Selection s, Group g) {
    Map<String, Observation> figures = data.figures(s.release().id(), s.indicator(), s.year());
    List<Observation> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String member : g.members()) {
      Observation o = figures.get(member);
      if (o == null) {
        missing.add(member);
      } else {
        found.add(o);
      }
    }
    return new MemberFigures(found, missing);
  }

  /** Who in a group is at or above a threshold, judged at the publisher's precision. */
  public static GuidelineCheck guideline(
      Figures data, Selection s, Group g, String indicator, double threshold, int year) {
    Optional<Integer> decimals = s.release().decimalsOf(indicator);
    MemberFigures figures = figuresOf(data, s, g);
    List<Standing> above = new ArrayList<>();
    List<Standing> below = new ArrayList<>();
    List<String> none = figures.missing();
    List<Observation> evidence = figures.found();
    for (Observation o : evidence) {
      double judged = decimals.map(d -> Measures.round(o.value(), d)).orElse(o.value());
      Standing st =
          new Standing(
              o.country(), data.countries().nameOf(o.country()), o.value(), judged, o.estimate());
      (judged >= threshold ? above : below).add(st);
    }
    Comparator<Standing> highestFirst =
        Comparator.comparingDouble(Standing::value).reversed().thenComparing(Standing::country);
    above.sort(highestFirst);
    below.sort(highestFirst);
    var definition = s.release().definitionOf(indicator);
    return new GuidelineCheck(
        s.release().ref(),
        s.releaseChoice(),
        s.couldNotUse(),
        year,
        indicator,
        g.expression(),
        threshold,
        decimals.orElse(null),
        above.size(),
        g.size(),
        above,
        below,
        none,
        evidence,
        definition,
        GuidelineCheck.summary(
            above.size(), g.size(), threshold, indicator, definition, s.release().id()));
  }

  /**
   * How much more each member would have had to spend, in current USD, to reach a target share of
   * GDP, shares and money both from the release selected for the money (see {@link AllyGap}).
   */
  public static GapReport gap(
      Figures data, Selection shares, Group g, double targetPercent, int year) {
    String release = shares.release().id();
    Optional<Integer> decimals = shares.release().decimalsOf(Indicators.SHARE_OF_GDP);
    List<AllyGap> rows = new ArrayList<>();
    List<String> none = new ArrayList<>();
    List<Observation> evidence = new ArrayList<>();
    String unit = null;
    double total = 0;
    int meeting = 0;
    for (String member : g.members()) {
      Optional<Observation> share = data.find(release, Indicators.SHARE_OF_GDP, year, member);
      Optional<Observation> spent =
          data.find(release, Indicators.DEFENCE_EXP_CURRENT_USD, year, member);
      if (share.isEmpty() || spent.isEmpty() || share.get().value() <= 0) {
        none.add(member);
        continue;
      }
      Optional<Observation> published =
          data.find(release, Indicators.GDP_CURRENT_USD, year, member)
              .filter(o -> o.unit().equals(spent.get().unit()));
      evidence.add(share.get());
      evidence.add(spent.get());
      published.ifPresent(evidence::add);
      unit = spent.get().unit();
      double exp = spent.get().value();
      double shareValue = share.get().value();
      double impliedGdp = exp / shareValue * 100;
      double judged = decimals.map(d -> Measures.round(shareValue, d)).orElse(shareValue);
      boolean meets = judged >= targetPercent;
      double gap = meets ? 0 : Math.max(0, targetPercent / 100 * impliedGdp - exp);
      if (meets) {
        meeting++;
      }
      total += gap;
      rows.add(
          new AllyGap(
              member,
              data.countries().nameOf(member),
              shareValue,
              exp,
              impliedGdp,
              published.map(Observation::value).orElse(null),
              gap,
              share.get().estimate() || spent.get().estimate()));
    }
    rows.sort(Comparator.comparingDouble(AllyGap::gap).reversed().thenComparing(AllyGap::country));
    return new GapReport(
        shares.release().ref(),
        shares.releaseChoice(),
        shares.couldNotUse(),
        year,
        g.expression(),
        targetPercent,
        unit == null ? "million USD" : unit,
        total,
        meeting,
        rows,
        none,
        evidence);
  }

  /** The members of a group ranked by an indicator, highest first. */
  public static Ranking rank(Figures data, Selection s, Group g, String indicator, int year) {
    MemberFigures figures = figuresOf(data, s, g);
    List<Observation> used = new ArrayList<>(figures.found());
    List<String> none = figures.missing();
    used.sort(
        Comparator.comparingDouble(Observation::value)
            .reversed()
            .thenComparing(Observation::country));
    List<Ranking.Ranked> rows = new ArrayList<>();
    for (int i = 0; i < used.size(); i++) {
      Observation o = used.get(i);
      int rank = i > 0 && used.get(i - 1).value() == o.value() ? rows.get(i - 1).rank() : i + 1;
      rows.add(
          new Ranking.Ranked(
              rank, o.country(), data.countries().nameOf(o.country()), o.value(), o.estimate()));
    }
    String unit = used.isEmpty() ? "" : used.get(0).unit();
    return new Ranking(
        s.release().ref(),
        s.releaseChoice(),
        s.couldNotUse(),
        year,
        indicator,
        unit,
        g.expression(),
        rows,
        none,
        used);
  }

  /** A figure at the precision a publisher prints it, rounding halves up as spreadsheets do. */
  public static double round(double value, int decimals) {
    return java.math.BigDecimal.valueOf(value)
        .setScale(decimals, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }
}
