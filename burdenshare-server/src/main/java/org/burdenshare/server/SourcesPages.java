package org.burdenshare.server;

import static org.burdenshare.server.PageParts.row;

import java.util.ArrayList;
import java.util.List;
import org.burdenshare.core.Engine;
import org.burdenshare.core.releases.Release;
import org.burdenshare.server.Dashboard.Page;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.Frame;
import org.burdenshare.server.pages.Link;
import org.burdenshare.server.pages.ShownTable;
import org.burdenshare.server.pages.SourcesPage;

/** Where the figures come from: every release, what its tables measured, and NATO's editions. */
final class SourcesPages {
  private SourcesPages() {}

  /** What the publisher called each indicator's figures in a release, or null if not recorded. */
  static ShownTable definitions(Page page, Release r) {
    if (r.tables().isEmpty()) {
      return null;
    }
    List<List<Object>> rows = new ArrayList<>();
    r.tables().keySet().stream()
        .sorted()
        .forEach(
            i -> {
              var d = r.definitionOf(i);
              rows.add(
                  row(
                      i,
                      d.tableOrNotRecorded(),
                      d.measureOrNotRecorded(),
                      d.priceBase() == null ? "" : d.priceBase()));
            });
    return page.shown(
        new DataTable(
            "definitions-" + r.id(),
            "What each table of " + r.id() + " measured",
            List.of("Indicator", "Table as printed", "Measure", "Price base"),
            rows,
            99));
  }

  static String sources(Page page, Engine engine) {
    List<List<Object>> rows = new ArrayList<>();
    List<SourcesPage.Release> sections = new ArrayList<>();
    for (Release r : engine.figures().releases()) {
      rows.add(
          row(
              r.id(),
              r.publisher(),
              r.title(),
              r.published().toString(),
              r.cutoff() == null ? "" : r.cutoff().toString(),
              new Link("link", r.url()),
              r.licence()));
      sections.add(
          new SourcesPage.Release(
              r.id(),
              r.title(),
              r.publisher(),
              r.published(),
              r.cutoff(),
              new Link("Publisher's page or file", r.url()),
              r.attribution(),
              r.licence(),
              r.notes(),
              r.partial(),
              r.partial() ? r.holdings().stream().map(h -> h.describe()).toList() : List.of(),
              definitions(page, r)));
    }
    var data = engine.figures();
    List<SourcesPage.Edition> editions = new ArrayList<>();
    for (var e : data.editions().entries(data.releases())) {
      var x = e.edition();
      editions.add(
          new SourcesPage.Edition(
              x.published(),
              x.title(),
              x.annualReport(),
              x.cutoff(),
              x.confidence(),
              e.heldBy() == null ? null : e.heldBy().id(),
              e.heldBy() != null && e.heldBy().partial()));
    }
    ShownTable table =
        page.shown(
            new DataTable(
                    "releases",
                    "Releases",
                    List.of(
                        "Id", "Publisher", "Title", "Published", "Cut-off", "Source", "Licence"),
                    rows,
                    99)
                .named("releases", null));
    Frame frame = page.frame("Sources", "/sources");
    return page.show("sources.jte", new SourcesPage(frame, sections, editions, table), frame);
  }
}
