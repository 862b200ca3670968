package org.burdenshare.server;

import static org.burdenshare.server.PageParts.row;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.burdenshare.core.Engine;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.Provenance;
import org.burdenshare.core.releases.PublisherCheck;
import org.burdenshare.core.releases.Release;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.Frame;
import org.burdenshare.server.pages.Link;
import org.burdenshare.server.pages.ShownTable;
import org.burdenshare.server.pages.SourcesPage;
import org.burdenshare.store.Bundle;
import org.burdenshare.store.imports.PublisherProfile;

/** Where the figures come from: every release, what its tables measured, and NATO's editions. */
final class SourcesPages {
  private SourcesPages() {}

  /** What the publisher called each indicator's figures in a release, or null if not recorded. */
  static ShownTable definitions(PageRequest page, Release r) {
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
                      Indicators.get(i).name(),
                      i,
                      d.tableOrNotRecorded(),
                      d.measureOrNotRecorded(),
                      d.priceBase() == null ? "" : d.priceBase()));
            });
    return page.shown(
        new DataTable(
            "definitions-" + r.id(),
            "What each table of " + r.id() + " measured",
            List.of("Indicator", "Id", "Table as printed", "Measure", "Price base"),
            rows,
            99));
  }

  static PageResult sources(PageRequest page, Engine engine) {
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
              withoutNotesPath(r.attribution()),
              notesLink(r),
              r.licence(),
              r.notes(),
              r.partial(),
              r.partial() ? r.holdings().stream().map(h -> h.describe()).toList() : List.of(),
              definitions(page, r),
              file(r.provenance()),
              r.provenance() != null && r.provenance().downloaded()
                  ? new Link(
                      "Downloaded from "
                          + r.provenance().address()
                          + " on "
                          + WHEN.format(r.provenance().retrieved()),
                      r.provenance().address())
                  : null));
    }
    var data = engine.figures();
    List<SourcesPage.Edition> editions = new ArrayList<>();
    for (var e : data.editions().entries(data.releases())) {
      var x = e.edition();
      editions.add(
          new SourcesPage.Edition(
              x.published(),
              editionTitle(x.title()),
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
    SourcesPage.Check check = data.lastCheck().map(SourcesPages::check).orElse(null);
    return page.show(new SourcesPage(frame, sections, editions, table, check), frame);
  }

  // "(see data/nato/SOURCES.md)": a path in the repository, which a reader of the page cannot open
  private static final java.util.regex.Pattern NOTES_PATH =
      java.util.regex.Pattern.compile("\\s*\\(see data/([a-z]+)/SOURCES\\.md\\)");

  // "see data/nato/SOURCES.md, section 5": the same path, naming a section
  private static final java.util.regex.Pattern NOTES_SECTION =
      java.util.regex.Pattern.compile("see data/([a-z]+)/SOURCES\\.md, section (\\d+)");

  // any mention of a dataset's notes, for the dataset it names
  private static final java.util.regex.Pattern NOTES_FILE =
      java.util.regex.Pattern.compile("data/([a-z]+)/SOURCES\\.md");

  /** An attribution without the repository path of its notes, which the page links instead. */
  static String withoutNotesPath(String attribution) {
    if (attribution == null) {
      return null;
    }
    String s = NOTES_PATH.matcher(attribution).replaceAll("");
    return NOTES_SECTION.matcher(s).replaceAll("see section $2 of the linked notes");
  }

  /** A link to the notes bundled with a release's dataset, or null if it has none. */
  static Link notesLink(Release r) {
    return r.attribution() == null
        ? null
        : NOTES_FILE
            .matcher(r.attribution())
            .results()
            .map(m -> m.group(1))
            .filter(dataset -> Bundle.sourceNotes(dataset).isPresent())
            .findFirst()
            .map(
                dataset ->
                    new Link(
                        "How these figures were obtained and checked", "/sources/notes/" + dataset))
            .orElse(null);
  }

  /**
   * An edition's title as a reader takes it: the catalogue writes "A OR B (conflict)" where its
   * sources disagree on the title.
   */
  static String editionTitle(String title) {
    if (title == null || !title.endsWith("(conflict)") || !title.contains(" OR ")) {
      return title;
    }
    String both = title.substring(0, title.length() - "(conflict)".length()).strip();
    int or = both.indexOf(" OR ");
    return both.substring(0, or)
        + " (another source calls it “"
        + both.substring(or + " OR ".length())
        + "”)";
  }

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** The file a release was read from, in one line; null when none is recorded. */
  private static String file(Provenance p) {
    if (p == null || p.file() == null) {
      return null;
    }
    return "Read from "
        + p.file()
        + (p.bytes() == null ? "" : String.format(Locale.ROOT, " (%,d bytes)", p.bytes()))
        + ", SHA-256 "
        + p.sha256()
        + ".";
  }

  /** The last check of the publishers' pages, as the page shows it. */
  private static SourcesPage.Check check(PublisherCheck c) {
    List<SourcesPage.CheckedPage> pages = new ArrayList<>();
    for (PublisherCheck.Page p : c.pages()) {
      PublisherProfile profile = PublisherProfile.load(p.dataset());
      pages.add(
          new SourcesPage.CheckedPage(
              profile.publisher(),
              new Link(p.address(), p.address()),
              p.problem(),
              p.workbooks().size(),
              p.notImported().stream()
                  .map(
                      l ->
                          new SourcesPage.NewFile(
                              new Link(l, l), "burdenshare import " + profile.importer() + " " + l))
                  .toList()));
    }
    return new SourcesPage.Check(WHEN.format(c.checked()), pages);
  }
}
