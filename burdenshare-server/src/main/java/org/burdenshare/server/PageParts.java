package org.burdenshare.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;

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

  static Map<String, Object> spec(String type, String title, String yName) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("title", title);
    m.put("yName", yName);
    return m;
  }

  /** Years as a year list offers them: the newest first. */
  static List<Integer> newestFirst(NavigableSet<Integer> years) {
    return new ArrayList<>(years.descendingSet());
  }

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f %%", v);
  }
}
