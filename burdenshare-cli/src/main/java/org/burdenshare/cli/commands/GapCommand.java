package org.burdenshare.cli.commands;

import org.burdenshare.cli.GroupOption;
import org.burdenshare.cli.ReleaseOptions;
import org.burdenshare.cli.YearOption;
import org.burdenshare.core.Engine;
import org.burdenshare.core.measures.AllyGap;
import org.burdenshare.core.measures.GapReport;
import org.burdenshare.render.Num;
import org.burdenshare.render.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "gap",
    sortOptions = false,
    description = {
      "How much more each ally would have had to spend, in current US dollars, to reach a target"
          + " share of GDP in a year, and the total: target × GDP − expenditure, with the GDP"
          + " implied by the published share (expenditure ÷ share), so that the gap lifts exactly"
          + " the share the publisher judges. NATO's shares are real shares; the release's own"
          + " current-price GDP is shown beside it. Allies whose published share meets the target"
          + " have no gap.",
      "Example: burdenshare gap --target 3.5 --year 2026"
    })
public final class GapCommand extends AnswerCommand {
  @Option(
      names = "--target",
      required = true,
      paramLabel = "PERCENT",
      description = "The target share of GDP, in percent (2, 3.5, 5).")
  double target;

  @Mixin YearOption yearOption;

  @Mixin GroupOption groupOption;

  @Mixin ReleaseOptions release;

  @Override
  protected Rendered answer(Engine engine) {
    GapReport g = engine.gap(target, yearOption.year, groupOption.countries, release.choice());
    var names = engine.figures().countries();
    Rendered r =
        new Rendered(g)
            .header(
                "Gap to "
                    + Num.of(target).raw()
                    + " % of GDP in "
                    + yearOption.year
                    + " for "
                    + g.group()
                    + ": "
                    + Num.of(g.total()).text()
                    + " "
                    + g.unit()
                    + " in all; "
                    + g.atOrAbove()
                    + " of "
                    + (g.allies().size() + g.noFigures().size())
                    + " already there")
            .header(releaseLine(g.release(), g.releaseChoice()))
            .columns(
                "country",
                "name",
                "share of GDP",
                "expenditure",
                "GDP (implied)",
                "GDP (published)",
                "gap (" + g.unit() + ")");
    for (AllyGap a : g.allies()) {
      r.row(
          a.country(),
          a.name(),
          new Num(a.shareOfGdp(), 2, a.estimate()),
          new Num(a.expenditure(), 0, false),
          new Num(a.gdp(), 0, false),
          a.publishedGdp() == null ? null : new Num(a.publishedGdp(), 0, false),
          new Num(a.gap(), 0, false));
    }
    r.footer("Total gap: " + Num.of(g.total()).text() + " " + g.unit() + ".");
    if (!g.noFigures().isEmpty()) {
      r.footer("No figures: " + named(names, g.noFigures()) + ".");
    }
    r.csvColumns(
        "country",
        "name",
        "share_of_gdp",
        "expenditure",
        "gdp_implied",
        "gdp_published",
        "gap",
        "unit",
        "estimate",
        "target",
        "year",
        "release");
    for (AllyGap a : g.allies()) {
      r.csvRow(
          a.country(),
          a.name(),
          Num.of(a.shareOfGdp()),
          Num.of(a.expenditure()),
          Num.of(a.gdp()),
          a.publishedGdp() == null ? null : Num.of(a.publishedGdp()),
          Num.of(a.gap()),
          g.unit(),
          a.estimate(),
          Num.of(target),
          yearOption.year,
          g.release().id());
    }
    return r;
  }
}
