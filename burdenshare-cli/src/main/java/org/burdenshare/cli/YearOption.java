package org.burdenshare.cli;

import picocli.CommandLine.Option;

/** --year, for commands that answer about one year. */
public final class YearOption {
  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year.")
  public int year;
}
