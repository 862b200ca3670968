package org.burdenshare.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.burdenshare.core.claims.CheckReport;
import org.burdenshare.core.claims.ClaimChecker;
import org.burdenshare.core.claims.SentenceCheck;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.render.Json;

/**
 * {@code check --corpus}: every article of a folder of text files or of a JSONL file of {@code
 * {"id", "date", "text"}} checked on all cores, one JSON line per claim with the article's id,
 * appended to an output file so that a run that stopped resumes where it stopped.
 */
final class CorpusRun {
  /** One article of a corpus. */
  record Article(String id, LocalDate date, String text) {}

  private static final ObjectMapper JSON = Json.COMPACT;

  private CorpusRun() {}

  /** Reads and checks the whole corpus first: a broken line stops the run before any output. */
  static List<Article> read(Path corpus, LocalDate asOf) {
    if (Files.isDirectory(corpus)) {
      List<Article> out = new ArrayList<>();
      try (Stream<Path> files = Files.list(corpus)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String name = f.getFileName().toString();
          out.add(new Article(name.substring(0, name.length() - 4), asOf, CheckCommand.read(f)));
        }
      } catch (IOException e) {
        throw new InvalidQueryException("Cannot read the folder " + corpus + ": " + e.getMessage());
      }
      if (out.isEmpty()) {
        throw new InvalidQueryException(
            corpus + " holds no .txt files: expected a folder of articles as text files.");
      }
      return out;
    }
    if (!Files.isRegularFile(corpus)) {
      throw new InvalidQueryException(
          "Cannot read " + corpus + ": expected a folder of .txt files or a .jsonl file.");
    }
    List<Article> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int n = 0;
    List<String> all;
    try {
      // strict UTF-8, line by line: a corpus may be far larger than one article
      all = Files.readAllLines(corpus, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new InvalidQueryException(corpus + " is not UTF-8 text: expected JSON lines.");
    } catch (IOException e) {
      throw new InvalidQueryException("Cannot read " + corpus + ": " + e.getMessage());
    }
    for (String line : all) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      String where = corpus + ", line " + n + ": ";
      JsonNode j;
      try {
        j = JSON.readTree(line);
      } catch (IOException e) {
        throw new InvalidQueryException(
            where + "expected a JSON object {\"id\", \"date\", \"text\"}, found unreadable JSON.");
      }
      if (!j.isObject() || !j.path("id").isTextual() || !j.path("text").isTextual()) {
        throw new InvalidQueryException(
            where + "expected a JSON object with a string \"id\" and a string \"text\".");
      }
      String id = j.get("id").asText();
      if (!ids.add(id)) {
        throw new InvalidQueryException(where + "the id '" + id + "' was given before.");
      }
      LocalDate date = asOf;
      if (j.hasNonNull("date")) {
        try {
          date = LocalDate.parse(j.get("date").asText());
        } catch (DateTimeParseException e) {
          throw new InvalidQueryException(
              where + "expected \"date\" as YYYY-MM-DD, found '" + j.get("date").asText() + "'.");
        }
      }
      out.add(new Article(id, date, j.get("text").asText()));
    }
    if (out.isEmpty()) {
      throw new InvalidQueryException(corpus + " holds no articles.");
    }
    return out;
  }

  /** The ids already written to an output file by an earlier run. */
  static Set<String> done(Path out) {
    Set<String> ids = new HashSet<>();
    if (out == null || !Files.exists(out)) {
      return ids;
    }
    try (Stream<String> lines = Files.lines(out, StandardCharsets.UTF_8)) {
      lines.forEach(
          l -> {
            try {
              JsonNode j = JSON.readTree(l);
              if (j != null && j.path("article").isTextual()) {
                ids.add(j.get("article").asText());
              }
            } catch (IOException e) {
              // a line cut short when the run stopped: its article is checked again
            }
          });
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InvalidQueryException("Cannot read " + out + " to resume: " + e.getMessage());
    }
    return ids;
  }

  /** Checks the articles not yet done on all cores; returns how many were checked. */
  static int run(
      List<Article> articles,
      ClaimChecker checker,
      Path outFile,
      PrintWriter stdout,
      PrintWriter progress) {
    Set<String> done = done(outFile);
    List<Article> todo = articles.stream().filter(a -> !done.contains(a.id())).toList();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    long start = System.nanoTime();
    AtomicInteger checked = new AtomicInteger();
    AtomicInteger claims = new AtomicInteger();
    List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    progress.printf(
        Locale.ROOT,
        "Checking %d articles on %d cores%s…%n",
        todo.size(),
        threads,
        done.isEmpty() ? "" : " (" + done.size() + " done before, skipped)");
    progress.flush();
    try (Writer w = writer(outFile, stdout)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (Article a : todo) {
          futures.add(
              pool.submit(
                  () -> {
                    String lines;
                    try {
                      lines = lines(a, checker.text(a.text(), a.date(), LocalDate.now()));
                    } catch (InvalidQueryException e) {
                      failures.add(a.id() + ": " + e.getMessage());
                      lines = "";
                    }
                    synchronized (w) {
                      w.write(lines);
                      w.flush();
                    }
                    claims.addAndGet((int) lines.chars().filter(c -> c == '\n').count());
                    int n = checked.incrementAndGet();
                    if (n % 100 == 0 || n == todo.size()) {
                      double seconds = (System.nanoTime() - start) / 1e9;
                      synchronized (progress) {
                        progress.printf(
                            Locale.ROOT,
                            "\r%d/%d articles, %d claims, %.0f articles/s",
                            n,
                            todo.size(),
                            claims.get(),
                            n / Math.max(seconds, 1e-9));
                        progress.flush();
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
    } catch (IOException e) {
      throw new InvalidQueryException("Cannot write " + outFile + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InvalidQueryException("The run was interrupted; run it again to resume.");
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    progress.printf(
        Locale.ROOT,
        "%nChecked %d articles (%d claims) in %.1f s: %.0f articles/s on %d cores.%n",
        checked.get(),
        claims.get(),
        seconds,
        checked.get() / Math.max(seconds, 1e-9),
        threads);
    failures.forEach(f -> progress.println("Not checked: " + f));
    progress.flush();
    return checked.get();
  }

  private static Writer writer(Path outFile, PrintWriter stdout) throws IOException {
    if (outFile == null) {
      return new java.io.FilterWriter(stdout) {
        @Override
        public void close() throws IOException {
          flush(); // standard output stays open
        }
      };
    }
    if (Files.exists(outFile) && Files.size(outFile) > 0) {
      // a line cut short by a stop must not swallow the next one
      byte[] all = Files.readAllBytes(outFile);
      if (all[all.length - 1] != '\n') {
        Files.writeString(outFile, "\n", StandardOpenOption.APPEND);
      }
    }
    return Files.newBufferedWriter(
        outFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** One JSON line per checked sentence, with the article's id. */
  private static String lines(Article a, CheckReport report) throws IOException {
    StringBuilder b = new StringBuilder();
    // the article's id and date, then the check's own fields: written straight after them rather
    // than copied into a tree of nodes first (a fifth of a corpus run went to that copy)
    String head =
        "{\"article\":"
            + JSON.writeValueAsString(a.id())
            + ",\"date\":"
            + JSON.writeValueAsString(report.date().toString());
    for (SentenceCheck c : report.claims()) {
      String check = JSON.writeValueAsString(c);
      b.append(head).append(check.length() > 2 ? "," + check.substring(1) : "}").append('\n');
    }
    if (report.claims().isEmpty()) {
      // an article without checkable claims is done too: one line says so
      ObjectNode line = JSON.createObjectNode();
      line.put("article", a.id());
      line.put("date", report.date().toString());
      line.putNull("verdict");
      line.put("reason", report.message());
      b.append(JSON.writeValueAsString(line)).append('\n');
    }
    return b.toString();
  }
}
