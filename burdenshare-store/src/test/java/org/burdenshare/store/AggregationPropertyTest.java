package org.burdenshare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.burdenshare.core.Engine;
import org.burdenshare.core.Tries;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.releases.ReleaseChoice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the bundled figures: for every subset A of the allies, total(A) + total(NATO−A) = total(NATO).
 */
class AggregationPropertyTest {
  private static Path dir;
  private static Engine engine;
  private static List<String> allies;

  @BeforeAll
  static void load() throws Exception {
    dir = Files.createTempDirectory("burdenshare-property");
    engine = new Engine(Store.open(dir, m -> {}).snapshot());
    allies = engine.figures().countries().allies().stream().map(Country::iso3).toList();
  }

  @AfterAll
  static void clean() throws Exception {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void aSplitOfTheAllianceAddsUpToTheWhole() {
    Tries.check(
        300,
        41,
        r ->
            aSplitAddsUp(
                upTo31(Tries.subset(r, allies)),
                2014 + r.nextInt(11),
                r.nextBoolean() ? "nato-2024-06" : "nato-2026-07"));
  }

  private static List<String> upTo31(List<String> subset) {
    return subset.subList(0, Math.min(31, subset.size()));
  }

  private static void aSplitAddsUp(List<String> subset, int year, String release) {
    List<String> a = subset;
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
