package org.burdenshare.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.burdenshare.core.Engine;
import org.burdenshare.core.claims.CheckReport;
import org.burdenshare.core.claims.ClaimChecker;
import org.burdenshare.core.claims.ClaimReader;
import org.burdenshare.core.claims.Reading;
import org.burdenshare.store.Languages;
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
 * Checking a 1,000-word news article end to end (split, pick, read, judge), against a baseline in
 * the same run that only splits and reads it (no figures looked up).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClaimBenchmark {
  private static final String PARAGRAPH =
      "NATO leaders must have a deep discussion about the future of the alliance, the French"
          + " president said on Thursday. The U.S. spends more on defense than all other 28 allies"
          + " combined. Only nine of NATO's 29 members meet the 2 % target. Germany spent 1.38 % of"
          + " GDP on defence in 2019. The US accounts for about 70 % of NATO defence spending."
          + " Poland spends the most relative to GDP. European allies and Canada increased"
          + " spending by 4.6 % in real terms. Despite the in-fighting, the secretary general"
          + " played down the divisions and insisted that the alliance was as relevant as it has"
          + " ever been. In uncertain times we need strong multinational institutions, he said,"
          + " and North America and Europe are doing more together than they have for decades.\n\n";

  private Path dir;
  private ClaimChecker checker;
  private ClaimReader reader;
  private String article;
  private String manyNumbers;
  private String noSpaces;
  private int words;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    dir = Files.createTempDirectory("burdenshare-bench-claims");
    Engine engine = new Engine(Store.open(dir, m -> {}).snapshot());
    reader = Languages.reader("en");
    // as a user runs it: each sentence's language detected
    checker = new ClaimChecker(engine, Languages.readers());
    StringBuilder b = new StringBuilder("WASHINGTON, Nov. 28, 2019.\n\n");
    while (b.toString().split("\\s+").length < 1000) {
      b.append(PARAGRAPH);
    }
    article = b.toString();
    words = article.split("\\s+").length;
    // texts no one writes, that once made the reader relate every number to every other
    manyNumbers = "9 ".repeat(10_000) + "percent";
    noSpaces = "a9%".repeat(66_000);
    if (words < 1000 || words > 1100) {
      throw new IllegalStateException("article of " + words + " words");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    try (var files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  /** Split, detect, pick, read and judge every sentence of a 1,000-word article. */
  @Benchmark
  public CheckReport checkArticle() {
    return checker.text(article, null, LocalDate.of(2026, 11, 28));
  }

  /** A 20 KB text of 10,000 numbers: time linear in the text, like an article's. */
  @Benchmark
  public CheckReport checkTenThousandNumbers() {
    return checker.text(manyNumbers, null, LocalDate.of(2026, 11, 28));
  }

  /** A 198,000-character text without a space. */
  @Benchmark
  public CheckReport checkTextWithoutSpaces() {
    return checker.text(noSpaces, null, LocalDate.of(2026, 11, 28));
  }

  /** Detecting the language of each sentence of the article, alone. */
  @Benchmark
  public int detectOnly() {
    int n = 0;
    for (String s : reader.sentences(article)) {
      n += Languages.readers().detector().detect(s).code().length();
    }
    return n;
  }

  /** Baseline: split and read the same article, judging nothing. */
  @Benchmark
  public List<Optional<Reading>> baselineReadOnly() {
    List<Optional<Reading>> out = new ArrayList<>();
    LocalDate date = LocalDate.of(2019, 11, 28);
    for (String s : reader.sentences(article)) {
      out.add(reader.read(s, date));
    }
    return out;
  }
}
