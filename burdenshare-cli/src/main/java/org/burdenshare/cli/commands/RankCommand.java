package org.burdenshare.cli.commands;

import org.burdenshare.cli.GroupOption;
import org.burdenshare.cli.ReleaseOptions;
import org.burdenshare.cli.YearOption;
import org.burdenshare.core.Engine;
import org.burdenshare.core.measures.Ranking;
import org.burdenshare.render.Num;
import org.burdenshare.render.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "rank",
    sortOptions = false,
    description = {
      "Rank the members of a group by an indicator in a year, highest first.",
      "Example: burdenshare rank --indicator share_of_gdp --year 2026"
    })
public final class RankCommand extends AnswerCommand {
  @Option(
      names = "--indicator",
      required = true,
      paramLabel = "ID",
      description = "What to rank by.")
  String indicator;

  @Mixin YearOption yearOption;

  @Mixin GroupOption groupOption;

  @Mixin ReleaseOptions release;

  @Override
  protected Rendered answer(Engine engine) {
    Ranking k = engine.rank(indicator, yearOption.year, groupOption.countries, release.choice());
    Rendered r =
        new Rendered(k)
            .header(
                k.group() + " ranked by " + indicator + " (" + k.unit() + "), " + yearOption.year)
            .header(releaseLine(k.release(), k.releaseChoice()))
            .columns("rank", "country", "name", indicator);
    for (Ranking.Ranked x : k.rows()) {
      r.row(x.rank(), x.country(), x.name(), Num.of(x.value(), k.unit(), x.estimate()));
    }
    if (!k.noFigures().isEmpty()) {
      r.footer("No figures: " + named(engine.figures().countries(), k.noFigures()) + ".");
    }
    r.csvColumns(
        "rank", "country", "name", "value", "unit", "estimate", "year", "indicator", "release");
    for (Ranking.Ranked x : k.rows()) {
      r.csvRow(
          x.rank(),
          x.country(),
          x.name(),
          Num.of(x.value()),
          k.unit(),
          x.estimate(),
          yearOption.year,
          indicator,
          k.release().id());
    }
    return r;
  }
}
