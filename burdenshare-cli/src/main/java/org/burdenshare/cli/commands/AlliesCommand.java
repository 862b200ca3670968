package org.burdenshare.cli.commands;

import java.util.List;
import org.burdenshare.core.Engine;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.render.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "allies",
    description =
        "List the allies with their accession dates: all of them, or the members in a year.")
public final class AlliesCommand extends AnswerCommand {
  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description = "Only the allies that were members in this year.")
  Integer year;

  @Override
  protected Rendered answer(Engine engine) {
    var countries = engine.figures().countries();
    List<Country> allies;
    if (year == null) {
      allies = countries.allies();
    } else {
      Figures.checkYear(year);
      allies = countries.alliesIn(year);
    }
    Rendered r =
        new Rendered(allies)
            .header(
                allies.size()
                    + (year == null ? " allies" : " allies in " + year)
                    + ", by accession date")
            .columns("country", "name", "accession", "EU member", "armed forces");
    allies.stream()
        .sorted(java.util.Comparator.comparing(Country::natoAccession).thenComparing(Country::iso3))
        .forEach(
            c ->
                r.row(
                    c.iso3(),
                    c.name(),
                    c.natoAccession(),
                    yesNo(c.euMemberIn(year == null ? java.time.Year.now().getValue() : year)),
                    c.armedForces() ? "yes" : "no (NATO publishes no defence figures)"));
    return r;
  }
}
