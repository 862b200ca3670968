package org.burdenshare.server;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.burdenshare.server.pages.Chart;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.MapView;
import org.burdenshare.server.pages.Section;
import org.burdenshare.server.pages.ShownTable;

/**
 * Finds the charts of a page model, each with the table that shows the same figures and the heading
 * above it, so that any chart of any page can be embedded or previewed without each page saying
 * how.
 */
final class Embeds {
  private Embeds() {}

  /** A chart (or a map) found in a page model, with its table and heading where it has them. */
  record Found(Chart chart, MapView map, ShownTable table, String heading) {
    String id() {
      return chart != null ? chart.id() : map.chart().id();
    }

    Chart figure() {
      return chart != null ? chart : map.chart();
    }
  }

  /** Every chart and map of a page model, in the order the page shows them. */
  static List<Found> all(Object model) {
    List<Found> out = new ArrayList<>();
    walk(model, out, 0);
    return out;
  }

  private static void walk(Object node, List<Found> out, int depth) {
    if (node == null || depth > 8) {
      return;
    }
    if (node instanceof List<?> list) {
      list.forEach(x -> walk(x, out, depth + 1));
      return;
    }
    if (node instanceof MapView map) {
      out.add(new Found(null, map, null, null));
      return;
    }
    if (!node.getClass().isRecord()
        || !node.getClass().getPackageName().equals(Chart.class.getPackageName())) {
      return;
    }
    // a record that holds a chart holds the table of its figures beside it (a Section, or a
    // page of one chart)
    Chart chart = null;
    ShownTable table = null;
    List<Object> parts = new ArrayList<>();
    for (RecordComponent c : node.getClass().getRecordComponents()) {
      Object v = value(c, node);
      if (v instanceof Chart ch && chart == null) {
        chart = ch;
      } else if (v instanceof ShownTable t && table == null) {
        table = t;
      } else {
        parts.add(v);
      }
    }
    for (Object part : parts) {
      // a map is shown before the table that follows it in the same record
      if (part instanceof MapView map) {
        out.add(new Found(null, map, table, null));
      } else {
        walk(part, out, depth + 1);
      }
    }
    if (chart != null) {
      out.add(new Found(chart, null, table, node instanceof Section s ? s.heading() : null));
    }
  }

  /**
   * Every table a page model shows, by id: the page offers each as CSV with the same rows, so the
   * tables are found in what the page shows, not registered beside it.
   */
  static Map<String, DataTable> tables(Object model) {
    Map<String, DataTable> out = new LinkedHashMap<>();
    collectTables(model, out, 0);
    return out;
  }

  private static void collectTables(Object node, Map<String, DataTable> out, int depth) {
    if (node == null || depth > 8) {
      return;
    }
    if (node instanceof ShownTable t) {
      out.putIfAbsent(t.table().id(), t.table());
    } else if (node instanceof List<?> list) {
      list.forEach(x -> collectTables(x, out, depth + 1));
    } else if (node.getClass().isRecord()
        && node.getClass().getPackageName().equals(Chart.class.getPackageName())) {
      for (RecordComponent c : node.getClass().getRecordComponents()) {
        collectTables(value(c, node), out, depth + 1);
      }
    }
  }

  private static Object value(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
