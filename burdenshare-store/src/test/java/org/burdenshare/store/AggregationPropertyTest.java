package org.burdenshare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.burdenshare.core.Engine;
import org.burdenshare.core.allies.Country;
import org.burdenshare.core.releases.ReleaseChoice;

/**
 * On the bundled figures: for every subset A of the allies, total(A) + total(NATO−A) = total(NATO).
 */
class AggregationPropertyTest {
  private static Path dir;
  private static Engine engine;
  private static List<String> allies;

  @BeforeContainer
  static void load() throws Exception {
    dir = Files.createTempDirectory("burdenshare-property");
    engine = new Engine(Store.open(dir, m -> {}).snapshot());
    allies = engine.dataset().countries().allies().stream().map(Country::iso3).toList();
  }

  @AfterContainer
  static void clean() throws Exception {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Provide
  Arbitrary<List<String>> subsets() {
    return Arbitraries.of(allies).list().uniqueElements().ofMinSize(1).ofMaxSize(31);
  }

  @Provide
  Arbitrary<String> releases() {
    return Arbitraries.of("nato-2024-06", "nato-2026-07");
  }

  @Property(tries = 300)
  void aSplitOfTheAllianceAddsUpToTheWhole(
      @ForAll("subsets") List<String> a,
      @ForAll @IntRange(min = 2014, max = 2024) int year,
      @ForAll("releases") String release) {
    ReleaseChoice choice = ReleaseChoice.named(release);
    String setA = String.join("+", a);
    double whole = total("NATO", year, choice);
    double inside = total("NATO&(" + setA + ")", year, choice);
    double outside = total("NATO-(" + setA + ")", year, choice);
    assertThat(inside + outside).isCloseTo(whole, within(1e-6));
  }

  /** Zero for a group with no figures (no members that year, or only Iceland). */
  private static double total(String group, int year, ReleaseChoice choice) {
    var members = engine.group(group, year).members();
    if (members.isEmpty() || members.equals(List.of("ISL"))) {
      return 0;
    }
    return engine.total(group, "defence_exp_current_usd", year, choice).total().total();
  }
}
