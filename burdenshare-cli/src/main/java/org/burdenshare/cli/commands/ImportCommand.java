package org.burdenshare.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.burdenshare.cli.BurdenshareCommand;
import org.burdenshare.cli.OutputOptions;
import org.burdenshare.cli.ReleaseOptions;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.releases.Provenance;
import org.burdenshare.render.OutputFormat;
import org.burdenshare.render.Printer;
import org.burdenshare.render.Rendered;
import org.burdenshare.store.ReferenceData;
import org.burdenshare.store.Store;
import org.burdenshare.store.StoreException;
import org.burdenshare.store.downloads.Download;
import org.burdenshare.store.downloads.Downloads;
import org.burdenshare.store.imports.ImportedRelease;
import org.burdenshare.store.imports.NatoWorkbook;
import org.burdenshare.store.imports.ReleaseDetails;
import org.burdenshare.store.imports.TidyCsvImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "import",
    description = {
      "Import a release from a file or from its web address: NATO's yearly tables (the Excel"
          + " workbook, or a CSV in the project's tidy format), or SIPRI's Military Expenditure"
          + " Database workbook. An import writes the whole release or nothing; the same file twice"
          + " changes nothing; a corrected file replaces the release it corrects. A download is"
          + " limited in size (50 MB), time (--timeout) and redirects (5), goes through the proxy"
          + " named by https_proxy/no_proxy, and is kept beside the database with its address,"
          + " date, size and SHA-256."
    },
    subcommands = {ImportCommand.Nato.class, ImportCommand.Sipri.class, ImportCommand.Csv.class})
public final class ImportCommand implements Runnable {
  @ParentCommand BurdenshareCommand root;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(root.out());
  }

  /** What every import takes: the file, overrides of its details, --dry-run, --format. */
  abstract static class Base implements Callable<Integer> {
    @ParentCommand ImportCommand parent;

    @Mixin OutputOptions output;

    @Parameters(
        index = "0",
        paramLabel = "FILE|ADDRESS",
        description =
            "The file to import, or its web address (https://…): downloaded, checked and imported"
                + " as a file on disk, and kept beside the database with its address.")
    String source;

    @Option(
        names = "--id",
        paramLabel = "ID",
        description = "The release id (default: from the file).")
    String id;

    @Option(
        names = "--title",
        paramLabel = "TITLE",
        description = "The release title (default: from the file).")
    String title;

    @Option(
        names = "--published",
        paramLabel = "DATE",
        converter = ReleaseOptions.DateConverter.class,
        description = "The publication date, YYYY-MM-DD (default: from the file).")
    LocalDate published;

    @Option(names = "--dry-run", description = "Read and check everything, report, write nothing.")
    boolean dryRun;

    @Option(
        names = "--timeout",
        paramLabel = "SECONDS",
        defaultValue = "120",
        description =
            "For a web address: the longest the download may take. Default: ${DEFAULT-VALUE}.")
    int timeout;

    abstract ImportedRelease read(Path file, ReleaseDetails details, Consumer<String> progress);

    /** What the file must be, said for a person ("an Excel workbook (.xlsx)"). */
    abstract String expected(String name);

    @Override
    public Integer call() {
      BurdenshareCommand root = parent.root;
      PrintWriter err = root.err();
      Consumer<String> progress =
          m -> {
            err.println(m);
            err.flush();
          };
      ReleaseDetails details = new ReleaseDetails(id, title, published);
      if (Downloads.isAddress(source)) {
        Store store = root.store(); // before anything is fetched: a store it cannot use stops it
        URI address = Downloads.address(source);
        Downloads downloads = downloads(root, timeout);
        progress.accept("Downloading " + address + "…");
        try (Download d = Download.fetch(downloads, address, expected(address.getPath()))) {
          ImportedRelease r = d.read(f -> read(f, details, progress));
          r.notices().forEach(progress);
          report(r, d.importInto(store, r, dryRun, progress), root, progress);
        }
        return 0;
      }
      Path path = Path.of(source);
      // The store opens (DuckDB's library, the check that the database is current) on another
      // thread while the file is read: neither needs the other, and together they were half an
      // import's time. Its failure is reported first, as when it opened before the reading.
      FutureTask<Store> opening = new FutureTask<>(root::store);
      Thread opener = new Thread(opening, "burdenshare-open-store");
      opener.setDaemon(true);
      opener.start();
      ImportedRelease read;
      try {
        read = read(path, details, progress);
      } catch (RuntimeException e) {
        opened(opening);
        throw e;
      }
      Store store = opened(opening);
      ImportedRelease r = read;
      r =
          r.withRelease(
              r.release().withProvenance(Provenance.local(r.file(), size(path), r.sha256())));
      r.notices().forEach(progress);
      report(r, store.importRelease(r, dryRun, progress), root, progress);
      return 0;
    }

    /** The store the other thread opened, or its failure as that thread met it. */
    private static Store opened(FutureTask<Store> opening) {
      return done(opening);
    }

    /** What another thread made, or its failure as that thread met it. */
    static <T> T done(FutureTask<T> task) {
      return org.burdenshare.store.ImportTasks.done(task);
    }

    private static Long size(Path file) {
      try {
        return Files.size(file);
      } catch (IOException e) {
        return null; // read a moment ago; a size it will not give is no reason to refuse
      }
    }

    private void report(
        ImportedRelease r,
        Store.ImportOutcome outcome,
        BurdenshareCommand root,
        Consumer<String> progress) {
      outcome.warnings().forEach(w -> progress.accept("Warning: " + w));
      ImportedRelease.Summary s = r.summary();
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("action", outcome.action().name().toLowerCase(Locale.ROOT));
      json.put("release", r.release().ref());
      json.put("message", outcome.message());
      json.put("summary", s);
      json.put("warnings", outcome.warnings());
      if (r.release().provenance() != null && r.release().provenance().downloaded()) {
        json.put("file", r.release().provenance());
      }
      Rendered out = new Rendered(json);
      out.header(outcome.message());
      out.header(
          "Read "
              + s.sheets()
              + " sheet(s): "
              + s.countries()
              + " countries, "
              + s.figures()
              + " figures ("
              + s.estimates()
              + " estimates"
              + (s.uncertain() > 0 ? ", " + s.uncertain() + " highly uncertain" : "")
              + "); "
              + s.missing()
              + " missing, "
              + s.notExisting()
              + " for states that did not exist.");
      s.skipped().forEach(x -> out.footer("Skipped: " + x));
      Printer.print(
          out, output.format == OutputFormat.csv ? OutputFormat.text : output.format, root.out());
    }
  }

  /** The downloads of one command, with the environment's proxy and a time limit. */
  static Downloads downloads(BurdenshareCommand root, int seconds) {
    if (seconds < 1) {
      throw new StoreException("--timeout must be at least 1 second, found " + seconds + ".");
    }
    return new Downloads(
        root.env(), Downloads.Limits.standard().within(Duration.ofSeconds(seconds)));
  }

  private static boolean isCsv(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  @Command(
      name = "nato",
      sortOptions = false,
      description = {
        "Import NATO's defence-expenditure tables: the Excel workbook as NATO publishes it"
            + " (tables found by their titles and headers), or a CSV in the tidy release format"
            + " (docs/release-format.md; then --id, --title and --published are required).",
        "Example: burdenshare import nato 240617-def-exp-2024-TABLES-en.xlsx --dry-run"
      })
  static final class Nato extends Base {
    @Override
    ImportedRelease read(Path file, ReleaseDetails details, Consumer<String> progress) {
      var countries = ReferenceData.load().countries();
      if (isCsv(file.getFileName().toString())) {
        return TidyCsvImport.read(file, countries, details);
      }
      return NatoWorkbook.read(file, countries, details, progress);
    }

    @Override
    String expected(String name) {
      return isCsv(name) ? "a CSV file" : "an Excel workbook (.xlsx)";
    }
  }

  @Command(
      name = "sipri",
      sortOptions = false,
      description = {
        "Import SIPRI's Military Expenditure Database workbook as you downloaded it from SIPRI:"
            + " every country sheet, the regional totals, notes and footnotes, with SIPRI's"
            + " estimate (blue) and highly uncertain (red) marks. SIPRI's licence forbids"
            + " redistributing it: the import stays in your own database.",
        "Example: burdenshare import sipri SIPRI-Milex-data-1949-2024_2.xlsx"
      })
  static final class Sipri extends Base {
    @Override
    ImportedRelease read(Path file, ReleaseDetails details, Consumer<String> progress) {
      // The reference table loads on another thread while the workbook is read: only the
      // harmonising after the reading needs it.
      FutureTask<Countries> countries = new FutureTask<>(() -> ReferenceData.load().countries());
      Thread loader = new Thread(countries, "burdenshare-load-countries");
      loader.setDaemon(true);
      loader.start();
      return org.burdenshare.store.imports.SipriWorkbook.read(
          file, () -> done(countries), details, progress);
    }

    @Override
    String expected(String name) {
      return "an Excel workbook (.xlsx)";
    }
  }

  @Command(
      name = "csv",
      sortOptions = false,
      description = {
        "Import a release in the project's tidy CSV format (docs/release-format.md): one figure"
            + " a line, with --id, --title and --published.",
        "Example: burdenshare import csv my-figures.csv --id mine-2026 --title \"My figures\""
            + " --published 2026-11-01"
      })
  static final class Csv extends Base {
    @Override
    ImportedRelease read(Path file, ReleaseDetails details, Consumer<String> progress) {
      return TidyCsvImport.read(file, ReferenceData.load().countries(), details);
    }

    @Override
    String expected(String name) {
      return "a CSV file";
    }
  }
}
