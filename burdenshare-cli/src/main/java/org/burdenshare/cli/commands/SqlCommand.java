package org.burdenshare.cli.commands;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.burdenshare.cli.BurdenshareCommand;
import org.burdenshare.cli.OutputOptions;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.render.Printer;
import org.burdenshare.render.Rendered;
import org.burdenshare.store.SqlConsole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "sql",
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

  /**
   * A value as it may be printed to a terminal: control characters (which could move the cursor,
   * clear the screen or retitle the window) and the bidirectional overrides (which reorder what is
   * shown) are written as escapes, e.g. {@code \\x1b}. JSON escapes them itself.
   */
  static Object visible(Object value) {
    if (!(value instanceof String text)) {
      return value;
    }
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      String escape = escape(ch);
      if (escape != null && b == null) {
        b = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (b != null) {
        if (escape != null) {
          b.append(escape);
        } else {
          b.append(ch);
        }
      }
    }
    return b == null ? text : b.toString();
  }

  private static String escape(char ch) {
    if (ch < 0x20 || (ch >= 0x7f && ch <= 0x9f)) {
      return switch (ch) {
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        case '\t' -> "\\t";
        default -> String.format(java.util.Locale.ROOT, "\\x%02x", (int) ch);
      };
    }
    if ((ch >= 0x202a && ch <= 0x202e) || (ch >= 0x2066 && ch <= 0x2069)) {
      return String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch);
    }
    return null;
  }

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
    boolean json = output.format == org.burdenshare.render.OutputFormat.json;
    Rendered r =
        new Rendered(result)
            .columns(
                result.columns().stream()
                    .map(c -> json ? c : (String) visible(c))
                    .toArray(String[]::new));
    result
        .rows()
        .forEach(
            row -> r.row(json ? row.toArray() : row.stream().map(SqlCommand::visible).toArray()));
    if (result.truncated()) {
      r.footer(
          result.rows().size() < maxRows
              ? "Only the first "
                  + result.rows().size()
                  + " rows are shown: the console prints up to "
                  + SqlConsole.MAX_RESULT_CHARACTERS / 1_000_000
                  + " million characters."
              : "Only the first " + maxRows + " rows are shown (--max-rows).");
    }
    if (result.valuesCut() > 0) {
      r.footer(
          result.valuesCut()
              + (result.valuesCut() == 1 ? " value is" : " values are")
              + " cut at "
              + String.format(java.util.Locale.ROOT, "%,d", SqlConsole.MAX_VALUE)
              + " characters (…): ask for less of it, e.g. with left(), len() or list_slice().");
    }
    Printer.print(r, output.format, root.out());
    return 0;
  }
}
