package org.burdenshare.cli;

import org.burdenshare.render.OutputFormat;
import picocli.CommandLine.Option;

/** --format for commands that answer with a table. */
public final class OutputOptions {
  @Option(
      names = {"--format", "-f"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output as text (an aligned table), csv or json. Default: ${DEFAULT-VALUE}.")
  public OutputFormat format;
}
