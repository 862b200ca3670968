package org.burdenshare.cli.commands;

import java.util.Locale;
import org.burdenshare.cli.ReleaseOptions;
import org.burdenshare.cli.YearOption;
import org.burdenshare.core.Engine;
import org.burdenshare.core.measures.GroupTotal;
import org.burdenshare.core.measures.ShareOfTotal;
import org.burdenshare.render.Num;
import org.burdenshare.render.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "share",
    sortOptions = false,
    description = {
      "A part's share of a whole's total of one indicator in one year, e.g. the United States'"
          + " share of NATO's defence expenditure.",
      "Example: burdenshare share USA NATO --indicator defence_exp_current_usd --year 2024"
    })
public final class ShareCommand extends AnswerCommand {
  @Parameters(index = "0", paramLabel = "PART", description = "A country or group, e.g. USA.")
  String part;

  @Parameters(
      index = "1",
      paramLabel = "WHOLE",
      description = "A group that contains the part, e.g. NATO. Default: NATO.",
      defaultValue = "NATO")
  String whole;

  @Option(
      names = "--indicator",
      defaultValue = "defence_exp_current_usd",
      paramLabel = "ID",
      description = "What to share out. Default: ${DEFAULT-VALUE}.")
  String indicator;

  @Mixin YearOption yearOption;

  @Mixin ReleaseOptions release;

  @Override
  protected Rendered answer(Engine engine) {
    ShareOfTotal s = engine.share(part, whole, indicator, yearOption.year, release.choice());
    String percent = String.format(Locale.ROOT, "%.1f %%", s.percent());
    Rendered r =
        new Rendered(s)
            .header(
                s.part().group()
                    + " accounts for "
                    + percent
                    + " of "
                    + s.whole().group()
                    + "'s "
                    + indicator
                    + " in "
                    + s.year())
            .header(releaseLine(s.release(), s.releaseChoice()))
            .columns("", "group", "total (" + s.unit() + ")", "allies", "without figures");
    for (GroupTotal g : new GroupTotal[] {s.part(), s.whole()}) {
      r.row(
          g == s.part() ? "part" : "whole",
          g.group(),
          Num.of(g.total(), g.estimate()),
          g.allies().size(),
          named(engine.figures().countries(), g.alliesWithoutFigures()));
    }
    r.csvColumns(
        "part",
        "whole",
        "part_total",
        "whole_total",
        "percent",
        "unit",
        "year",
        "indicator",
        "release");
    r.csvRow(
        s.part().group(),
        s.whole().group(),
        Num.of(s.part().total()),
        Num.of(s.whole().total()),
        Num.of(s.percent()),
        s.unit(),
        s.year(),
        indicator,
        s.release().id());
    return r;
  }
}
