package org.burdenshare.cli.commands;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.burdenshare.cli.BurdenshareCommand;
import org.burdenshare.cli.OutputOptions;
import org.burdenshare.core.InvalidQueryException;
import org.burdenshare.server.render.Printer;
import org.burdenshare.server.render.Rendered;
import org.burdenshare.store.SqlConsole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Run a read-only SQL query (DuckDB dialect) over the database. Queries cannot change the"
          + " data, read or write files, or reach the network; rows and time are bounded.",
      "Tables: " + SqlConsole.TABLES + ".",
      "Example: burdenshare sql \"SELECT release_id, count(*) FROM observations GROUP BY 1\""
    })
public final class SqlCommand implements Callable<Integer> {
  @ParentCommand BurdenshareCommand root;

  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The query, in quotes.")
  String query;

  @Option(
      names = "--max-rows",
      defaultValue = "1000",
      paramLabel = "N",
      description = "Print at most N rows. Default: ${DEFAULT-VALUE}.")
  int maxRows;

  @Option(
      names = "--timeout",
      defaultValue = "10",
      paramLabel = "SECONDS",
      description = "Stop the query after this many seconds. Default: ${DEFAULT-VALUE}.")
  int timeout;

  @Override
  public Integer call() {
    if (maxRows < 1 || maxRows > 1_000_000) {
      throw new InvalidQueryException(
          "--max-rows must be from 1 to 1000000, found " + maxRows + ".");
    }
    if (timeout < 1 || timeout > 3600) {
      throw new InvalidQueryException(
          "--timeout must be from 1 to 3600 seconds, found " + timeout + ".");
    }
    SqlConsole.Result result =
        SqlConsole.query(root.store(), query, maxRows, Duration.ofSeconds(timeout));
    Rendered r = new Rendered(result).columns(result.columns().toArray(String[]::new));
    result.rows().forEach(row -> r.row(row.toArray()));
    if (result.truncated()) {
      r.footer("Only the first " + maxRows + " rows are shown (--max-rows).");
    }
    Printer.print(r, output.format, root.out());
    return 0;
  }
}
