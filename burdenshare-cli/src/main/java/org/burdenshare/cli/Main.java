package org.burdenshare.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.errors.Remedy;
import org.burdenshare.store.StoreException;
import picocli.CommandLine;

/**
 * The entry point. Exit status: 0 answered, 2 the question or its input was wrong (the message says
 * what and what is accepted), 1 something unexpected (a bug: the message asks for a report).
 */
public final class Main {
  public static final int USER_ERROR = 2;

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, System.getenv(), out, err);
    if (org.burdenshare.store.SqlConsole.abandonedQuery()) {
      // A query that ignored its cancel is still running in DuckDB, on a read-only connection:
      // end now, as the limit promised, rather than in the shutdown hook that would wait for it.
      out.flush();
      err.flush();
      Runtime.getRuntime().halt(status);
    }
    System.exit(status);
  }

  private static double number(String s) {
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException(
          "expected a number such as 3.5, found '" + s + "'");
    }
  }

  private static int wholeNumber(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException(
          "expected a whole number such as 2024, found '" + s + "'");
    }
  }

  private static final Remedy.Words REMEDY_WORDS =
      new Remedy.Words(
          id -> " Ask with --release " + id + ".",
          " Ask with --release ID for one release's series.",
          " List them with 'burdenshare releases'.");

  /** What would answer, said in the command line's terms. */
  static String remedy(InvalidQueryException e) {
    return e.remedy().map(r -> r.in(REMEDY_WORDS)).orElse("");
  }

  /** Runs one command line; used by {@link #main} and by the tests. */
  public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
    BurdenshareCommand root = new BurdenshareCommand(env, out, err);
    CommandLine cli = new CommandLine(root);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(Double.class, Main::number);
    cli.registerConverter(Double.TYPE, Main::number);
    cli.registerConverter(Integer.class, Main::wholeNumber);
    cli.registerConverter(Integer.TYPE, Main::wholeNumber);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("burdenshare: " + ex.getMessage());
          CommandLine sub = ex.getCommandLine();
          err.println("Try '" + sub.getCommandSpec().qualifiedName() + " --help' for the options.");
          err.flush();
          return USER_ERROR;
        });
    cli.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          if (ex instanceof InvalidQueryException || ex instanceof StoreException) {
            err.println(
                "burdenshare: "
                    + ex.getMessage()
                    + (ex instanceof InvalidQueryException q ? remedy(q) : ""));
            err.flush();
            return USER_ERROR;
          }
          err.println(
              "burdenshare: internal error ("
                  + ex.getClass().getSimpleName()
                  + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
                  + "). This is a bug; please report it with the command you ran.");
          if (env.containsKey("BURDENSHARE_DEBUG")) {
            ex.printStackTrace(err);
          }
          err.flush();
          return 1;
        });
    int status = cli.execute(args);
    if (status == 0) {
      out.flush();
      root.keepSnapshot(); // after the answer is out, and only after an answer
    }
    return status;
  }
}
