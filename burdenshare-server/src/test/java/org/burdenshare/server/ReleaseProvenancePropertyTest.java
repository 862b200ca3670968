package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.Release;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Every figure a page model or an API answer shows carries a release published on or before the
 * date asked about, or says that its release is later; no change is computed across two releases;
 * and the CSV of a table names, figure by figure, the releases its model names. Checked over the
 * pages × as-of dates × the years each page offers at that date (a seeded sample of them).
 */
class ReleaseProvenancePropertyTest {
  @AutoClose static final TestServer server = TestServer.start();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> PAGES =
      List.of(
          "/",
          "/guidelines",
          "/map",
          "/scenarios",
          "/targets",
          "/fairshare",
          "/compare?a=USA&b=NATO-USA",
          "/ally/DEU");
  private static final List<String> DATES =
      List.of("2019-11-28", "2023-07-10", "2024-07-01", "2025-09-01", "2026-12-07");
  private static final long SEED = 21;

  private final Figures data = server.store.snapshot();

  @Test
  void everyFigureOfEveryPageCarriesAReleaseOfTheDateOrSaysItIsLater() throws Exception {
    Random random = new Random(SEED);
    int checked = 0;
    for (String page : PAGES) {
      for (String date : DATES) {
        JsonNode first = model(page, date, null);
        List<Integer> years = new ArrayList<>();
        first.at("/form/years").forEach(y -> years.add(y.asInt()));
        List<Integer> sample = new ArrayList<>();
        if (years.isEmpty()) {
          sample.add(null); // a page without a year list
        } else {
          sample.add(years.get(0));
          sample.add(years.get(years.size() - 1));
          sample.add(years.get(random.nextInt(years.size())));
        }
        for (Integer year : sample) {
          JsonNode m = year == null ? first : model(page, date, year);
          String where = page + " as of " + date + (year == null ? "" : ", " + year);
          LocalDate asOf = LocalDate.parse(date);
          checkReleases(m, m, asOf, where);
          checkWords(m, asOf, where);
          checkTables(m, page, date, year, asOf, where);
          checkChanges(m, where);
          checkBreaks(m, where);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(PAGES.size() * DATES.size());
  }

  /** A pledge agreed after the date is not shown as made (Vilnius 2023-07-11, The Hague 2025). */
  @Test
  void pledgesAgreedAfterTheDateAreNotShownAsMade() throws Exception {
    JsonNode m = model("/targets", "2023-07-10", 2023);
    List<String> agreed = new ArrayList<>();
    for (JsonNode r : m.at("/lead/table/rows")) {
      agreed.add(r.get(1).asText());
    }
    assertThat(agreed).contains("Wales summit, 2014-09-05");
    assertThat(String.join("|", agreed)).doesNotContain("2023-07-11", "2025-06-25");
    assertThat(m.at("/notes").toString()).contains("Not shown: agreed after 2023-07-10");
  }

  /** The API's answers: a later release is said to be later, in the answer's own words. */
  @Test
  void everyApiAnswerNamesALaterReleaseAsLater() throws Exception {
    for (String date : DATES) {
      for (int year = 2014; year <= 2026; year++) {
        for (String q :
            List.of(
                "/api/v1/guideline?indicator=share_of_gdp&threshold=2&group=NATO&year=",
                "/api/v1/guideline?indicator=equipment_share&threshold=20&group=NATO&year=",
                "/api/v1/compare?a=USA&b=NATO-USA&indicator=defence_exp_current_usd&year=")) {
          HttpResponse<String> r = server.get(q + year + "&asOf=" + date);
          if (r.statusCode() != 200) {
            continue; // no release at all covers that year: an error, not a figure
          }
          JsonNode a = JSON.readTree(r.body());
          LocalDate published = LocalDate.parse(a.at("/release/published").asText());
          if (published.isAfter(LocalDate.parse(date))) {
            assertThat(a.at("/releaseChoice").asText())
                .as(q + year + " as of " + date)
                .contains("later release");
          }
          assertThat(a.at("/release/later").asBoolean(false))
              .as(q + year + " as of " + date + ": the release's own flag")
              .isEqualTo(published.isAfter(LocalDate.parse(date)));
          checkCells(a, LocalDate.parse(date), q + year + " as of " + date);
        }
      }
    }
  }

  /** Scenarios and fair share over the API take the date too, and flag what is later. */
  @Test
  void scenarioAndFairShareAnswersAsOfADateComeFromItsReleases() throws Exception {
    JsonNode scenario =
        JSON.readTree(server.get("/api/v1/scenario?asOf=2024-07-01&paths=50").body());
    assertThat(scenario.at("/release/id").asText()).isEqualTo("nato-2024-06");
    assertThat(scenario.at("/baseYear").asInt()).isEqualTo(2024);
    assertThat(scenario.toString()).doesNotContain("nato-2026-07");
    for (String date : DATES) {
      HttpResponse<String> r = server.get("/api/v1/fairshare?year=2023&asOf=" + date);
      assertThat(r.statusCode())
          .as("fair share 2023 as of " + date + ": " + r.body())
          .isEqualTo(200);
      checkCells(JSON.readTree(r.body()), LocalDate.parse(date), "fair share 2023 as of " + date);
    }
  }

  /**
   * Every object of an API answer that names a release by its id carries {@code later} exactly when
   * that release was published after the date.
   */
  private void checkCells(JsonNode answer, LocalDate asOf, String where) {
    int[] seen = {0};
    walk(
        answer,
        new ArrayList<>(),
        path -> {
          JsonNode n = path.get(path.size() - 1);
          JsonNode id = n.get("release");
          if (id == null || !id.isTextual() || !known(id.asText())) {
            return;
          }
          seen[0]++;
          boolean later = data.release(id.asText()).published().isAfter(asOf);
          assertThat(n.path("later").asBoolean(false))
              .as(where + ": cell " + n + " flag")
              .isEqualTo(later);
        });
    assertThat(seen[0]).as(where + ": cells naming their release").isPositive();
  }

  private JsonNode model(String page, String date, Integer year) throws Exception {
    String q =
        page
            + (page.contains("?") ? "&" : "?")
            + "format=json&asOf="
            + date
            + (year == null ? "" : "&year=" + year);
    HttpResponse<String> r = server.get(q);
    assertThat(r.statusCode()).as(q + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  /**
   * Every release named with its publication date (a release, a note, a figure's source) is of the
   * date, or is marked later (its own {@code later} flag, or one of the objects holding it).
   */
  private void checkReleases(JsonNode root, JsonNode node, LocalDate asOf, String where) {
    walk(
        node,
        new ArrayList<>(),
        (path) -> {
          JsonNode n = path.get(path.size() - 1);
          JsonNode published = n.get("published");
          String id = releaseId(n);
          if (published == null || !published.isTextual() || id == null) {
            return;
          }
          if (!LocalDate.parse(published.asText()).isAfter(asOf)) {
            return;
          }
          boolean flagged = path.stream().anyMatch(p -> p.path("later").asBoolean(false));
          assertThat(flagged)
              .as(where + ": release " + id + " (published " + published.asText() + ") unflagged")
              .isTrue();
        });
  }

  /**
   * Every sentence that names a release published after the date says so itself ("after the date
   * you chose", "later release"), or sits in an object flagged later; a bare release id is a table
   * cell, checked with its table.
   */
  private void checkWords(JsonNode node, LocalDate asOf, String where) {
    walk(
        node,
        new ArrayList<>(),
        path -> {
          JsonNode n = path.get(path.size() - 1);
          boolean flagged = path.stream().anyMatch(p -> p.path("later").asBoolean(false));
          n.properties()
              .forEach(
                  e -> {
                    List<String> texts = new ArrayList<>();
                    if (e.getValue().isTextual()) {
                      texts.add(e.getValue().asText());
                    } else if (e.getValue().isArray()) {
                      e.getValue().forEach(x -> texts.add(x.isTextual() ? x.asText() : ""));
                    }
                    for (String t : texts) {
                      for (Release r : data.releases()) {
                        if (r.published().isAfter(asOf)
                            && t.contains(r.id())
                            && !t.equals(r.id())
                            && !flagged) {
                          assertThat(t)
                              .as(
                                  where
                                      + ": words naming "
                                      + r.id()
                                      + " without saying it is later")
                              .containsAnyOf("after the date you chose", "later release");
                        }
                      }
                    }
                  });
        });
  }

  /** The id of a release named by this object, if it names one. */
  private String releaseId(JsonNode n) {
    for (String field : List.of("id", "release")) {
      JsonNode v = n.get(field);
      if (v != null && v.isTextual() && known(v.asText())) {
        return v.asText();
      }
    }
    return null;
  }

  private boolean known(String id) {
    return data.releases().stream().anyMatch(r -> r.id().equals(id));
  }

  /**
   * A table's release column: each row's release is of the date or the model says, somewhere, that
   * it was published after the date; and the CSV names the same release for each row.
   */
  private void checkTables(
      JsonNode m, String page, String date, Integer year, LocalDate asOf, String where)
      throws Exception {
    String text = m.toString();
    List<JsonNode> tables = new ArrayList<>();
    walk(
        m,
        new ArrayList<>(),
        path -> {
          JsonNode n = path.get(path.size() - 1);
          if (n.has("columns") && n.has("rows") && n.has("file")) {
            tables.add(n);
          }
        });
    for (JsonNode t : tables) {
      List<String> columns = new ArrayList<>();
      t.get("columns").forEach(c -> columns.add(c.asText()));
      List<Integer> releaseColumns = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).equals("Release") || columns.get(i).endsWith(" release")) {
          releaseColumns.add(i);
        }
      }
      String csv = csv(page, date, year, t.get("id").asText());
      List<List<String>> csvLines = parse(csv);
      List<String> header = csvLines.get(0);
      int row = 0;
      for (JsonNode r : t.get("rows")) {
        row++;
        List<String> csvCells = csvLines.get(row);
        for (int c : releaseColumns) {
          String id = r.get(c).asText();
          if (id.isEmpty()) {
            continue;
          }
          // a revisions table says which releases are partial beside their id
          String bare = id.replace(" (partial)", "");
          Release release = data.release(bare);
          if (release.published().isAfter(asOf)) {
            assertThat(text)
                .as(
                    where
                        + ": table "
                        + t.get("id")
                        + " uses "
                        + id
                        + " without saying it is later")
                .containsPattern(
                    java.util.regex.Pattern.quote(id)
                        + "[^\"]*after the date you chose|\"id\":\""
                        + java.util.regex.Pattern.quote(id)
                        + "\",\"later\":true");
          }
          int at = header.indexOf(columns.get(c));
          assertThat(csvCells.get(at))
              .as(where + ": CSV of " + t.get("id") + " row " + row + " names another release")
              .isEqualTo(id);
        }
        if (releaseColumns.isEmpty() && t.hasNonNull("release")) {
          assertThat(csvCells.get(header.indexOf("Release")))
              .as(where + ": CSV of " + t.get("id"))
              .isEqualTo(t.get("release").asText());
        }
      }
    }
  }

  /** Every change the model shows is computed within one release that holds both years. */
  private void checkChanges(JsonNode m, String where) {
    String constant = Indicators.DEFENCE_EXP_CONSTANT_USD;
    JsonNode change = null;
    for (JsonNode s : m.at("/headline/stats")) {
      if (s.path("id").asText().equals("othersRealChange")) {
        change = s;
      }
    }
    if (change != null) {
      int year = m.at("/headline/year").asInt();
      String id = change.at("/source/release").asText();
      assertThat(data.covers(id, constant, year) && data.covers(id, constant, year - 1))
          .as(where + ": the real change of " + year + " from " + id)
          .isTrue();
    }
    for (JsonNode r : m.at("/realChanges/table/table/rows")) {
      int year = r.get(0).asInt();
      String id = r.get(2).asText();
      assertThat(data.covers(id, constant, year) && data.covers(id, constant, year - 1))
          .as(where + ": Europe and Canada's real change of " + year + " from " + id)
          .isTrue();
    }
  }

  /**
   * A chart whose table gives each year's release draws a break at every year where the release
   * changes from the year before: a series that joins releases never looks like one.
   */
  private void checkBreaks(JsonNode m, String where) throws Exception {
    List<JsonNode> sections = new ArrayList<>();
    walk(
        m,
        new ArrayList<>(),
        path -> {
          JsonNode n = path.get(path.size() - 1);
          if (n.path("chart").has("json") && n.path("table").has("table")) {
            sections.add(n);
          }
        });
    for (JsonNode section : sections) {
      JsonNode table = section.at("/table/table");
      List<String> columns = new ArrayList<>();
      table.path("columns").forEach(c -> columns.add(c.asText()));
      int year = columns.indexOf("Year");
      int release = columns.indexOf("Release");
      if (year < 0 || release < 0) {
        continue;
      }
      List<String> expected = new ArrayList<>();
      String previous = null;
      for (JsonNode r : table.path("rows")) {
        String id = r.get(release).asText();
        if (previous != null && !id.isEmpty() && !previous.equals(id)) {
          expected.add(r.get(year).asText());
        }
        previous = id.isEmpty() ? previous : id;
      }
      JsonNode spec = JSON.readTree(section.at("/chart/json").asText());
      List<String> drawn = new ArrayList<>();
      spec.path("breaks").forEach(b -> drawn.add(b.asText()));
      assertThat(drawn)
          .as(where + ": breaks of " + section.path("id").asText())
          .containsAll(expected);
    }
  }

  private String csv(String page, String date, Integer year, String table) throws Exception {
    String q =
        page
            + (page.contains("?") ? "&" : "?")
            + "format=csv&table="
            + URLEncoder.encode(table, StandardCharsets.UTF_8)
            + "&asOf="
            + date
            + (year == null ? "" : "&year=" + year);
    HttpResponse<String> r = server.get(q);
    assertThat(r.statusCode()).as(q).isEqualTo(200);
    return r.body();
  }

  /** RFC 4180 CSV: quoted cells may hold commas, quotes (doubled) and line breaks. */
  static List<List<String>> parse(String csv) {
    List<List<String>> out = new ArrayList<>();
    List<String> line = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char ch = csv.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        line.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n') {
        line.add(cell.toString());
        cell.setLength(0);
        out.add(line);
        line = new ArrayList<>();
      } else if (ch != '\r') {
        cell.append(ch);
      }
    }
    if (cell.length() > 0 || !line.isEmpty()) {
      line.add(cell.toString());
      out.add(line);
    }
    return out;
  }

  private static void walk(JsonNode n, List<JsonNode> path, Consumer<List<JsonNode>> visit) {
    path.add(n);
    if (n.isObject()) {
      visit.accept(path);
      n.properties().forEach(e -> walk(e.getValue(), path, visit));
    } else if (n.isArray()) {
      n.forEach(x -> walk(x, path, visit));
    }
    path.remove(path.size() - 1);
  }
}
