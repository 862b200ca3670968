package org.burdenshare.cli.commands;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.burdenshare.cli.BurdenshareCommand;
import org.burdenshare.cli.OutputOptions;
import org.burdenshare.cli.ReleaseOptions;
import org.burdenshare.render.OutputFormat;
import org.burdenshare.render.Printer;
import org.burdenshare.render.Rendered;
import org.burdenshare.store.ReferenceData;
import org.burdenshare.store.Store;
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
    mixinStandardHelpOptions = true,
    description = {
      "Import a release you downloaded: NATO's yearly tables (the Excel workbook, or a CSV in the"
          + " project's tidy format), or SIPRI's Military Expenditure Database workbook. An import"
          + " writes the whole release or nothing; the same file twice changes nothing; a corrected"
          + " file replaces the release it corrects."
    },
    subcommands = {ImportCommand.Nato.class, ImportCommand.Sipri.class})
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

    @Parameters(index = "0", paramLabel = "PATH", description = "The file to import.")
    Path path;

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

    abstract ImportedRelease read(
        ReleaseDetails details, java.util.function.Consumer<String> progress);

    @Override
    public Integer call() {
      BurdenshareCommand root = parent.root;
      Store store = root.store();
      java.io.PrintWriter err = root.err();
      ImportedRelease r =
          read(
              new ReleaseDetails(id, title, published),
              m -> {
                err.println(m);
                err.flush();
              });
      r.notices()
          .forEach(
              n -> {
                err.println(n);
                err.flush();
              });
      Store.ImportOutcome outcome =
          store.importRelease(
              r,
              dryRun,
              m -> {
                err.println(m);
                err.flush();
              });
      outcome
          .warnings()
          .forEach(
              w -> {
                err.println("Warning: " + w);
                err.flush();
              });
      ImportedRelease.Summary s = r.summary();
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("action", outcome.action().name().toLowerCase(Locale.ROOT));
      json.put("release", r.release().ref());
      json.put("message", outcome.message());
      json.put("summary", s);
      json.put("warnings", outcome.warnings());
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
      return 0;
    }
  }

  @Command(
      name = "nato",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Import NATO's defence-expenditure tables: the Excel workbook as NATO publishes it"
            + " (tables found by their titles and headers), or a CSV in the tidy release format"
            + " (docs/release-format.md; then --id, --title and --published are required).",
        "Example: burdenshare import nato 240617-def-exp-2024-TABLES-en.xlsx --dry-run"
      })
  static final class Nato extends Base {
    @Override
    ImportedRelease read(ReleaseDetails details, java.util.function.Consumer<String> progress) {
      var countries = ReferenceData.load().countries();
      String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".csv")) {
        return TidyCsvImport.read(path, countries, details);
      }
      return NatoWorkbook.read(path, countries, details, progress);
    }
  }

  @Command(
      name = "sipri",
      mixinStandardHelpOptions = true,
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
    ImportedRelease read(ReleaseDetails details, java.util.function.Consumer<String> progress) {
      return org.burdenshare.store.imports.SipriWorkbook.read(
          path, ReferenceData.load().countries(), details, progress);
    }
  }
}
