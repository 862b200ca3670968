package org.burdenshare.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.burdenshare.cli.commands.AlliesCommand;
import org.burdenshare.cli.commands.CheckCommand;
import org.burdenshare.cli.commands.CompareCommand;
import org.burdenshare.cli.commands.CompletionCommand;
import org.burdenshare.cli.commands.CostshareCommand;
import org.burdenshare.cli.commands.ExportCommand;
import org.burdenshare.cli.commands.FairshareCommand;
import org.burdenshare.cli.commands.GapCommand;
import org.burdenshare.cli.commands.GroupsCommand;
import org.burdenshare.cli.commands.GuidelineCommand;
import org.burdenshare.cli.commands.ImportCommand;
import org.burdenshare.cli.commands.IndicatorsCommand;
import org.burdenshare.cli.commands.RankCommand;
import org.burdenshare.cli.commands.ReleasesCommand;
import org.burdenshare.cli.commands.RevisionsCommand;
import org.burdenshare.cli.commands.ScenarioCommand;
import org.burdenshare.cli.commands.ServeCommand;
import org.burdenshare.cli.commands.ShareCommand;
import org.burdenshare.cli.commands.SqlCommand;
import org.burdenshare.cli.commands.TableCommand;
import org.burdenshare.cli.commands.TargetsCommand;
import org.burdenshare.cli.commands.UpdateCommand;
import org.burdenshare.core.Engine;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.store.DataDirectory;
import org.burdenshare.store.SnapshotToKeep;
import org.burdenshare.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: options shared by all commands, and the store they open lazily. */
@Command(
    name = "burdenshare",
    // --help and --version on every command, declared once: subcommands inherit them.
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    // No header: an inherited header would stand for every subcommand in the list of commands.
    description = {
      "Who pays for the alliance? NATO burden sharing, measured and checkable.",
      "Every figure comes from an official release (NATO's defence-expenditure tables, the World"
          + " Bank) and says which one. Ask as of a date to see what had been published then.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  burdenshare compare USA NATO-USA --indicator defence_exp_current_usd --year 2019"
          + " --as-of 2019-11-28",
      "  burdenshare guideline --indicator share_of_gdp --threshold 2 --year 2024",
      "  burdenshare gap --target 3.5 --year 2026",
      "  burdenshare table --indicator share_of_gdp --countries BALTICS --years 2014-2026",
      "",
      "Groups: NATO (the members of the year asked), NATO_EUROPE_CANADA, EU, BALTICS, ... and"
          + " set expressions: NATO-USA, NATO&EU, BALTICS+POL. See 'burdenshare groups'.",
      "Exit status: 0 answered; 2 the question or its input was wrong; 1 an internal error."
    },
    subcommands = {
      ReleasesCommand.class,
      AlliesCommand.class,
      GroupsCommand.class,
      IndicatorsCommand.class,
      TableCommand.class,
      CompareCommand.class,
      ShareCommand.class,
      GuidelineCommand.class,
      GapCommand.class,
      RankCommand.class,
      RevisionsCommand.class,
      SqlCommand.class,
      ExportCommand.class,
      CheckCommand.class,
      TargetsCommand.class,
      ScenarioCommand.class,
      FairshareCommand.class,
      CostshareCommand.class,
      ImportCommand.class,
      UpdateCommand.class,
      ServeCommand.class,
      CompletionCommand.class
    })
public final class BurdenshareCommand implements Runnable {
  private final Map<String, String> env;
  private final PrintWriter out;
  private final PrintWriter err;
  private Store store;
  private Engine engine;
  private SnapshotToKeep toKeep;

  @Spec CommandSpec spec;

  @Option(
      names = "--data-dir",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description =
          "Where the database lives (default: $"
              + DataDirectory.ENV
              + ", else $XDG_DATA_HOME/burdenshare, else $HOME/.local/share/burdenshare).")
  Path dataDir;

  BurdenshareCommand(Map<String, String> env, PrintWriter out, PrintWriter err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  /** Without a command: where the data is, the headline figures of the newest release, and help. */
  @Override
  public void run() {
    Overview.print(store(), engine(), out);
    out.println();
    spec.commandLine().usage(out);
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  /** The environment the command runs in (proxy settings, the data directory's variable). */
  public Map<String, String> env() {
    return env;
  }

  /** The store, opened (and on first use, loaded) when a command first needs it. */
  public Store store() {
    if (store == null) {
      Path dir = DataDirectory.resolve(dataDir, env);
      LibraryLog.sendTo(dir);
      store = Store.open(dir, m -> err.println(m));
      err.flush();
    }
    return store;
  }

  /**
   * The engine on the snapshot of the data directory's database: the one kept beside it when it is
   * current (no store opened, no DuckDB: what makes a one-shot question quick), else read from the
   * store, to be kept once the command has answered ({@link #keepSnapshot}).
   */
  public Engine engine() {
    if (engine == null) {
      Optional<Figures> kept =
          store == null
              ? Store.keptSnapshot(DataDirectory.resolve(dataDir, env))
              : Optional.empty();
      if (kept.isPresent()) {
        engine = new Engine(kept.get());
      } else {
        toKeep = store().snapshotToKeep();
        engine = new Engine(toKeep.figures());
      }
    }
    return engine;
  }

  /** After a command that answered: keeps the snapshot it read from the database, if any. */
  void keepSnapshot() {
    if (toKeep != null) {
      toKeep.keep();
      toKeep = null;
    }
  }
}
