package org.burdenshare.cli.commands;

import java.util.NavigableSet;
import java.util.TreeSet;
import org.burdenshare.core.Engine;
import org.burdenshare.core.indicators.Indicator;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.Release;
import org.burdenshare.server.render.Rendered;
import picocli.CommandLine.Command;

@Command(
    name = "releases",
    mixinStandardHelpOptions = true,
    description =
        "List the releases the figures come from: publisher, title, publication and cut-off"
            + " dates, years covered, source and attribution.")
public final class ReleasesCommand extends AnswerCommand {
  @Override
  protected Rendered answer(Engine engine) {
    var data = engine.dataset();
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
      String origin = x.bundled() ? "bundled" : "imported";
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
    }
    return r;
  }
}
