package org.burdenshare.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.releases.Definition;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * Where a series of years takes each year from the newest release of the date that holds it: the
 * places it joins two releases (another price base, another definition — NATO's "core" defence
 * expenditure from the 2026 edition) are drawn as breaks in its chart and named in a note, and
 * years from a release published after the chosen date are named too.
 */
final class Joins {
  private final Figures data;
  private final String indicator;
  private final LocalDate asOf;
  // year -> release, in the order added
  private final Map<Integer, ReleaseRef> years = new LinkedHashMap<>();

  Joins(Figures data, String indicator, LocalDate asOf) {
    this.data = data;
    this.indicator = indicator;
    this.asOf = asOf;
  }

  void add(int year, ReleaseRef release) {
    years.put(year, release);
  }

  /** The years at which the release changes from the year before (each starts a new run). */
  List<String> breaks() {
    List<String> out = new ArrayList<>();
    String previous = null;
    for (var e : years.entrySet()) {
      if (previous != null && !previous.equals(e.getValue().id())) {
        out.add(Integer.toString(e.getKey()));
      }
      previous = e.getValue().id();
    }
    return out;
  }

  /** Puts the breaks into a chart's specification, for the chart to draw. */
  void mark(Map<String, Object> spec) {
    List<String> b = breaks();
    if (!b.isEmpty()) {
      spec.put("breaks", b);
    }
  }

  /** The notes a section shows under its table, followed by its own. */
  List<String> notes(List<String> own) {
    List<String> out = new ArrayList<>(notes());
    out.addAll(own);
    return out;
  }

  /** The notes: the runs of years by release where there are several, and the later years. */
  List<String> notes() {
    List<String> out = new ArrayList<>();
    List<Run> runs = runs();
    if (runs.size() > 1) {
      List<String> parts = new ArrayList<>();
      for (Run r : runs) {
        Release release = data.release(r.release().id());
        Definition d = release.definitionOf(indicator);
        String what =
            d.measure() == null
                ? ""
                : " (" + d.measure() + (d.priceBase() == null ? "" : ", " + d.priceBase()) + ")";
        parts.add(
            r.span()
                + " from "
                + r.release().id()
                + what
                + (later(r)
                    ? ", published " + r.release().published() + ", after the date you chose"
                    : ""));
      }
      out.add(
          "Break in the series: it joins releases — "
              + String.join("; ", parts)
              + ". Figures either side of a break (the dashed line in the chart) come from"
              + " different releases, which may differ in price base and definition: compare"
              + " within one run.");
    }
    for (Run r : runs) {
      if (later(r)) {
        out.add(
            r.span()
                + " from "
                + r.release().id()
                + ", published "
                + r.release().published()
                + ", after the date you chose: no release published by "
                + asOf
                + " holds "
                + (r.from() == r.to() ? "that year" : "those years")
                + ".");
      }
    }
    return out;
  }

  private boolean later(Run r) {
    return asOf != null && r.release().published().isAfter(asOf);
  }

  private record Run(int from, int to, ReleaseRef release) {
    String span() {
      return from == to ? "" + from : from + "–" + to;
    }
  }

  private List<Run> runs() {
    List<Run> out = new ArrayList<>();
    Integer from = null;
    int to = 0;
    ReleaseRef current = null;
    for (var e : years.entrySet()) {
      if (current != null && current.id().equals(e.getValue().id()) && e.getKey() == to + 1) {
        to = e.getKey();
        continue;
      }
      if (current != null) {
        out.add(new Run(from, to, current));
      }
      from = e.getKey();
      to = e.getKey();
      current = e.getValue();
    }
    if (current != null) {
      out.add(new Run(from, to, current));
    }
    return out;
  }
}
