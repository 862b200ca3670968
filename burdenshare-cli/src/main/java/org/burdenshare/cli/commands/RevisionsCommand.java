package org.burdenshare.cli.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.burdenshare.core.Engine;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.measures.Revisions;
import org.burdenshare.core.releases.Comparability;
import org.burdenshare.render.Num;
import org.burdenshare.render.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "revisions",
    sortOptions = false,
    description = {
      "One country's figures of an indicator as each release published them, with what each"
          + " release called them: a figure that changed is 'revised' only where both releases"
          + " name the same measure in the same table.",
      "Example: burdenshare revisions --indicator share_of_gdp --country Poland --year 2024"
    })
public final class RevisionsCommand extends AnswerCommand {
  @Option(
      names = "--indicator",
      defaultValue = "share_of_gdp",
      paramLabel = "ID",
      description = "The indicator. Default: ${DEFAULT-VALUE}.")
  String indicator;

  @Option(
      names = "--country",
      required = true,
      paramLabel = "COUNTRY",
      description = "An ISO3 code (POL) or a name (Poland).")
  String country;

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description = "Only this year (default: every year some release has).")
  Integer year;

  @Override
  protected Rendered answer(Engine engine) {
    if (year != null) {
      org.burdenshare.core.figures.Figures.checkYear(year);
    }
    Revisions rev = engine.revisions(indicator, country);
    TreeSet<Integer> years = new TreeSet<>();
    rev.byRelease().forEach(s -> s.figures().forEach(o -> years.add(o.year())));
    if (year != null) {
      years.retainAll(List.of(year));
    }
    List<String> columns = new ArrayList<>(List.of("release", "published", "measure"));
    years.forEach(y -> columns.add(Integer.toString(y)));
    Rendered r =
        new Rendered(rev)
            .header(rev.name() + " (" + rev.country() + "): " + indicator + " in each release")
            .columns(columns.toArray(String[]::new));
    List<Revisions.ReleaseSeries> shown =
        rev.byRelease().stream()
            .filter(s -> s.figures().stream().anyMatch(o -> years.contains(o.year())))
            .toList();
    for (Revisions.ReleaseSeries s : shown) {
      List<Object> row = new ArrayList<>();
      row.add(s.release().id() + (s.release().partial() ? " (partial)" : ""));
      row.add(s.release().published());
      row.add(s.definition().measureOrNotRecorded());
      for (int y : years) {
        Observation o = s.figures().stream().filter(f -> f.year() == y).findFirst().orElse(null);
        row.add(o == null ? "" : new Num(o.value(), 2, o.estimate()));
      }
      r.row(row.toArray());
    }
    var data = engine.figures();
    for (int i = 1; i < shown.size(); i++) {
      Comparability c =
          Comparability.of(
              data.release(shown.get(i - 1).release().id()),
              data.release(shown.get(i).release().id()),
              indicator);
      r.footer(
          c.earlier()
              + " → "
              + c.later()
              + ": "
              + (c.kind() == Comparability.Kind.SAME
                  ? "same measure, same table: the differences are revisions."
                  : c.note()));
    }
    if (rev.byRelease().isEmpty()) {
      r.footer("No release has " + indicator + " for " + rev.name() + ".");
    }
    r.footer("e = estimate by the publisher.");
    return r;
  }
}
