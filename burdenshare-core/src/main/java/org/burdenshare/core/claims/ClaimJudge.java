package org.burdenshare.core.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.Engine;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.Group;
import org.burdenshare.core.groups.PublishedAggregates;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.measures.GuidelineCheck;
import org.burdenshare.core.measures.Measures;
import org.burdenshare.core.measures.Ranking;
import org.burdenshare.core.measures.Units;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.Selection;

/**
 * Judges a claim against the figures that had been published when it was made: the newest release
 * published on or before the claim date that covers the year; when none does, the earliest later
 * release that does, and the judgement says so. The claim is judged on the newest release too, so
 * that a revision across the line shows.
 *
 * <p>Why this file is long (some 600 lines): it holds the release rule for a claim, the value of
 * each term of the claim language (figure, sum, top, count, share, rank, change, the publisher's
 * aggregate rows), the tolerance from the precision written, and the wording of each verdict. They
 * are read together when a verdict is questioned, and each part is short.
 */
public final class ClaimJudge {
  private final Engine engine;
  private final Quotes quotes;

  /** The engine's answers, each worked out once: see {@link JudgeLookups}. */
  private final JudgeLookups lookups;

  public ClaimJudge(Engine engine) {
    this.engine = engine;
    this.lookups = new JudgeLookups(engine);
    this.quotes = new Quotes(engine.figures());
  }

  /**
   * A side of a claim evaluated: its value, unit, and the figures it used.
   *
   * @param alternative another value the side may defensibly have (a count of allies below a
   *     guideline without the members that have no figures), or NaN
   */
  private record Side(double value, String unit, List<Observation> evidence, double alternative) {
    Side(double value, String unit, List<Observation> evidence) {
      this(value, unit, evidence, Double.NaN);
    }

    /** The side at its alternative value. */
    Side alternate() {
      return new Side(alternative, unit, evidence);
    }
  }

  /** Why a claim cannot be judged. */
  private static final class Unverifiable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unverifiable(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * A ratio bounded for a named group that the publisher prints no row for, asked of each member
   * (see {@link MemberClaims}); the claim alone otherwise.
   */
  public List<Claim> eachMember(Claim claim) {
    return MemberClaims.eachMember(claim, lookups);
  }

  /**
   * Judges a claim made on a date.
   *
   * @param statedCounts member counts the sentence gave for its groups ("all other 28 allies"),
   *     checked against the membership on the claim date
   */
  public Judgement judge(Claim claim, LocalDate date, Map<String, Integer> statedCounts) {
    String reading = claim.toString();
    List<StatedCount> counts = statedCounts(statedCounts, date);
    List<String> notes = new ArrayList<>(counts.stream().map(c -> c.note(date)).toList());
    Value.Figure main = firstFigure(claim);
    Release release;
    String why;
    org.burdenshare.core.releases.CouldNotUse couldNotUse;
    try {
      Selection chosen =
          lookups.select(main.indicator(), main.year(), figuresOf(claim), ReleaseChoice.asOf(date));
      release = chosen.release();
      why = chosen.releaseChoice();
      couldNotUse = chosen.couldNotUse();
      if (chosen.later()) {
        notes.add(
            "No release published by "
                + date
                + " held these figures for "
                + main.year()
                + ": the claim was made before they were published, or from an edition not in the"
                + " database.");
      }
    } catch (InvalidQueryException e) {
      return unverifiable(reading, date, e.getMessage(), notes);
    }
    Side left;
    Side right;
    try {
      ReleaseChoice choice = ReleaseChoice.named(release.id());
      left = evaluate(claim.left(), choice, claim.right());
      right = evaluate(claim.right(), choice, claim.left());
    } catch (Unverifiable | InvalidQueryException e) {
      return unverifiable(reading, date, e.getMessage(), notes);
    }
    double tolerance = tolerance(claim, left, right);
    left = settled(claim, left, right, tolerance);
    boolean holds = claim.op().holds(left.value(), right.value(), tolerance);
    List<Observation> evidence = new ArrayList<>(left.evidence());
    evidence.addAll(right.evidence());
    boolean estimates = evidence.stream().anyMatch(Observation::estimate);
    Verdict verdict = holds ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
    double realValue = Double.NaN;
    String unit = left.unit().isEmpty() ? right.unit() : left.unit();

    // A change in current prices that a sentence did not qualify: does it hold in real terms too?
    Claim real = inRealTerms(claim);
    if (real != null && verdict != Verdict.MISLEADING) {
      try {
        ReleaseChoice choice = ReleaseChoice.named(release.id());
        Side l = evaluate(real.left(), choice, real.right());
        Side r = evaluate(real.right(), choice, real.left());
        boolean holdsReal = real.op().holds(l.value(), r.value(), tolerance(real, l, r));
        if (holdsReal != holds) {
          notes.add(
              "In real terms (constant prices) the change is "
                  + format(l.value(), "%")
                  + ", so the claim "
                  + (holdsReal ? "holds" : "does not hold")
                  + " there: it holds only in "
                  + (holdsReal ? "real" : "current-price")
                  + " terms.");
          verdict = Verdict.MISLEADING;
          realValue = claim.left() instanceof Value.Change ? l.value() : r.value();
        }
      } catch (Unverifiable | InvalidQueryException e) {
        // no constant-price figures: the claim stands as read
      }
    }

    Judgement.Latest latest = null;
    Release newest =
        lookups.covering(main.indicator(), main.year()).stream()
            .reduce((a, b) -> b)
            .orElse(release);
    if (!newest.id().equals(release.id())) {
      try {
        ReleaseChoice choice = ReleaseChoice.named(newest.id());
        Side r = evaluate(claim.right(), choice, claim.left());
        Side l = evaluate(claim.left(), choice, claim.right());
        l = settled(claim, l, r, tolerance(claim, l, r));
        boolean holdsLater = claim.op().holds(l.value(), r.value(), tolerance(claim, l, r));
        Verdict later = holdsLater ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
        org.burdenshare.core.releases.Comparability wording =
            lookups.comparability(release, newest, main.indicator());
        boolean same = wording.kind() == org.burdenshare.core.releases.Comparability.Kind.SAME;
        latest =
            new Judgement.Latest(
                later,
                newest.ref(),
                l.value(),
                r.value(),
                later != verdict,
                wording.kind(),
                same ? null : wording.note());
        if (later != verdict) {
          // What later releases say is reported, never held against the claim: the verdict is
          // the judgement on what had been published when the claim was made.
          notes.add(
              "On the newest release, "
                  + newest.id()
                  + ", the claim is "
                  + later
                  + (same ? ": the figures were revised." : ": " + wording.note()));
        }
      } catch (Unverifiable | InvalidQueryException e) {
        notes.add(
            "It cannot be judged on the newest release, " + newest.id() + ": " + e.getMessage());
      }
    }
    String reason =
        switch (verdict) {
          case SUPPORTED ->
              "The figures bear it out: " + describe(left, right, claim, unit, true) + ".";
          case CONTRADICTED ->
              "The figures say otherwise: " + describe(left, right, claim, unit, false) + ".";
          default ->
              "It holds only in "
                  + (holds ? "current-price" : "real")
                  + " terms: the change is "
                  + format(claim.left() instanceof Value.Change ? left.value() : right.value(), "%")
                  + " in current prices and "
                  + format(realValue, "%")
                  + " in real terms, against "
                  + format(claim.left() instanceof Value.Change ? right.value() : left.value(), "%")
                  + " stated.";
        };
    // A member count stated in the sentence is a figure like any other: wrong, it contradicts.
    for (StatedCount c : counts) {
      if (!c.right() && verdict != Verdict.CONTRADICTED) {
        verdict = Verdict.CONTRADICTED;
        reason =
            "The sentence says "
                + c.group()
                + " had "
                + c.stated()
                + " members; on "
                + date
                + " it had "
                + c.members()
                + ". "
                + reason;
      }
    }
    if (estimates) {
      notes.add("Some of the figures are estimates by the publisher.");
    }
    if (couldNotUse.any()) {
      reason += " The verdict may be out of date: " + couldNotUse.describe();
    }
    return new Judgement(
        verdict,
        reading,
        date,
        release.ref(),
        why,
        couldNotUse,
        left.value(),
        right.value(),
        unit,
        left.value() - right.value(),
        reason,
        notes,
        evidence,
        latest,
        quotes.line(claim, verdict, left.value(), right.value(), unit, release.ref(), latest));
  }

  /**
   * The left side at the value the claim is judged on: its alternative where only that one bears
   * the claim out (a count below a guideline with or without the members that have no figures).
   */
  private static Side settled(Claim claim, Side left, Side right, double tolerance) {
    boolean holds = claim.op().holds(left.value(), right.value(), tolerance);
    return !holds
            && !Double.isNaN(left.alternative())
            && claim.op().holds(left.alternative(), right.value(), tolerance)
        ? left.alternate()
        : left;
  }

  /** The same claim with its current-price changes measured at constant prices, or null. */
  private static Claim inRealTerms(Claim claim) {
    Value l = realChange(claim.left());
    Value r = realChange(claim.right());
    if (l == claim.left() && r == claim.right()) {
      return null;
    }
    return new Claim(l, claim.op(), r, claim.tolerance());
  }

  private static Value realChange(Value v) {
    if (v instanceof Value.Change c && c.of().indicator().equals("defence_exp_current_usd")) {
      return new Value.Change(
          new Value.Figure("defence_exp_constant_usd", c.of().group(), c.of().year()),
          c.fromYear());
    }
    return v;
  }

  private static Judgement unverifiable(
      String reading, LocalDate date, String reason, List<String> notes) {
    return new Judgement(
        Verdict.UNVERIFIABLE,
        reading,
        date,
        null,
        null,
        org.burdenshare.core.releases.CouldNotUse.nothing(),
        null,
        null,
        "",
        null,
        reason,
        notes,
        List.of(),
        null,
        null);
  }

  private static String describe(Side left, Side right, Claim claim, String unit, boolean holds) {
    String hedge =
        claim.op() != Op.EQ
            ? ""
            : claim.tolerance() == null
                ? holds
                    ? ", equal at the precision stated"
                    : ", a difference beyond the precision stated"
                : holds ? ", equal " + claim.tolerance() : ", not equal " + claim.tolerance();
    return format(left.value(), unit) + " against " + format(right.value(), unit) + hedge;
  }

  private static String format(double v, String unit) {
    String n =
        unit.isEmpty() && v == Math.rint(v)
            ? Decimals.fixed(v, 0, false)
            : Math.abs(v) >= 1000 ? Decimals.fixed(v, 0, true) : Decimals.fixed(v, 2, false);
    return unit.isEmpty()
        ? n
        : unit.equals("%") || unit.equals("percent") ? n + " %" : n + " " + unit;
  }

  private static Value.Figure firstFigure(Claim claim) {
    for (Value v : List.of(claim.left(), claim.right())) {
      Value.Figure f = Value.figureOf(v);
      if (f != null) {
        return f;
      }
    }
    throw new InvalidQueryException("The claim has no figure to judge: " + claim);
  }

  /** The claim's figures, over both sides: every country of their groups is needed. */
  private static List<Value.Figure> figuresOf(Claim claim) {
    List<Value.Figure> out = new ArrayList<>(2);
    for (Value v : List.of(claim.left(), claim.right())) {
      Value.Figure f = Value.figureOf(v);
      if (f != null) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  /** For =: the stated tolerance, or the precision the number was written with. */
  private static double tolerance(Claim claim, Side left, Side right) {
    if (claim.tolerance() != null) {
      double amount = claim.tolerance().amount().doubleValue();
      double base = claim.right() instanceof Value.Literal ? right.value() : left.value();
      return claim.tolerance().relative() ? Math.abs(base) * amount / 100 : amount;
    }
    if (claim.right() instanceof Value.Literal lit) {
      return lit.precision() / plainFactor(right.unit());
    }
    return 1e-9 * Math.max(Math.abs(left.value()), Math.abs(right.value()));
  }

  private Side evaluate(Value v, ReleaseChoice choice, Value other) {
    if (v instanceof Value.Literal lit) {
      if (other == null || other instanceof Value.Literal) {
        throw new Unverifiable("The claim compares two numbers and no figure.");
      }
      Side o = evaluate(other, choice, null);
      return new Side(convert(lit, o.unit()), o.unit(), List.of());
    } else if (v instanceof Value.Figure f) {
      return total(f, choice);
    } else if (v instanceof Value.Sum s) {
      return total(s.of(), choice);
    } else if (v instanceof Value.Top t) {
      Ranking r = lookups.rank(t.of().indicator(), t.of().year(), t.of().group(), choice);
      double sum = 0;
      List<Observation> used = new ArrayList<>();
      for (int i = 0; i < Math.min(t.n(), r.rows().size()); i++) {
        sum += r.rows().get(i).value();
        String country = r.rows().get(i).country();
        r.evidence().stream().filter(o -> o.country().equals(country)).forEach(used::add);
      }
      return new Side(sum, r.unit(), used);
    } else if (v instanceof Value.Count c) {
      double threshold = c.threshold().doubleValue();
      if (c.op() == Op.GE || c.op() == Op.LT) {
        // at or below a guideline: the engine's own count, the one the Guidelines page shows (as
        // the publisher prints the figures: an ally at 1.995 % printed as 2.00 % is at 2 %)
        GuidelineCheck g =
            lookups.guideline(c.of().indicator(), threshold, c.of().year(), c.of().group(), choice);
        if (c.op() == Op.GE) {
          return new Side(g.count(), "", g.evidence());
        }
        // "nine allies remain below 2 %": the members less those at or above it, so that an ally
        // without figures (Iceland, which has no armed forces) is not one that meets it — NATO's
        // own way of counting, and the development set's; counting only the allies with figures
        // is defensible too (the development set lists both where they differ)
        int below = g.below().size();
        return g.noFigures().isEmpty()
            ? new Side(below, "", g.evidence())
            : new Side(below + g.noFigures().size(), "", g.evidence(), below);
      }
      // strictly above, or at most: counted on the figures as printed
      Ranking r = lookups.rank(c.of().indicator(), c.of().year(), c.of().group(), choice);
      int count = 0;
      for (double judged :
          lookups.printed(c.of().indicator(), c.of().year(), c.of().group(), choice)) {
        count += c.op().holds(judged, threshold, 0) ? 1 : 0;
      }
      if (c.op() == Op.LE) {
        int members = lookups.group(c.of().group(), c.of().year()).members().size();
        if (members > r.rows().size()) {
          return new Side(count + members - r.rows().size(), "", r.evidence(), count);
        }
      }
      return new Side(count, "", r.evidence());
    } else if (v instanceof Value.Share s) {
      var share =
          lookups.share(
              s.part().group(), s.whole().group(), s.part().indicator(), s.part().year(), choice);
      return new Side(share.percent(), "%", share.evidence());
    } else if (v instanceof Value.Rank k) {
      Ranking r =
          lookups.rank(k.within().indicator(), k.within().year(), k.within().group(), choice);
      String code = engine.figures().countries().get(k.country()).iso3();
      double[] printed =
          lookups.printed(k.within().indicator(), k.within().year(), k.within().group(), choice);
      int mine = -1;
      for (int i = 0; i < r.rows().size() && mine < 0; i++) {
        mine = r.rows().get(i).country().equals(code) ? i : -1;
      }
      if (mine < 0) {
        throw new Unverifiable(k.country() + " has no figure in " + k.within() + ".");
      }
      // Places as the publisher prints the figures: allies level at its precision share one.
      double judged = printed[mine];
      int place = 1;
      for (double theirs : printed) {
        if (k.lowest() ? theirs < judged : theirs > judged) {
          place++;
        }
      }
      return new Side(place, "", r.evidence());
    } else if (v instanceof Value.Change c) {
      Side now = total(c.of(), choice);
      // Like for like: the same members in both years (an ally that joined in between would
      // otherwise count as growth).
      String sameMembers = String.join("+", lookups.group(c.of().group(), c.of().year()).members());
      Side before = total(new Value.Figure(c.of().indicator(), sameMembers, c.fromYear()), choice);
      List<Observation> used = new ArrayList<>(now.evidence());
      used.addAll(before.evidence());
      return new Side((now.value() / before.value() - 1) * 100, "%", used);
    } else if (v instanceof Value.Added a) {
      // like for like, as for a change: the members of the figure's year in every year
      String sameMembers = String.join("+", lookups.group(a.of().group(), a.of().year()).members());
      Side base = total(new Value.Figure(a.of().indicator(), sameMembers, a.fromYear()), choice);
      double sum = 0;
      List<Observation> used = new ArrayList<>(base.evidence());
      for (int y = a.fromYear() + 1; y <= a.of().year(); y++) {
        Side then = total(new Value.Figure(a.of().indicator(), sameMembers, y), choice);
        sum += then.value() - base.value();
        used.addAll(then.evidence());
      }
      return new Side(sum, base.unit(), used);
    } else if (v instanceof Value.Gap g) {
      var gap =
          engine.gap(
              g.targetPercent().doubleValue(), g.spending().year(), g.spending().group(), choice);
      if (!gap.noFigures().isEmpty()) {
        throw new Unverifiable(
            "The release has no share of GDP or spending for "
                + String.join(", ", gap.noFigures())
                + " in "
                + g.spending().year()
                + ".");
      }
      return new Side(gap.total(), gap.unit(), gap.evidence());
    }
    throw new IllegalStateException("unknown value " + v);
  }

  private Side total(Value.Figure f, ReleaseChoice choice) {
    Side published = publishedAggregate(f, choice);
    if (published != null) {
      return published;
    }
    Group g = lookups.group(f.group(), f.year());
    if (g.members().isEmpty()) {
      throw new Unverifiable(f.group() + " has no members in " + f.year() + ".");
    }
    Measures.Total t = lookups.total(f.group(), f.indicator(), f.year(), choice);
    String unit = t.unit().equals("percent") ? "%" : t.unit();
    return new Side(t.total().total(), unit, t.evidence());
  }

  /**
   * A ratio over the alliance as its publisher printed it ("NATO Total", "NATO Europe and Canada"),
   * when the release holds that row: the one way a share of GDP is known for a group. Null
   * otherwise.
   */
  private Side publishedAggregate(Value.Figure f, ReleaseChoice choice) {
    if (Indicators.get(f.indicator()).additive()
        || !(choice instanceof ReleaseChoice.Named named)) {
      return null;
    }
    return PublishedAggregates.codeOf(f.group())
        .flatMap(code -> engine.figures().find(named.releaseId(), f.indicator(), f.year(), code))
        .map(o -> new Side(o.value(), o.unit().equals("percent") ? "%" : o.unit(), List.of(o)))
        .orElse(null);
  }

  /** A stated number in the unit of the figure it is compared with. */
  private static double convert(Value.Literal lit, String unit) {
    if (unit.equals("%")) {
      if (!lit.unit().isEmpty() && !lit.unit().equals("%")) {
        throw new Unverifiable("The claim states " + lit + " where the figures are percentages.");
      }
      return lit.number().doubleValue();
    }
    Units.Scaled scaled = Units.parse(unit);
    String currency = scaled.basis().isEmpty() ? "" : scaled.basis().split(" ")[0];
    if (!lit.unit().isEmpty()
        && !lit.unit().equals("%")
        && !currency.isEmpty()
        && !lit.unit().equals(currency)) {
      throw new Unverifiable(
          "The claim states an amount in " + lit.unit() + "; the figures are in " + unit + ".");
    }
    if (lit.unit().equals("%")) {
      throw new Unverifiable(
          "The claim states a percentage where the figures are in " + unit + ".");
    }
    return lit.plain() / scaled.factor();
  }

  private static double plainFactor(String unit) {
    return unit.equals("%") ? 1 : Units.parse(unit).factor();
  }

  /**
   * A member count the sentence states ("all other 28 allies", "NATO's 29 members"), checked
   * against membership on the claim date. A count of the allies with defence figures (leaving out
   * Iceland, which has no armed forces) is a defensible way to count and is not wrong.
   */
  private record StatedCount(String group, int stated, long members, long withForces) {
    boolean right() {
      return stated == members || stated == withForces;
    }

    String note(LocalDate date) {
      return right()
          ? "The member count stated, "
              + stated
              + ", is right: on "
              + date
              + " "
              + group
              + " had "
              + members
              + " members"
              + (stated == members ? "." : ", " + withForces + " of them with armed forces.")
          : "Member count mismatch: the sentence says "
              + stated
              + ", but on "
              + date
              + " "
              + group
              + " had "
              + members
              + " members.";
    }
  }

  /** How many members a group had on a date, and how many of them with armed forces. */
  private record Members(long all, long withForces) {}

  private record MembersQuestion(String group, LocalDate date) {}

  private List<StatedCount> statedCounts(Map<String, Integer> stated, LocalDate date) {
    List<StatedCount> out = new ArrayList<>();
    stated.forEach(
        (group, count) -> {
          Members m =
              lookups.ask(
                  new MembersQuestion(group, date),
                  () -> {
                    Group g = lookups.group(group, date.getYear());
                    var members =
                        g.members().stream()
                            .map(engine.figures().countries()::get)
                            .filter(
                                c -> c.natoAccession() == null || !c.natoAccession().isAfter(date))
                            .toList();
                    return new Members(
                        members.size(), members.stream().filter(c -> c.armedForces()).count());
                  });
          out.add(new StatedCount(group, count, m.all(), m.withForces()));
        });
    return out;
  }
}
