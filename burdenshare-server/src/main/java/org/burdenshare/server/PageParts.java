package org.burdenshare.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.burdenshare.core.releases.ReleaseRef;
import org.burdenshare.server.pages.FileName;

/** Parts every page builder uses: table rows, chart specifications, year lists. */
final class PageParts {
  private PageParts() {}

  static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  static Map<String, Object> series(String name, List<?> data) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("data", data);
    return m;
  }

  /**
   * A series whose points the publisher marks as estimates where {@code estimates} says so: the
   * chart draws those lighter, hatched or hollow.
   */
  static Map<String, Object> series(String name, List<?> data, List<Boolean> estimates) {
    Map<String, Object> m = series(name, data);
    if (estimates.contains(Boolean.TRUE)) {
      m.put("estimates", estimates);
    }
    return m;
  }

  /**
   * Where a chart's figures come from, drawn in the chart itself so that an image of it carries its
   * source, and the name its downloads are saved under.
   */
  static void source(Map<String, Object> spec, String line, String file) {
    spec.put("source", line);
    spec.put("file", FileName.of(file));
  }

  /** The source of a chart whose figures come from one release. */
  static void source(Map<String, Object> spec, ReleaseRef r, String file) {
    source(
        spec,
        "Source: " + r.publisher() + ", " + r.title() + ", published " + r.published() + ".",
        file + "-" + r.id());
  }

  /** The source of a chart whose years come from the newest release holding each. */
  static void source(Map<String, Object> spec, String publisher, LocalDate asOf, String file) {
    source(
        spec,
        "Source: "
            + publisher
            + ", each year as published in the newest release by "
            + asOf
            + " that holds it.",
        file + "-as-of-" + asOf);
  }

  static Map<String, Object> spec(String type, String title, String yName) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("title", title);
    m.put("yName", yName);
    return m;
  }

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f %%", v);
  }
}
