package org.burdenshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.burdenshare.core.allies.Country;
import org.burdenshare.core.dataset.Dataset;
import org.burdenshare.core.groups.Groups;
import org.burdenshare.core.releases.ReleaseChoice;

/** Properties of the group algebra and of aggregation, over random subsets, years and data. */
class GroupAlgebraPropertyTest {
  private static final List<String> CODES = Fixture.COUNTRIES.stream().map(Country::iso3).toList();
  private final Groups groups = Fixture.groups();

  @Provide
  Arbitrary<List<String>> subsets() {
    return Arbitraries.of(CODES).list().uniqueElements().ofMinSize(1).ofMaxSize(CODES.size());
  }

  private static String union(List<String> codes) {
    return String.join("+", codes);
  }

  private Set<String> members(String expression, int year) {
    return new HashSet<>(groups.resolve(expression, year).members());
  }

  @Property
  void differenceAndIntersectionPartitionTheAlliance(
      @ForAll("subsets") List<String> a, @ForAll @IntRange(min = 1949, max = 2030) int year) {
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

  @Property
  void unionAndIntersectionCommuteAndDifferenceIsIntersectionWithTheComplement(
      @ForAll("subsets") List<String> a,
      @ForAll("subsets") List<String> b,
      @ForAll @IntRange(min = 2014, max = 2026) int year) {
    String x = "(" + union(a) + ")";
    String y = "(" + union(b) + ")";
    assertThat(members(x + "+" + y, year)).isEqualTo(members(y + "," + x, year));
    assertThat(members(x + "&" + y, year)).isEqualTo(members(y + "&" + x, year));
    assertThat(members(x + "-(" + x + "-" + y + ")", year)).isEqualTo(members(x + "&" + y, year));
  }

  /** For every subset A of the alliance: total(A) + total(NATO−A) = total(NATO). */
  @Property
  void totalsAddUpOverAnySplitOfTheAlliance(
      @ForAll("subsets") List<String> a,
      @ForAll @IntRange(min = 2015, max = 2024) int year,
      @ForAll long seed) {
    Dataset data = Fixture.dataset(seed);
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
