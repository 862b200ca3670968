package org.burdenshare.server;

import static org.burdenshare.server.PageParts.row;
import static org.burdenshare.server.PageParts.series;
import static org.burdenshare.server.PageParts.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.Engine;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.targets.Target;
import org.burdenshare.core.targets.TargetStatus;
import org.burdenshare.render.Num;
import org.burdenshare.server.pages.AnalysisPage;
import org.burdenshare.server.pages.Chart;
import org.burdenshare.server.pages.ChoiceForm;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.Frame;
import org.burdenshare.server.pages.Section;
import org.burdenshare.server.pages.ShownTable;
import org.burdenshare.store.ReferenceData;

/**
 * The Targets page (who meets each pledge, since when; pledges not yet made on the date left out
 * and named) and the frame every analysis page shares (Targets, Fair share, Scenarios).
 */
final class AnalysisPages {
  private AnalysisPages() {}

  static PageResult targets(PageRequest page, Engine engine) {
    Prelude prelude = Prelude.of(page, engine, Indicators.SHARE_OF_GDP);
    LocalDate asOf = prelude.asOf();
    ReleaseChoice choice = prelude.choice();
    int year = prelude.year();
    // a pledge agreed after the date was not yet made: left out, and said so
    List<Target> targets =
        ReferenceData.targets().stream()
            .filter(t -> t.agreed() == null || !t.agreed().isAfter(asOf))
            .toList();
    List<String> notYet =
        ReferenceData.targets().stream()
            .filter(t -> t.agreed() != null && t.agreed().isAfter(asOf))
            .map(t -> t.name() + " (" + t.summit() + ", " + t.agreed() + ")")
            .toList();
    var ask = new org.burdenshare.core.questions.Burdenshare(engine);
    List<List<Object>> summary = new ArrayList<>();
    for (TargetStatus s : ask.targets(targets, year, null, "NATO", choice)) {
      Target t = s.target();
      summary.add(
          row(
              t.name(),
              t.summit() + ", " + t.agreed(),
              t.deadline() == null ? "" : t.deadline().toString(),
              s.measurable() ? s.count() + " of " + s.allies() : "not measured",
              s.release() == null ? t.note() : s.summary() + later(s.release(), asOf)));
    }
    ShownTable lead =
        page.shown(
            new DataTable(
                    "targets",
                    "Guidelines and pledges, " + year + ", as published by " + asOf,
                    List.of(
                        "Target",
                        "Agreed",
                        "Deadline",
                        "Allies meeting it",
                        "Measured in, or note"),
                    summary,
                    99)
                .named("targets-" + year + "-as-of-" + asOf, null));

    List<String> ids =
        List.of("wales-2014-gdp", "hague-2025-core", "wales-2014-equipment").stream()
            .filter(id -> targets.stream().anyMatch(t -> t.id().equals(id)))
            .toList();
    List<String> cats = new ArrayList<>();
    Map<String, List<Integer>> counts = new LinkedHashMap<>();
    List<List<Object>> rows = new ArrayList<>();
    for (int y : prelude.offer().years()) {
      cats.add(Integer.toString(y));
      List<Object> r = row(Integer.toString(y));
      for (String id : ids) {
        TargetStatus s = ask.targets(targets, y, id, "NATO", choice).get(0);
        Target t = s.target();
        counts.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(s.count());
        r.add(s.count() + " of " + s.allies());
      }
      rows.add(r);
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("type", "line");
    line.put("title", "Allies meeting each target");
    line.put("yName", "allies");
    line.put("categories", cats);
    List<Object> ser = new ArrayList<>();
    counts.forEach((k, v) -> ser.add(series(k, v)));
    line.put("series", ser);
    source(line, "NATO Public Diplomacy Division", asOf, "allies-meeting-each-target");
    List<String> cols = new ArrayList<>(List.of("Year"));
    counts.keySet().forEach(cols::add);
    Section overTime =
        new Section(
            "over",
            "Who meets what, over time",
            null,
            List.of(),
            Chart.of(
                "chart-targets",
                "Line chart of how many allies met 2 % of GDP, 3.5 % of GDP and 20 % on equipment"
                    + " in each year.",
                line),
            page.shown(
                new DataTable(
                        "targets-over-time",
                        "Allies meeting each target by year, as published by " + asOf,
                        cols,
                        rows,
                        1)
                    .named("allies-meeting-each-target-as-of-" + asOf, null)),
            List.of());

    TargetStatus s = ask.targets(targets, year, "wales-2014-gdp", "NATO", choice).get(0);
    Target wales = s.target();
    List<List<Object>> allies = new ArrayList<>();
    for (TargetStatus.AllyStatus a : s.status()) {
      allies.add(
          row(
              a.name(),
              a.country(),
              a.value() == null ? "" : new Num(a.value(), 2, a.estimate()),
              a.meets() ? "yes" : a.value() == null ? "no figure" : "no",
              a.since() == null ? "" : a.since() + (a.sinceStartOfRelease() ? " or earlier" : ""),
              Integer.toString(a.yearsInRow())));
    }
    Section since =
        new Section(
            "since",
            "2 % of GDP in " + year + ": since when",
            null,
            List.of(),
            null,
            page.shown(
                new DataTable(
                        "since",
                        "2 % of GDP in "
                            + year
                            + " ("
                            + s.release().id()
                            + "): who meets it, since when, years in a row",
                        List.of(
                            "Ally", "Code", "Share of GDP (%)", "Meets", "Since", "Years in a row"),
                        allies,
                        2)
                    .named("two-percent-of-gdp-since-when-" + year, s.release().id())),
            List.of());
    return show(
        prelude.frame("Targets", "/targets"),
        page,
        prelude.form("/targets"),
        List.of(),
        notYet.isEmpty()
            ? List.of()
            : List.of(
                "Not shown: agreed after "
                    + asOf
                    + ", so not yet made on that date — "
                    + String.join("; ", notYet)
                    + "."),
        lead,
        overTime,
        since);
  }

  /** ", published 2024-06-17, after the date you chose" for a release later than the date. */
  static String later(org.burdenshare.core.releases.ReleaseRef r, LocalDate asOf) {
    return r.published().isAfter(asOf)
        ? "; " + r.id() + " was published " + r.published() + ", after the date you chose"
        : "";
  }

  /** Shows an analysis page: its form, its answer in a few sentences, its tables and sections. */
  static PageResult show(
      Frame frame,
      PageRequest page,
      ChoiceForm form,
      List<String> summary,
      List<String> notes,
      ShownTable lead,
      Section... sections) {
    return page.show(new AnalysisPage(frame, form, summary, notes, lead, List.of(sections)), frame);
  }
}
