package org.burdenshare.cli.commands;

import org.burdenshare.cli.ReleaseOptions;
import org.burdenshare.cli.YearOption;
import org.burdenshare.core.Engine;
import org.burdenshare.core.measures.Comparison;
import org.burdenshare.core.measures.GroupTotal;
import org.burdenshare.render.Num;
import org.burdenshare.render.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "compare",
    sortOptions = false,
    description = {
      "Compare two groups' totals of one indicator in one year: both totals, the ratio, the"
          + " difference, the allies on each side and those without figures, and the release used.",
      "Example: burdenshare compare USA NATO-USA --indicator defence_exp_current_usd --year 2019"
          + " --as-of 2019-11-28"
    })
public final class CompareCommand extends AnswerCommand {
  @Parameters(
      index = "0",
      paramLabel = "A",
      description = "A country or group expression, e.g. USA.")
  String a;

  @Parameters(
      index = "1",
      paramLabel = "B",
      description = "Another country or group expression, e.g. NATO-USA.")
  String b;

  @Option(
      names = "--indicator",
      required = true,
      paramLabel = "ID",
      description = "What to compare, e.g. defence_exp_current_usd (see 'burdenshare indicators').")
  String indicator;

  @Mixin YearOption yearOption;

  @Mixin ReleaseOptions release;

  @Override
  protected Rendered answer(Engine engine) {
    Comparison c = engine.compare(a, b, indicator, yearOption.year, release.choice());
    var countries = engine.figures().countries();
    Rendered r =
        new Rendered(c)
            .header(
                c.a().group()
                    + " against "
                    + c.b().group()
                    + ": "
                    + indicator
                    + ", "
                    + yearOption.year)
            .header(releaseLine(c.release(), c.releaseChoice()))
            .columns(
                "group", "total (" + c.unit() + ")", "allies", "with figures", "without figures");
    for (GroupTotal g : new GroupTotal[] {c.a(), c.b()}) {
      r.row(
          g.group(),
          Num.of(g.total(), g.estimate()),
          g.allies().size(),
          g.alliesWithFigures(),
          named(countries, g.alliesWithoutFigures()));
    }
    if (c.ratio() != null) {
      r.footer(
          String.format(
              java.util.Locale.ROOT,
              "ratio       %.2f  (%s is %.2f times %s)",
              c.ratio(),
              c.a().group(),
              c.ratio(),
              c.b().group()));
    }
    r.footer("difference  " + Num.of(c.difference()).text() + " " + c.unit());
    if (c.a().estimate() || c.b().estimate()) {
      r.footer("e = the total includes figures the publisher marks as estimates.");
    }
    r.csvColumns(
        "group",
        "total",
        "unit",
        "estimate",
        "allies",
        "allies_with_figures",
        "allies_without_figures",
        "year",
        "indicator",
        "release");
    for (GroupTotal g : new GroupTotal[] {c.a(), c.b()}) {
      r.csvRow(
          g.group(),
          Num.of(g.total()),
          c.unit(),
          g.estimate(),
          String.join(" ", g.allies()),
          g.alliesWithFigures(),
          String.join(" ", g.alliesWithoutFigures()),
          yearOption.year,
          indicator,
          c.release().id());
    }
    return r;
  }
}
