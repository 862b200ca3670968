package org.burdenshare.cli.commands;

import java.util.Locale;
import org.burdenshare.cli.GroupOption;
import org.burdenshare.cli.ReleaseOptions;
import org.burdenshare.cli.YearOption;
import org.burdenshare.core.Engine;
import org.burdenshare.core.fairshare.FairShare;
import org.burdenshare.render.Num;
import org.burdenshare.render.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "fairshare",
    sortOptions = false,
    description = {
      "Who carries whom in a year: each ally's share of alliance defence spending against its"
          + " share of alliance GDP and population, the Olson–Zeckhauser test (Spearman and Kendall"
          + " rank correlation of GDP with defence spending as a share of GDP, with p-values), the"
          + " U.S. share and the Herfindahl index.",
      "Example: burdenshare fairshare --year 2024"
    })
public final class FairshareCommand extends AnswerCommand {
  @Mixin YearOption yearOption;

  @Mixin GroupOption groupOption;

  @Mixin ReleaseOptions release;

  @Override
  protected Rendered answer(Engine engine) {
    FairShare f =
        new org.burdenshare.core.questions.Burdenshare(engine)
            .fairShare(yearOption.year, groupOption.countries, release.choice());
    Rendered r =
        new Rendered(f)
            .header("Fair shares in " + f.year() + " for " + f.group())
            .header(releaseLine(f.release(), f.releaseChoice()))
            .header(
                String.format(
                    Locale.ROOT,
                    "U.S. share of spending %.1f %%; Herfindahl index %.0f; Spearman rho %.3f (p = %.3g),"
                        + " Kendall tau %.3f (p = %.3g), n = %d",
                    f.usShare(),
                    f.herfindahl(),
                    f.spearman().coefficient(),
                    f.spearman().pValue(),
                    f.kendall().coefficient(),
                    f.kendall().pValue(),
                    f.spearman().n()))
            .columns(
                "country",
                "name",
                "spending %",
                "GDP %",
                "population %",
                "spending÷GDP",
                "spending÷population",
                "share of GDP");
    for (FairShare.AllyShare a : f.allies()) {
      r.row(
          a.country(),
          a.name(),
          new Num(a.spendingShare(), 2, a.estimate()),
          new Num(a.gdpShare(), 2, false),
          a.populationShare() == null ? null : new Num(a.populationShare(), 2, false),
          new Num(a.gdpRatio(), 2, false),
          a.populationRatio() == null ? null : new Num(a.populationRatio(), 2, false),
          new Num(a.shareOfGdp(), 2, a.estimate()));
    }
    r.footer(
        "A ratio above 1: the ally's share of spending exceeds its share of GDP (or population).");
    r.footer(
        "A positive rank correlation supports the exploitation hypothesis: larger economies spend a larger share of GDP.");
    if (f.populationRelease() != null) {
      r.footer(
          "Population: "
              + f.populationRelease().id()
              + (f.populationYear() == f.year()
                  ? "."
                  : ", " + f.populationYear() + " (the latest year its figures reach)."));
    }
    r.csvColumns(
        "country",
        "name",
        "spending",
        "spending_share",
        "gdp",
        "gdp_share",
        "population",
        "population_share",
        "gdp_ratio",
        "population_ratio",
        "share_of_gdp",
        "estimate",
        "year",
        "release");
    for (FairShare.AllyShare a : f.allies()) {
      r.csvRow(
          a.country(),
          a.name(),
          Num.of(a.spending()),
          Num.of(a.spendingShare()),
          Num.of(a.gdp()),
          Num.of(a.gdpShare()),
          a.population() == null ? null : Num.of(a.population()),
          a.populationShare() == null ? null : Num.of(a.populationShare()),
          Num.of(a.gdpRatio()),
          a.populationRatio() == null ? null : Num.of(a.populationRatio()),
          Num.of(a.shareOfGdp()),
          a.estimate(),
          f.year(),
          f.release().id());
    }
    return r;
  }
}
