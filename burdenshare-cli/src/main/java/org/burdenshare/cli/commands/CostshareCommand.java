package org.burdenshare.cli.commands;

import java.util.LinkedHashMap;
import java.util.Map;
import org.burdenshare.core.Engine;
import org.burdenshare.core.costshares.CostShares;
import org.burdenshare.render.Num;
import org.burdenshare.render.Rendered;
import org.burdenshare.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "costshare",
    sortOptions = false,
    description = {
      "Common-funding cost shares computed from gross national income (World Bank, Atlas method)"
          + " with NATO-style rules, beside the few published shares we hold (partial, secondary"
          + " sources).",
      "Example (the 2021 formula): burdenshare costshare --year 2019 --match USA=DEU --fixed FRA=10.5"
    })
public final class CostshareCommand extends AnswerCommand {
  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description = "The GNI year. Default: the newest with GNI.")
  Integer year;

  @Option(
      names = "--cap",
      paramLabel = "ALLY=PERCENT",
      description = "Cap an ally's share, e.g. USA=22.14.")
  Map<String, Double> caps = new LinkedHashMap<>();

  @Option(
      names = "--match",
      paramLabel = "ALLY=OTHER",
      description = "Give an ally the share of another, e.g. USA=DEU.")
  Map<String, String> matches = new LinkedHashMap<>();

  @Option(
      names = "--fixed",
      paramLabel = "ALLY=PERCENT",
      description = "An ally outside the formula at a fixed share.")
  Map<String, Double> fixed = new LinkedHashMap<>();

  @Override
  protected Rendered answer(Engine engine) {
    CostShares.Result res =
        new org.burdenshare.core.questions.Burdenshare(engine)
            .costShares(year, caps, matches, fixed, ReferenceData.publishedCostShares());
    int y = res.year();
    Rendered r =
        new Rendered(res)
            .header(
                "Cost shares of NATO's common funding from GNI of "
                    + y
                    + " ("
                    + res.gniRelease().id()
                    + ")")
            .columns("country", "name", "GNI share %", "cost share %", "rule", "published %");
    for (CostShares.Share x : res.shares()) {
      r.row(
          x.country(),
          x.name(),
          new Num(x.gniShare(), 2, false),
          new Num(x.share(), 2, false),
          x.rule(),
          x.published() == null ? null : new Num(x.published(), 2, false));
    }
    r.footer(String.format(java.util.Locale.ROOT, "Total %.2f %%.", res.total()));
    res.notes().forEach(r::footer);
    r.csvColumns(
        "country",
        "name",
        "gni",
        "gni_share",
        "share",
        "rule",
        "published",
        "published_quality",
        "year");
    for (CostShares.Share x : res.shares()) {
      r.csvRow(
          x.country(),
          x.name(),
          Num.of(x.gni()),
          Num.of(x.gniShare()),
          Num.of(x.share()),
          x.rule(),
          x.published() == null ? null : Num.of(x.published()),
          x.publishedQuality(),
          y);
    }
    return r;
  }
}
