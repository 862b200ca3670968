package org.burdenshare.cli.commands;

import org.burdenshare.cli.GroupOption;
import org.burdenshare.cli.ReleaseOptions;
import org.burdenshare.cli.YearOption;
import org.burdenshare.core.Engine;
import org.burdenshare.core.measures.GuidelineCheck;
import org.burdenshare.core.measures.Standing;
import org.burdenshare.render.Num;
import org.burdenshare.render.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "guideline",
    sortOptions = false,
    description = {
      "Count and list the allies at or above a threshold (2 %% of GDP, 20 %% on equipment) in a"
          + " year, and those below. Figures are judged at the precision the publisher prints"
          + " (NATO: two decimals), as the publisher judges them.",
      "Example: burdenshare guideline --indicator share_of_gdp --threshold 2 --year 2024"
          + " --as-of 2024-07-01"
    })
public final class GuidelineCommand extends AnswerCommand {
  @Option(
      names = "--indicator",
      defaultValue = "share_of_gdp",
      paramLabel = "ID",
      description = "The indicator to judge. Default: ${DEFAULT-VALUE}.")
  String indicator;

  @Option(
      names = "--threshold",
      required = true,
      paramLabel = "N",
      description = "The guideline, in the indicator's unit (2 for 2 %% of GDP).")
  double threshold;

  @Mixin YearOption yearOption;

  @Mixin GroupOption groupOption;

  @Mixin ReleaseOptions release;

  @Override
  protected Rendered answer(Engine engine) {
    GuidelineCheck g =
        engine.guideline(
            indicator, threshold, yearOption.year, groupOption.countries, release.choice());
    var names = engine.figures().countries();
    String t = Num.of(threshold).raw();
    Rendered r =
        new Rendered(g)
            .header(
                g.count()
                    + " of "
                    + g.allies()
                    + " in "
                    + g.group()
                    + " at or above "
                    + t
                    + (indicator.equals("share_of_gdp") ? " % of GDP" : " (" + indicator + ")")
                    + " in "
                    + yearOption.year
                    + (g.decimals() == null
                        ? ""
                        : ", judged at " + g.decimals() + " decimals as published"))
            .header(
                "Counted in: "
                    + g.definition().measureInText()
                    + " (table as printed: "
                    + (g.definition().table() == null
                        ? "not recorded"
                        : "\"" + g.definition().table() + "\"")
                    + ")")
            .header(releaseLine(g.release(), g.releaseChoice()))
            .columns("", "country", "name", indicator);
    for (Standing s : g.atOrAbove()) {
      r.row("at or above", s.country(), s.name(), new Num(s.value(), 2, s.estimate()));
    }
    for (Standing s : g.below()) {
      r.row("below", s.country(), s.name(), new Num(s.value(), 2, s.estimate()));
    }
    if (!g.noFigures().isEmpty()) {
      r.footer("No figures: " + named(names, g.noFigures()) + ".");
    }
    r.csvColumns(
        "status",
        "country",
        "name",
        "value",
        "judged",
        "estimate",
        "threshold",
        "year",
        "indicator",
        "release");
    csvRows(r, "at_or_above", g.atOrAbove(), g);
    csvRows(r, "below", g.below(), g);
    for (String c : g.noFigures()) {
      r.csvRow(
          "no_figures",
          c,
          names.nameOf(c),
          null,
          null,
          null,
          Num.of(threshold),
          yearOption.year,
          indicator,
          g.release().id());
    }
    return r;
  }

  private void csvRows(
      Rendered r, String status, java.util.List<Standing> standings, GuidelineCheck g) {
    for (Standing s : standings) {
      r.csvRow(
          status,
          s.country(),
          s.name(),
          Num.of(s.value()),
          Num.of(s.judged()),
          s.estimate(),
          Num.of(threshold),
          yearOption.year,
          indicator,
          g.release().id());
    }
  }
}
