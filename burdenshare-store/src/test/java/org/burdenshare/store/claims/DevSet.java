package org.burdenshare.store.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The claims development set ({@code ../shared/claims/dev.tsv}) and its score: a verdict is right
 * when it is among the row's acceptable verdicts; a row is decisive when "unverifiable" is not
 * acceptable, so that it must be read and judged.
 */
public final class DevSet {
  /** One row: a real sentence, the date it was written, and the verdicts a fact-checker accepts. */
  public record Row(
      String id,
      LocalDate date,
      String lang,
      String kind,
      String sentence,
      String expected,
      List<String> acceptable,
      String notes,
      String url) {
    public boolean decisive() {
      return !acceptable.contains("unverifiable");
    }

    /**
     * The half of the set the row falls in, "A" or "B", by a stable hash of its article's address:
     * every sentence of an article is in the same half, so that rules written from the misses of
     * one half are measured on articles they were not written from.
     */
    public String half() {
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(url.getBytes(StandardCharsets.UTF_8));
      return crc.getValue() % 2 == 0 ? "A" : "B";
    }
  }

  private DevSet() {}

  public static List<Row> read(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String date = f[header.indexOf("claim_date")];
      rows.add(
          new Row(
              f[header.indexOf("id")],
              date.length() == 7 ? YearMonth.parse(date).atEndOfMonth() : LocalDate.parse(date),
              f[header.indexOf("lang")],
              f[header.indexOf("kind")],
              f[header.indexOf("sentence")],
              f[header.indexOf("expected_verdict")],
              List.of(f[header.indexOf("acceptable_verdicts")].split(",")),
              f[header.indexOf("notes")],
              f[header.indexOf("url")]));
    }
    return rows;
  }

  /** What the reader answered for one row, with its readings for the list of misses. */
  public record Answer(String verdict, String explanation) {}

  /** Scores per language, per kind, on all and on decisive rows, against answering unverifiable. */
  public record Score(
      Map<String, int[]> byLanguage,
      Map<String, int[]> byKind,
      Map<String, int[]> decisiveByLanguage,
      Map<String, int[]> baselineByLanguage,
      List<String> misses) {

    /** Right / total for a language (or "all"). */
    public double share(String lang) {
      int[] c = byLanguage.get(lang);
      return c == null || c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    public double decisiveShare(String lang) {
      int[] c = decisiveByLanguage.get(lang);
      return c == null || c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    public String report() {
      return report(true);
    }

    /** The table, and the list of misses when {@code withMisses}. */
    public String report(boolean withMisses) {
      StringBuilder b = new StringBuilder();
      b.append(
          String.format(
              Locale.ROOT,
              "%-6s %14s %14s %18s%n",
              "lang",
              "all rows",
              "decisive rows",
              "all unverifiable"));
      for (String lang : byLanguage.keySet()) {
        b.append(
            String.format(
                Locale.ROOT,
                "%-6s %14s %14s %18s%n",
                lang,
                frac(byLanguage.get(lang)),
                frac(decisiveByLanguage.getOrDefault(lang, new int[2])),
                frac(baselineByLanguage.get(lang))));
      }
      b.append(String.format(Locale.ROOT, "%nby kind (all languages)%n"));
      byKind.forEach((k, c) -> b.append(String.format(Locale.ROOT, "%-16s %14s%n", k, frac(c))));
      b.append(String.format(Locale.ROOT, "%nmisses (%d)%n", misses.size()));
      if (withMisses) {
        misses.forEach(m -> b.append(m).append('\n'));
      }
      return b.toString();
    }

    private static String frac(int[] c) {
      return c[1] == 0
          ? "-"
          : String.format(Locale.ROOT, "%d/%d %3.0f%%", c[0], c[1], 100.0 * c[0] / c[1]);
    }
  }

  public static Score score(List<Row> rows, BiFunction<Row, Integer, Answer> reader) {
    Map<String, int[]> lang = new TreeMap<>();
    Map<String, int[]> kind = new TreeMap<>();
    Map<String, int[]> decisive = new TreeMap<>();
    Map<String, int[]> baseline = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    int i = 0;
    for (Row r : rows) {
      Answer a = reader.apply(r, i++);
      boolean right = r.acceptable().contains(a.verdict());
      for (String key : List.of(r.lang(), "all")) {
        add(lang, key, right);
        add(baseline, key, r.acceptable().contains("unverifiable"));
        if (r.decisive()) {
          add(decisive, key, right);
        }
      }
      add(kind, r.kind(), right);
      if (!right) {
        misses.add(
            r.id()
                + " ["
                + r.lang()
                + ", "
                + r.kind()
                + ", "
                + r.date()
                + "] got "
                + a.verdict()
                + ", accepts "
                + String.join("|", r.acceptable())
                + ": "
                + r.sentence()
                + "\n    "
                + a.explanation());
      }
    }
    return new Score(ordered(lang), kind, ordered(decisive), ordered(baseline), misses);
  }

  private static void add(Map<String, int[]> m, String key, boolean right) {
    int[] c = m.computeIfAbsent(key, k -> new int[2]);
    c[0] += right ? 1 : 0;
    c[1]++;
  }

  /** English first, then the others, "all" last. */
  private static Map<String, int[]> ordered(Map<String, int[]> m) {
    Map<String, int[]> out = new LinkedHashMap<>();
    if (m.containsKey("en")) {
      out.put("en", m.get("en"));
    }
    m.forEach(
        (k, v) -> {
          if (!k.equals("en") && !k.equals("all")) {
            out.put(k, v);
          }
        });
    if (m.containsKey("all")) {
      out.put("all", m.get("all"));
    }
    return out;
  }
}
