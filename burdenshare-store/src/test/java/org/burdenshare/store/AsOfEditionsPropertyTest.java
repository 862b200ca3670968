package org.burdenshare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.indicators.Indicator;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.Edition;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.Selection;
import org.burdenshare.store.formats.CsvRows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every day from 2019-01-01 to 2026-12-31 and every indicator, on the bundled releases: the
 * release chosen as of that day was published on or before it whenever one such release holds the
 * question's figures, and the editions named as not in the database are exactly the catalogue's
 * editions without bundled figures (its {@code bundled_as} column, read here from the file itself)
 * published after the chosen release and by the day.
 */
class AsOfEditionsPropertyTest {
  @TempDir static Path dir;
  static Figures data;
  static List<CsvRows.Row> catalogue;

  @BeforeAll
  static void load() {
    data = Store.open(dir, m -> {}).snapshot();
    catalogue =
        CsvRows.read(
            Resources.bytes(EditionCatalogue.FILE), EditionCatalogue.FILE, Supplements.EDITIONS);
  }

  /** Catalogue editions without bundled figures, published in (after, until]. */
  private static List<LocalDate> unbundled(LocalDate after, LocalDate until) {
    List<LocalDate> out = new ArrayList<>();
    for (CsvRows.Row r : catalogue) {
      if (r.get("published").isEmpty() || !r.get("bundled_as").isEmpty()) {
        continue;
      }
      LocalDate p = LocalDate.parse(r.get("published"));
      if ((after == null || p.isAfter(after)) && !p.isAfter(until)) {
        out.add(p);
      }
    }
    out.sort(null);
    return out;
  }

  /** Whether a release holds the indicator in a year for every ally of that year with figures. */
  private static boolean holds(Release r, List<Release> dataset, String indicator, int year) {
    Set<String> everPublished = new HashSet<>();
    for (Release x : dataset) {
      for (int y : data.years(x.id(), indicator)) {
        everPublished.addAll(data.figures(x.id(), indicator, y).keySet());
      }
    }
    Set<String> needed = new TreeSet<>(data.groups().resolve("NATO", year).members());
    needed.retainAll(everPublished);
    return !data.figures(r.id(), indicator, year).isEmpty()
        && data.figures(r.id(), indicator, year).keySet().containsAll(needed);
  }

  @Test
  void everyDayEveryIndicator() {
    int checked = 0;
    int named = 0;
    int later = 0;
    int day = 0;
    for (LocalDate d = LocalDate.of(2019, 1, 1);
        !d.isAfter(LocalDate.of(2026, 12, 31));
        d = d.plusDays(1), day++) {
      for (Indicator indicator : Indicators.all()) {
        // The years of the dataset that answers the indicator (the first in precedence that has
        // it).
        String answering =
            data.releases().stream()
                .filter(r -> !data.years(r.id(), indicator.id()).isEmpty())
                .map(Release::dataset)
                .findFirst()
                .orElse(null);
        if (answering == null) {
          continue;
        }
        Set<Integer> spans = new TreeSet<>();
        data.releases().stream()
            .filter(r -> r.dataset().equals(answering))
            .forEach(r -> spans.addAll(data.years(r.id(), indicator.id())));
        List<Integer> years = new ArrayList<>(spans);
        Set<Integer> asked = new TreeSet<>(List.of(years.get(day % years.size())));
        if (years.contains(d.getYear() - 1)) {
          asked.add(d.getYear() - 1);
        }
        for (int year : asked) {
          Selection s = data.select(indicator.id(), year, ReleaseChoice.asOf(d));
          String dataset = s.release().dataset();
          List<Release> same =
              data.releases().stream().filter(r -> r.dataset().equals(dataset)).toList();
          LocalDate date = d;
          boolean visibleHolds =
              same.stream()
                  .anyMatch(
                      r -> !r.published().isAfter(date) && holds(r, same, indicator.id(), year));
          if (visibleHolds) {
            assertThat(s.release().published())
                .as(indicator.id() + " " + year + " " + d)
                .isBeforeOrEqualTo(d);
            assertThat(s.later()).isFalse();
            assertThat(holds(s.release(), same, indicator.id(), year)).isTrue();
          } else {
            later++;
          }
          List<LocalDate> expected;
          if (!dataset.equals("nato-defence-expenditure")) {
            expected = List.of();
          } else if (!s.release().published().isAfter(d)) {
            expected = unbundled(s.release().published(), d);
          } else {
            // Answered from a later release: the editions after the newest release of the
            // dataset published by the day.
            LocalDate newestSeen =
                same.stream()
                    .map(Release::published)
                    .filter(p -> !p.isAfter(date))
                    .max(LocalDate::compareTo)
                    .orElse(null);
            expected = unbundled(newestSeen, d);
          }
          assertThat(s.couldNotUse().editions())
              .as(indicator.id() + " " + year + " as of " + d)
              .extracting(Edition::published)
              .containsExactlyElementsOf(expected);
          named += expected.isEmpty() ? 0 : 1;
          checked++;
        }
      }
    }
    // The property was exercised on all three paths, not vacuously.
    assertThat(checked).isGreaterThan(40_000);
    assertThat(named).isGreaterThan(10_000);
    assertThat(later).isGreaterThan(100);
  }

  @Test
  void thePartialReleaseHoldsExactlyWhatItsManifestSays() {
    Release partial = data.release("nato-2023-07");
    int figures = 0;
    for (Indicator indicator : Indicators.all()) {
      for (int year : data.years(partial.id(), indicator.id())) {
        for (String country : data.figures(partial.id(), indicator.id(), year).keySet()) {
          int y = year;
          assertThat(partial.holdings())
              .as(indicator.id() + " " + year + " " + country)
              .anyMatch(h -> h.includes(indicator.id(), y, country));
          figures++;
        }
      }
    }
    assertThat(figures).isEqualTo(99);
    // and every block it claims is there in full: 30 allies in 2023, the UK's ten years
    assertThat(data.figures(partial.id(), "share_of_gdp", 2023)).hasSize(30);
    for (int y = 2014; y <= 2023; y++) {
      assertThat(data.find(partial.id(), "equipment_share", y, "GBR")).isPresent();
    }
  }

  @Test
  void theCatalogueNamesTheBundledFileOfEveryReleaseItHolds() {
    for (CsvRows.Row r : catalogue) {
      String file = r.get("bundled_as").replace(" (partial)", "");
      if (file.isEmpty()) {
        continue;
      }
      Release held =
          data.editions()
              .heldBy(
                  data.editions().all().stream()
                      .filter(
                          e -> e.bundledAs() != null && e.bundledAs().equals(r.get("bundled_as")))
                      .findFirst()
                      .orElseThrow(),
                  data.releases())
              .orElseThrow(() -> new AssertionError("no release holds " + file));
      String manifestFile =
          Bundle.load().manifest().releases().stream()
              .filter(e -> e.id().equals(held.id()))
              .findFirst()
              .orElseThrow()
              .file();
      assertThat(manifestFile).endsWith("/" + file);
      assertThat(held.partial()).isEqualTo(r.get("bundled_as").endsWith("(partial)"));
    }
    assertThat(new String(Resources.bytes(EditionCatalogue.FILE), StandardCharsets.UTF_8))
        .contains("bundled_as");
  }
}
