package org.burdenshare.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import org.burdenshare.cli.BurdenshareCommand;
import org.burdenshare.cli.OutputOptions;
import org.burdenshare.core.Engine;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.releases.ReleaseRef;
import org.burdenshare.render.Printer;
import org.burdenshare.render.Rendered;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** A command that asks the engine one question and prints the answer in the chosen format. */
abstract class AnswerCommand implements Callable<Integer> {
  @ParentCommand BurdenshareCommand root;

  @Mixin OutputOptions output;

  protected abstract Rendered answer(Engine engine);

  @Override
  public Integer call() {
    Printer.print(answer(root.engine()), output.format, root.out());
    return 0;
  }

  /** The line that names the release behind an answer, and why it was chosen. */
  static String releaseLine(ReleaseRef r, String why) {
    return "Release: "
        + r.id()
        + " · "
        + r.title()
        + " · "
        + r.publisher()
        + ", published "
        + r.published()
        + (why == null ? "" : " (" + why + ")");
  }

  /** "ISL (Iceland), ..." for a list of codes. */
  static String named(Countries countries, List<String> codes) {
    return String.join(
        ", ", codes.stream().map(c -> c + " (" + countries.nameOf(c) + ")").toList());
  }

  static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }
}
