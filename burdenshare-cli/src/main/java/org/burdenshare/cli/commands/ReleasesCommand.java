package org.burdenshare.cli.commands;

import java.util.NavigableSet;
import java.util.TreeSet;
import org.burdenshare.core.Engine;
import org.burdenshare.core.indicators.Indicator;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.Definition;
import org.burdenshare.core.releases.Editions;
import org.burdenshare.core.releases.Release;
import org.burdenshare.render.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "releases",
    description =
        "List the releases the figures come from: publisher, title, publication and cut-off"
            + " dates, years covered, source and attribution.")
public final class ReleasesCommand extends AnswerCommand {
  @Option(
      names = "--all",
      description =
          "List every edition NATO is known to have published (its tables and the Secretary"
              + " General's Annual Reports), whether or not its figures are in the database, with"
              + " publication and cut-off dates and how sure the dates are.")
  boolean all;

  @Override
  protected Rendered answer(Engine engine) {
    var data = engine.figures();
    if (all) {
      return catalogue(data.editions().entries(data.releases()));
    }
    Rendered r =
        new Rendered(data.releases())
            .columns("id", "publisher", "published", "cut-off", "years", "origin", "title");
    r.csvColumns(
        "id",
        "dataset",
        "publisher",
        "title",
        "published",
        "cutoff",
        "years",
        "origin",
        "url",
        "attribution",
        "licence");
    for (Release x : data.releases()) {
      NavigableSet<Integer> years = new TreeSet<>();
      for (Indicator i : Indicators.all()) {
        years.addAll(data.years(x.id(), i.id()));
      }
      String span = years.isEmpty() ? "" : years.first() + "–" + years.last();
      String origin = (x.bundled() ? "bundled" : "imported") + (x.partial() ? ", partial" : "");
      r.row(
          x.id(),
          x.publisher(),
          x.published(),
          x.cutoff() == null ? "" : x.cutoff(),
          span,
          origin,
          x.title());
      r.csvRow(
          x.id(),
          x.dataset(),
          x.publisher(),
          x.title(),
          x.published(),
          x.cutoff() == null ? "" : x.cutoff(),
          span,
          origin,
          x.url(),
          x.attribution(),
          x.licence());
      r.footer(x.id() + ": " + x.url());
      r.footer("  " + x.attribution());
      x.notes().forEach(n -> r.footer("  - " + n));
      x.holdings().forEach(h -> r.footer("  holds: " + h.describe()));
      x.tables().keySet().stream()
          .sorted()
          .forEach(
              i -> {
                Definition d = x.definitionOf(i);
                r.footer(
                    "  "
                        + i
                        + ": table "
                        + (d.table() == null ? "not recorded" : "\"" + d.table() + "\"")
                        + "; measure: "
                        + d.measureOrNotRecorded()
                        + (d.priceBase() == null ? "" : "; " + d.priceBase()));
              });
    }
    return r;
  }

  /** The catalogue of editions, with what the database holds of each. */
  private static Rendered catalogue(java.util.List<Editions.Entry> entries) {
    Rendered r =
        new Rendered(entries)
            .columns("published", "cut-off", "kind", "confidence", "in the database", "title");
    r.csvColumns(
        "published",
        "cutoff",
        "kind",
        "identifier",
        "title",
        "confidence",
        "release",
        "estimate_years",
        "url",
        "notes");
    for (Editions.Entry e : entries) {
      var x = e.edition();
      String held =
          e.heldBy() == null ? "no" : e.heldBy().id() + (e.heldBy().partial() ? " (partial)" : "");
      r.row(
          x.published() == null ? "undated" : x.published(),
          x.cutoff() == null ? "" : x.cutoff(),
          x.annualReport() ? "annual report" : "tables",
          x.confidence(),
          held,
          x.title());
      r.csvRow(
          x.published() == null ? "" : x.published(),
          x.cutoff() == null ? "" : x.cutoff(),
          x.kind(),
          x.identifier() == null ? "" : x.identifier(),
          x.title(),
          x.confidence(),
          e.heldBy() == null ? "" : e.heldBy().id(),
          x.estimateYears() == null ? "" : x.estimateYears(),
          x.url() == null ? "" : x.url(),
          x.notes() == null ? "" : x.notes());
    }
    long held = entries.stream().filter(e -> e.heldBy() != null).count();
    r.footer(
        held
            + " of "
            + entries.size()
            + " editions are in the database. An answer as of a date names the editions published"
            + " by then that it could not use. Import a downloaded workbook with 'burdenshare"
            + " import nato' to fill a gap.");
    return r;
  }
}
