package org.burdenshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.groups.Groups;
import org.burdenshare.core.releases.ReleaseChoice;
import org.junit.jupiter.api.Test;

/** Properties of the group algebra and of aggregation, over random subsets, years and data. */
class GroupAlgebraPropertyTest {
  private static final List<String> CODES = Fixture.COUNTRIES.stream().map(Country::iso3).toList();
  private final Groups groups = Fixture.groups();

  private static String union(List<String> codes) {
    return String.join("+", codes);
  }

  private Set<String> members(String expression, int year) {
    return new HashSet<>(groups.resolve(expression, year).members());
  }

  @Test
  void differenceAndIntersectionPartitionTheAlliance() {
    Tries.check(
        1000,
        11,
        r ->
            differenceAndIntersectionPartitionTheAlliance(
                Tries.subset(r, CODES), 1949 + r.nextInt(2030 - 1949 + 1)));
  }

  private void differenceAndIntersectionPartitionTheAlliance(List<String> a, int year) {
    String setA = "(" + union(a) + ")";
    Set<String> inside = members("NATO&" + setA, year);
    Set<String> outside = members("NATO-" + setA, year);
    Set<String> both = new HashSet<>(inside);
    both.retainAll(outside);
    assertThat(both).isEmpty();
    Set<String> all = new HashSet<>(inside);
    all.addAll(outside);
    assertThat(all).isEqualTo(members("NATO", year));
  }

  @Test
  void unionAndIntersectionCommuteAndDifferenceIsIntersectionWithTheComplement() {
    Tries.check(
        1000,
        12,
        r ->
            unionAndIntersection(
                Tries.subset(r, CODES), Tries.subset(r, CODES), 2014 + r.nextInt(13)));
  }

  private void unionAndIntersection(List<String> a, List<String> b, int year) {
    String x = "(" + union(a) + ")";
    String y = "(" + union(b) + ")";
    assertThat(members(x + "+" + y, year)).isEqualTo(members(y + "," + x, year));
    assertThat(members(x + "&" + y, year)).isEqualTo(members(y + "&" + x, year));
    assertThat(members(x + "-(" + x + "-" + y + ")", year)).isEqualTo(members(x + "&" + y, year));
  }

  /** For every subset A of the alliance: total(A) + total(NATO−A) = total(NATO). */
  @Test
  void totalsAddUpOverAnySplitOfTheAlliance() {
    Tries.check(
        1000, 13, r -> totalsAddUp(Tries.subset(r, CODES), 2015 + r.nextInt(10), r.nextLong()));
  }

  private void totalsAddUp(List<String> a, int year, long seed) {
    Figures data = Fixture.figures(seed);
    Engine engine = new Engine(data);
    ReleaseChoice latest = ReleaseChoice.latest();
    String setA = "NATO&(" + union(a) + ")";
    double whole = engine.total("NATO", "defence_exp_current_usd", year, latest).total().total();
    double rest = total(engine, "NATO-(" + union(a) + ")", year);
    double part = total(engine, setA, year);
    assertThat(part + rest).isCloseTo(whole, within(1e-6 * whole));
  }

  /**
   * A group without any figures is an error, not zero; any other total is what its members sum to.
   */
  private static double total(Engine engine, String group, int year) {
    if (engine.group(group, year).members().stream().allMatch(c -> c.equals("ISL"))) {
      return 0;
    }
    return engine
        .total(group, "defence_exp_current_usd", year, ReleaseChoice.latest())
        .total()
        .total();
  }
}
