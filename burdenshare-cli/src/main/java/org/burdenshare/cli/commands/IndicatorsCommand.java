package org.burdenshare.cli.commands;

import org.burdenshare.core.Engine;
import org.burdenshare.core.indicators.Indicator;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.Release;
import org.burdenshare.server.render.Rendered;
import picocli.CommandLine.Command;

@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    description =
        "List the indicators, whether they can be added over a group, and which releases have them.")
public final class IndicatorsCommand extends AnswerCommand {
  @Override
  protected Rendered answer(Engine engine) {
    var data = engine.dataset();
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
    return r;
  }
}
