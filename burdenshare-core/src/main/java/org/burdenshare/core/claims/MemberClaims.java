package org.burdenshare.core.claims;

import java.util.List;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.groups.PublishedAggregates;
import org.burdenshare.core.indicators.Indicators;

/** Claims about a few allies named as one, asked of each of them. */
final class MemberClaims {
  private MemberClaims() {}

  /**
   * A ratio bounded for a named group that the publisher prints no row for ("the Baltic states
   * spend more than 3 % of GDP"): a ratio is not added up, so the bound is said of each member, and
   * this gives the claim for each, members in order. The claim alone otherwise (an equality is left
   * as it is: "the Baltic states spend 3 %" states no one's figure).
   */
  static List<Claim> eachMember(Claim claim, JudgeLookups lookups) {
    // "the Baltic states are among the biggest spenders relative to GDP": a place is each ally's
    // own, so the bound is said of each member
    if (claim.left() instanceof Value.Rank r && !Anchors.isCountry(r.country())) {
      return forEach(
          claim,
          r.country(),
          r.within().year(),
          c -> new Value.Rank(r.within(), c, r.lowest()),
          lookups);
    }
    if (!(claim.left() instanceof Value.Figure f)
        || !(claim.right() instanceof Value.Literal)
        || claim.op() == Op.EQ
        || claim.op() == Op.NE
        || Anchors.isCountry(f.group())
        || PublishedAggregates.codeOf(f.group()).isPresent()) {
      return List.of(claim);
    }
    try {
      if (Indicators.get(f.indicator()).additive()) {
        return List.of(claim);
      }
    } catch (InvalidQueryException e) {
      return List.of(claim); // judged as it is, and the judgement says why it cannot be
    }
    return forEach(
        claim, f.group(), f.year(), c -> new Value.Figure(f.indicator(), c, f.year()), lookups);
  }

  /** The claim asked of each member of a group in a year, its left side made for each. */
  private static List<Claim> forEach(
      Claim claim,
      String group,
      int year,
      java.util.function.Function<String, Value> left,
      JudgeLookups lookups) {
    try {
      List<String> members = lookups.group(group, year).members();
      if (members.isEmpty()) {
        return List.of(claim);
      }
      return members.stream()
          .map(c -> new Claim(left.apply(c), claim.op(), claim.right(), claim.tolerance()))
          .toList();
    } catch (InvalidQueryException e) {
      return List.of(claim); // judged as it is, and the judgement says why it cannot be
    }
  }
}
