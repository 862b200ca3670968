package org.burdenshare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.burdenshare.core.Engine;
import org.burdenshare.core.Tries;
import org.burdenshare.core.fairshare.FairShare;
import org.burdenshare.core.fairshare.FairShareEngine;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.scenarios.Scenario;
import org.burdenshare.core.scenarios.ScenarioEngine;
import org.burdenshare.core.scenarios.ScenarioSpec;
import org.burdenshare.core.targets.Target;
import org.burdenshare.core.targets.TargetEngine;
import org.burdenshare.core.targets.TargetStatus;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.correlation.KendallsCorrelation;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

/**
 * On the bundled figures: rank correlations and p-values against Apache Commons Math for every
 * year, the scenario invariants, and targets.
 */
class FairShareAndScenarioTest {
  private static Engine engine;

  /**
   * One store for every test of this class, made by whichever runs first; deleted when the JVM
   * exits.
   */
  static synchronized Engine engine() throws Exception {
    if (engine == null) {
      Path dir = Files.createTempDirectory("burdenshare-fairshare");
      engine = new Engine(Store.open(dir, m -> {}).snapshot());
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try (var files = Files.walk(dir)) {
                      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                      }
                    } catch (java.io.IOException e) {
                      // a temporary directory left behind is harmless
                    }
                  }));
    }
    return engine;
  }

  @Test
  void rankCorrelationsAgreeWithHipparchusForEveryYearOfEveryRelease() throws Exception {
    int checked = 0;
    for (String release : List.of("nato-2019-06", "nato-2024-06", "nato-2026-07")) {
      for (int year : engine().figures().years(release, "share_of_gdp")) {
        FairShare f =
            new FairShareEngine(engine()).year(year, "NATO", ReleaseChoice.named(release));
        double[] gdp = f.allies().stream().mapToDouble(FairShare.AllyShare::gdp).toArray();
        double[] share = f.allies().stream().mapToDouble(FairShare.AllyShare::shareOfGdp).toArray();
        int n = gdp.length;
        double rho = new SpearmansCorrelation().correlation(gdp, share);
        double tau = new KendallsCorrelation().correlation(gdp, share);
        assertThat(f.spearman().coefficient())
            .as(release + " " + year)
            .isCloseTo(rho, within(1e-12));
        assertThat(f.kendall().coefficient())
            .as(release + " " + year)
            .isCloseTo(tau, within(1e-12));
        double t = Math.abs(rho) * Math.sqrt((n - 2) / (1 - rho * rho));
        double p = 2 * (1 - new TDistribution(n - 2).cumulativeProbability(t));
        assertThat(f.spearman().pValue()).as(release + " " + year).isCloseTo(p, within(1e-6));
        // Kendall: normal approximation; with no ties in GDP the variance is n(n-1)(2n+5)/18
        // less the tie term of the shares, computed here independently.
        double z = kendallZ(gdp, share);
        double pk = 2 * (1 - new NormalDistribution().cumulativeProbability(Math.abs(z)));
        assertThat(f.kendall().pValue()).as(release + " " + year).isCloseTo(pk, within(1e-6));
        assertThat(f.allies().stream().mapToDouble(FairShare.AllyShare::spendingShare).sum())
            .isCloseTo(100, within(1e-9));
        assertThat(f.herfindahl()).isBetween(f.usShare() * f.usShare(), 10_000.0);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(8 + 11 + 13);
  }

  private static double kendallZ(double[] x, double[] y) {
    int n = x.length;
    long s = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        s += (long) Math.signum(x[i] - x[j]) * (long) Math.signum(y[i] - y[j]);
      }
    }
    java.util.Map<Double, Integer> ties = new java.util.HashMap<>();
    for (double v : y) {
      ties.merge(v, 1, Integer::sum);
    }
    double tieTerm = 0;
    for (int t : ties.values()) {
      tieTerm += t * (t - 1.0) * (2 * t + 5);
    }
    double var = (n * (n - 1.0) * (2 * n + 5) - tieTerm) / 18;
    return s / Math.sqrt(var);
  }

  @Test
  void theUsShareAndConcentrationIn2019() throws Exception {
    FairShare f =
        new FairShareEngine(engine()).year(2019, "NATO", ReleaseChoice.named("nato-2019-06"));
    assertThat(f.usShare())
        .isCloseTo(730_149.0 / (730_149.0 + 305_927.568576819) * 100, within(1e-6));
    assertThat(f.allies()).hasSize(28);
  }

  private static ScenarioSpec spec(double target) {
    return new ScenarioSpec(
        target,
        2035,
        ScenarioSpec.PathShape.LINEAR,
        ScenarioSpec.GdpAssumption.STOCHASTIC,
        0.015,
        0.02,
        null,
        null,
        "NATO",
        400,
        7,
        5,
        ScenarioSpec.DEFAULT_DAMPING);
  }

  /** A higher target never costs less, and is never more likely to be reached. */
  @Test
  void aHigherTargetNeverCostsLessNorIsMoreLikely() {
    Tries.check(
        25,
        51,
        r -> {
          try {
            aHigherTargetNeverCostsLess(1 + 5 * r.nextDouble(), 2 * r.nextDouble());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private void aHigherTargetNeverCostsLess(double low, double step) throws Exception {
    Scenario a = new ScenarioEngine(engine()).run(spec(low));
    Scenario b = new ScenarioEngine(engine()).run(spec(low + step));
    List<String> broken = new ArrayList<>();
    for (int i = 0; i < a.allies().size(); i++) {
      Scenario.AllyPath x = a.allies().get(i);
      Scenario.AllyPath y = b.allies().get(i);
      if (y.cumulativeExtraCurrent() < x.cumulativeExtraCurrent() - 1e-6) {
        broken.add(x.country() + " costs less");
      }
      if (y.probability() > x.probability()) {
        broken.add(x.country() + " more likely");
      }
    }
    assertThat(broken).isEmpty();
    assertThat(b.group().get(b.group().size() - 1).cumulativeExtraCurrent())
        .isGreaterThanOrEqualTo(
            a.group().get(a.group().size() - 1).cumulativeExtraCurrent() - 1e-6);
  }

  @Test
  void walesTwoPercentIn2024OnTheTwoReleases() throws Exception {
    Target wales =
        org.burdenshare.store.ReferenceData.targets().stream()
            .filter(t -> t.id().equals("wales-2014-gdp"))
            .findFirst()
            .orElseThrow();
    TargetEngine targets = new TargetEngine(engine());
    assertThat(targets.status(wales, 2024, "NATO", ReleaseChoice.named("nato-2024-06")).count())
        .isEqualTo(23);
    TargetStatus later = targets.status(wales, 2024, "NATO", ReleaseChoice.named("nato-2026-07"));
    assertThat(later.count()).isEqualTo(17);
    TargetStatus.AllyStatus poland =
        later.status().stream().filter(s -> s.country().equals("POL")).findFirst().orElseThrow();
    // 2026 edition: Poland 1.96 % in 2019, 2 % or more from 2020.
    assertThat(poland.since()).isEqualTo(2020);
    assertThat(poland.yearsInRow()).isEqualTo(5);
    TargetStatus related =
        targets.status(
            org.burdenshare.store.ReferenceData.targets().stream()
                .filter(t -> t.id().equals("hague-2025-related"))
                .findFirst()
                .orElseThrow(),
            2026,
            "NATO",
            ReleaseChoice.latest());
    assertThat(related.measurable()).isFalse();
  }
}
