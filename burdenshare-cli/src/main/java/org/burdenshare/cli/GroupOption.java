package org.burdenshare.cli;

import picocli.CommandLine.Option;

/** --countries, for commands that answer about the members of a group. */
public final class GroupOption {
  @Option(
      names = "--countries",
      defaultValue = "NATO",
      paramLabel = "GROUP",
      description =
          "Whose figures: a country (USA), group (BALTICS) or expression (NATO-USA). Default:"
              + " ${DEFAULT-VALUE}, the members of the year asked.")
  public String countries;
}
