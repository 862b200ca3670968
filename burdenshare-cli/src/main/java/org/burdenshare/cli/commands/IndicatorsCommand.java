package org.burdenshare.cli.commands;

import org.burdenshare.core.Engine;
import org.burdenshare.core.indicators.Indicator;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.Release;
import org.burdenshare.render.Rendered;
import picocli.CommandLine.Command;

@Command(
    name = "indicators",
    description =
        "List the indicators, whether they can be added over a group, and which releases have them.")
public final class IndicatorsCommand extends AnswerCommand {
  @Override
  protected Rendered answer(Engine engine) {
    var data = engine.figures();
    Rendered r =
        new Rendered(Indicators.all())
            .columns("indicator", "name", "additive", "releases", "definition");
    for (Indicator i : Indicators.all()) {
      String releases =
          String.join(
              " ",
              data.releases().stream()
                  .map(Release::id)
                  .filter(id -> !data.years(id, i.id()).isEmpty())
                  .toList());
      r.row(i.id(), i.name(), yesNo(i.additive()), releases, i.definition());
    }
    // What each release called each indicator: publishers rename their measures (NATO's 2026
    // edition reports "core" defence expenditure), so the same id may not mean the same table.
    r.footer("What each release called them (measure; table as printed):");
    for (Indicator i : Indicators.all()) {
      for (Release x : data.releases()) {
        if (data.years(x.id(), i.id()).isEmpty()) {
          continue;
        }
        var d = x.definitionOf(i.id());
        r.footer(
            "  "
                + i.id()
                + " in "
                + x.id()
                + ": "
                + d.measureOrNotRecorded()
                + "; "
                + (d.table() == null ? "table not recorded" : "\"" + d.table() + "\"")
                + (d.priceBase() == null ? "" : "; " + d.priceBase()));
      }
    }
    return r;
  }
}
