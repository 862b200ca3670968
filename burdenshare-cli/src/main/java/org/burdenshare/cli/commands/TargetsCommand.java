package org.burdenshare.cli.commands;

import java.util.ArrayList;
import java.util.List;
import org.burdenshare.cli.GroupOption;
import org.burdenshare.cli.ReleaseOptions;
import org.burdenshare.core.Engine;
import org.burdenshare.core.questions.Burdenshare;
import org.burdenshare.core.targets.Target;
import org.burdenshare.core.targets.TargetStatus;
import org.burdenshare.render.Num;
import org.burdenshare.render.Rendered;
import org.burdenshare.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "targets",
    sortOptions = false,
    description = {
      "The guidelines and pledges (Riga 2006, Wales 2014, Vilnius 2023, The Hague 2025) and, for a"
          + " year, who meets each, since when and for how many years in a row.",
      "Example: burdenshare targets --year 2024 --as-of 2026-11-01"
    })
public final class TargetsCommand extends AnswerCommand {
  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description = "The year. Default: the newest year published.")
  Integer year;

  @Option(
      names = "--target",
      paramLabel = "ID",
      description = "Only this target (see the list without --year).")
  String target;

  @Mixin GroupOption groupOption;

  @Mixin ReleaseOptions release;

  @Override
  protected org.burdenshare.render.Rendered answer(Engine engine) {
    Burdenshare ask = new Burdenshare(engine);
    List<TargetStatus> all =
        ask.targets(ReferenceData.targets(), year, target, groupOption.countries, release.choice());
    int y = all.get(0).year(); // the facade chose it when none was asked
    List<TargetStatus> statuses = new ArrayList<>();
    Rendered r = new Rendered(statuses).header("Targets in " + y);
    r.columns("target", "summit", "agreed", "deadline", "allies meeting", "release");
    r.csvColumns(
        "target",
        "country",
        "name",
        "value",
        "meets",
        "since",
        "years_in_row",
        "estimate",
        "year",
        "release");
    for (TargetStatus s : all) {
      Target t = s.target();
      statuses.add(s);
      r.row(
          t.name(),
          t.summit(),
          t.agreed(),
          t.deadline() == null ? "" : t.deadline(),
          s.measurable() ? s.count() + " of " + s.allies() : "not measured: " + t.note(),
          s.release() == null ? "" : s.release().id());
      if (s.summary() != null) {
        r.footer(t.name() + ": " + s.summary() + ".");
      }
      for (TargetStatus.AllyStatus a : s.status()) {
        r.csvRow(
            t.id(),
            a.country(),
            a.name(),
            a.value() == null ? null : Num.of(a.value()),
            a.meets(),
            a.since(),
            a.yearsInRow(),
            a.estimate(),
            y,
            s.release().id());
      }
      if (s.measurable() && all.size() == 1) {
        for (TargetStatus.AllyStatus a : s.status()) {
          r.footer(
              String.format(
                  java.util.Locale.ROOT,
                  "%s %-16s %8s  %s",
                  a.country(),
                  a.name(),
                  a.value() == null ? "no figure" : new Num(a.value(), 2, a.estimate()).text(),
                  a.meets()
                      ? "meets it since "
                          + a.since()
                          + (a.sinceStartOfRelease() ? " (or earlier)" : "")
                          + ", "
                          + a.yearsInRow()
                          + " year(s) in a row"
                      : a.value() == null ? "" : "below"));
        }
      }
    }
    if (all.size() > 1) {
      r.footer("Per ally: burdenshare targets --target ID --year " + y + " (or --format csv).");
    }
    return r;
  }
}
