package org.burdenshare.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.burdenshare.core.Engine;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.Group;
import org.burdenshare.core.measures.Comparison;
import org.burdenshare.core.measures.SeriesTable;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.store.Store;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The query path from the in-memory snapshot, against two baselines measured in the same run: the
 * same compare by a linear scan of all observations (what the snapshot's index saves), and by SQL
 * on the DuckDB database (what answering from the snapshot instead of the store saves).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueryBenchmark {
  private static final ReleaseChoice CLAIM_DATE = ReleaseChoice.asOf(LocalDate.of(2019, 11, 28));

  private Path dir;
  private Engine engine;
  private List<Observation> all;
  private Connection duckdb;
  private PreparedStatement sqlCompare;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    dir = Files.createTempDirectory("burdenshare-bench");
    Store store = Store.open(dir, m -> {});
    engine = new Engine(store.snapshot());
    all = new ArrayList<>();
    for (var r : engine.figures().releases()) {
      for (int y = 2010; y <= 2026; y++) {
        for (var i : org.burdenshare.core.indicators.Indicators.all()) {
          all.addAll(engine.figures().figures(r.id(), i.id(), y).values());
        }
      }
    }
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    duckdb = DriverManager.getConnection("jdbc:duckdb:" + store.databaseFile(), p);
    sqlCompare =
        duckdb.prepareStatement(
            "SELECT sum(value) FILTER (WHERE country_iso3 = 'USA'),"
                + " sum(value) FILTER (WHERE country_iso3 <> 'USA')"
                + " FROM observations o JOIN countries c ON c.iso3 = o.country_iso3"
                + " WHERE release_id = 'nato-2019-06' AND indicator = 'defence_exp_current_usd'"
                + " AND year = 2019 AND year(c.nato_accession) <= 2019");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    sqlCompare.close();
    duckdb.close();
    try (var files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  /** One indicator for all allies and all years (NATO's 2026 edition: 32 allies × 13 years). */
  @Benchmark
  public SeriesTable tableAllAlliesAllYears() {
    return engine.table("defence_exp_current_usd", "NATO", 2014, 2026, ReleaseChoice.latest());
  }

  /** USA against all other allies, 2019, as of the claim date. */
  @Benchmark
  public Comparison compareUsaAgainstTheRest() {
    return engine.compare("USA", "NATO-USA", "defence_exp_current_usd", 2019, CLAIM_DATE);
  }

  /** Baseline: the same two totals by scanning every observation, with the same membership. */
  @Benchmark
  public double[] baselineCompareByLinearScan() {
    Group others = engine.group("NATO-USA", 2019);
    double usa = 0;
    double rest = 0;
    for (Observation o : all) {
      if (o.release().equals("nato-2019-06")
          && o.indicator().equals("defence_exp_current_usd")
          && o.year() == 2019) {
        if (o.country().equals("USA")) {
          usa += o.value();
        } else if (others.members().contains(o.country())) {
          rest += o.value();
        }
      }
    }
    return new double[] {usa, rest};
  }

  /** Baseline: the same two totals by SQL on the DuckDB database. */
  @Benchmark
  public double[] baselineCompareBySql() throws SQLException {
    try (ResultSet rs = sqlCompare.executeQuery()) {
      rs.next();
      return new double[] {rs.getDouble(1), rs.getDouble(2)};
    }
  }
}
