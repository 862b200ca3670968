package org.burdenshare.cli.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.burdenshare.cli.BurdenshareCommand;
import org.burdenshare.store.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "export",
    sortOptions = false,
    description = {
      "Write the observations, each with its release, publisher, publication date, source table"
          + " and estimate flag, to a CSV, JSON or Parquet file.",
      "Example: burdenshare export --format parquet --out figures.parquet"
    })
public final class ExportCommand implements Callable<Integer> {
  @ParentCommand BurdenshareCommand root;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "csv, json or parquet.")
  String format;

  @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write.")
  Path out;

  @Option(names = "--release", paramLabel = "ID", description = "Only this release.")
  String release;

  @Override
  public Integer call() {
    if (release != null) {
      root.engine().figures().release(release);
    }
    long n = Exporter.export(root.store(), format, out, release);
    root.out()
        .println(
            "Wrote "
                + n
                + " observations to "
                + out
                + ", with their fields, licences and attribution in "
                + Exporter.dataPackageOf(out).getFileName()
                + ".");
    root.out().flush();
    return 0;
  }
}
