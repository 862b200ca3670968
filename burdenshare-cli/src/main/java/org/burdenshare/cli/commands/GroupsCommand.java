package org.burdenshare.cli.commands;

import org.burdenshare.core.Engine;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.groups.Group;
import org.burdenshare.core.groups.GroupDefinition;
import org.burdenshare.render.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "groups",
    description = {
      "List the named groups, their definitions and their members in a year. Any command that"
          + " takes a group also takes an expression: + or , for union, - for difference, & for"
          + " intersection, parentheses to group (e.g. NATO-USA, NATO&EU, (BALTICS+POL)-LTU)."
    })
public final class GroupsCommand extends AnswerCommand {
  @Option(
      names = "--year",
      defaultValue = "2026",
      paramLabel = "YEAR",
      description = "The year for membership. Default: ${DEFAULT-VALUE}.")
  int year;

  @Override
  protected Rendered answer(Engine engine) {
    Figures.checkYear(year);
    var defs = engine.figures().groups().definitions();
    Rendered r =
        new Rendered(defs).columns("group", "definition", "members in " + year, "description");
    for (GroupDefinition d : defs) {
      Group g = engine.group(d.name(), year);
      r.row(
          d.name(),
          d.builtIn() ? "(membership of the year)" : d.expression(),
          g.size() + ": " + String.join(" ", g.members()),
          d.description());
    }
    return r;
  }
}
