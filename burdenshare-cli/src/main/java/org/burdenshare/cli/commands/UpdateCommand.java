package org.burdenshare.cli.commands;

import java.io.PrintWriter;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.burdenshare.cli.BurdenshareCommand;
import org.burdenshare.cli.Main;
import org.burdenshare.cli.OutputOptions;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.ReleaseChanges;
import org.burdenshare.core.releases.PublisherCheck;
import org.burdenshare.render.Num;
import org.burdenshare.render.OutputFormat;
import org.burdenshare.render.Printer;
import org.burdenshare.render.Rendered;
import org.burdenshare.store.ReferenceData;
import org.burdenshare.store.Store;
import org.burdenshare.store.StoreException;
import org.burdenshare.store.downloads.Download;
import org.burdenshare.store.downloads.Downloads;
import org.burdenshare.store.downloads.PublisherPages;
import org.burdenshare.store.imports.ImportedRelease;
import org.burdenshare.store.imports.NatoWorkbook;
import org.burdenshare.store.imports.PublisherProfile;
import org.burdenshare.store.imports.ReleaseDetails;
import org.burdenshare.store.imports.SipriWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "update",
    sortOptions = false,
    description = {
      "Look for new editions on the publishers' pages (NATO's defence-expenditure page, SIPRI's"
          + " database page) and import them: each workbook linked there that no release in the"
          + " database came from is downloaded, what it would change is shown (a new release, its"
          + " years and indicators, and per ally the figures that differ from the newest release"
          + " held), and it is imported. With --check, only list them with the command that"
          + " imports each. Either way the dashboard's Sources page shows when this was and what"
          + " was found.",
      "Examples: burdenshare update --check",
      "          burdenshare update"
    })
public final class UpdateCommand implements Callable<Integer> {
  /** How many differing figures of one ally the text lists; --format json lists them all. */
  private static final int SHOWN_PER_ALLY = 5;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @ParentCommand BurdenshareCommand root;

  @Mixin OutputOptions output;

  @Option(
      names = "--check",
      description = "Only list what is new, with the command that imports each; import nothing.")
  boolean check;

  @Option(
      names = "--page",
      paramLabel = "DATASET=ADDRESS",
      description =
          "Read this page for a publisher instead of the one its profile names (e.g. a mirror):"
              + " nato-defence-expenditure=…, sipri-milex=…. Repeatable.")
  Map<String, String> pages = new LinkedHashMap<>();

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "120",
      description = "The longest each page or download may take. Default: ${DEFAULT-VALUE}.")
  int timeout;

  @Override
  public Integer call() {
    PrintWriter err = root.err();
    Consumer<String> progress =
        m -> {
          err.println(m);
          err.flush();
        };
    Map<String, URI> chosen = new LinkedHashMap<>();
    pages.forEach(
        (dataset, address) -> {
          if (!PublisherProfile.DATASETS.contains(dataset)) {
            throw new StoreException(
                "--page "
                    + dataset
                    + "=…: no publisher profile '"
                    + dataset
                    + "'; expected one of "
                    + String.join(", ", PublisherProfile.DATASETS)
                    + ".");
          }
          chosen.put(dataset, Downloads.address(address));
        });
    Store store = root.store();
    Downloads downloads = ImportCommand.downloads(root, timeout);
    List<PublisherProfile> profiles = PublisherProfile.all();
    progress.accept("Reading the publishers' pages…");
    PublisherCheck found = PublisherPages.check(downloads, profiles, chosen, store.snapshot());
    store.recordCheck(found);
    List<String> out = new ArrayList<>();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("checked", found.checked());
    json.put("pages", found.pages());
    out.add("Checked " + WHEN.format(found.checked()) + ".");
    for (PublisherCheck.Page page : found.pages()) {
      PublisherProfile profile = PublisherProfile.load(page.dataset());
      out.add("");
      out.add(profile.publisher() + " — " + page.address());
      if (page.problem() != null) {
        out.add("  " + page.problem());
        continue;
      }
      int n = page.workbooks().size();
      out.add(
          "  "
              + n
              + (n == 1 ? " workbook link" : " workbook links")
              + ", "
              + (page.notImported().isEmpty()
                  ? "all imported already: nothing new."
                  : page.notImported().size() + " not imported yet:"));
      for (String link : page.notImported()) {
        out.add("    " + link);
        out.add("      burdenshare import " + profile.importer() + " " + link);
      }
    }
    List<Map<String, Object>> imports = new ArrayList<>();
    if (!check) {
      for (PublisherCheck.Page page : found.pages()) {
        PublisherProfile profile = PublisherProfile.load(page.dataset());
        for (String link : page.notImported()) {
          imports.add(importOne(store, downloads, profile, URI.create(link), out, progress));
        }
      }
      if (!imports.isEmpty()) {
        // what the Sources page says found is now imported
        store.recordCheck(PublisherPages.recheck(found, store.snapshot()));
      }
      json.put("imports", imports);
    }
    Rendered answer = new Rendered(json);
    out.forEach(answer::header);
    Printer.print(
        answer, output.format == OutputFormat.csv ? OutputFormat.text : output.format, root.out());
    boolean unread = found.pages().stream().anyMatch(p -> p.problem() != null);
    return unread ? Main.USER_ERROR : 0;
  }

  /** Downloads one workbook, says what it would change, imports it. */
  private Map<String, Object> importOne(
      Store store,
      Downloads downloads,
      PublisherProfile profile,
      URI link,
      List<String> out,
      Consumer<String> progress) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("address", link.toString());
    out.add("");
    progress.accept("Downloading " + link + "…");
    try (Download d = Download.fetch(downloads, link, "an Excel workbook (.xlsx)")) {
      ImportedRelease r = d.read(f -> read(profile, f, progress));
      r.notices().forEach(progress);
      Figures held = store.snapshot();
      ReleaseChanges changes = ReleaseChanges.of(r.release(), r.observations(), held);
      describe(changes, out);
      json.put("changes", changes);
      Store.ImportOutcome outcome = d.importInto(store, r, false, progress);
      outcome.warnings().forEach(w -> progress.accept("Warning: " + w));
      out.add(outcome.message());
      json.put("action", outcome.action().name().toLowerCase(Locale.ROOT));
      json.put("message", outcome.message());
    } catch (StoreException e) {
      // one workbook refused is said, and the others are still imported
      out.add("Not imported: " + e.getMessage());
      json.put("action", "refused");
      json.put("message", e.getMessage());
    }
    return json;
  }

  private static ImportedRelease read(
      PublisherProfile profile, java.nio.file.Path file, Consumer<String> progress) {
    var countries = ReferenceData.load().countries();
    return switch (profile.importer()) {
      case "sipri" -> SipriWorkbook.read(file, countries, ReleaseDetails.none(), progress);
      case "nato" -> NatoWorkbook.read(file, countries, ReleaseDetails.none(), progress);
      default ->
          throw new IllegalStateException(
              "publisher profile " + profile.dataset() + " names no importer");
    };
  }

  /** What a release would change, in a few lines a person reads before it is written. */
  static void describe(ReleaseChanges c, List<String> out) {
    out.add(
        (c.replaces() ? "Corrected release " : "New release ")
            + c.incoming().id()
            + ": "
            + c.incoming().title()
            + ", published "
            + c.incoming().published()
            + ".");
    out.add(
        "  "
            + String.format(Locale.ROOT, "%,d", c.figures())
            + " figures for "
            + (c.years().isEmpty() ? "no year" : c.years().first() + "–" + c.years().last())
            + "; indicators: "
            + String.join(", ", c.indicators())
            + ".");
    if (c.against() == null) {
      out.add("  The database holds no other release of this series.");
      return;
    }
    out.add(
        "  Against "
            + c.against().id()
            + ", the newest release held: "
            + c.newCells()
            + " figures it does not have, "
            + (c.redefined() == 0
                ? ""
                : c.redefined() + " in another unit or price base (not compared), ")
            + c.differing()
            + " that differ"
            + (c.allies().isEmpty() ? "." : ", for " + c.allies().size() + " allies or totals:"));
    for (ReleaseChanges.Ally a : c.allies()) {
      List<ReleaseChanges.Difference> ds = a.differences();
      for (int i = 0; i < Math.min(SHOWN_PER_ALLY, ds.size()); i++) {
        var d = ds.get(i);
        out.add(
            "    "
                + a.country()
                + "  "
                + d.indicator()
                + " "
                + d.year()
                + ": "
                + Num.of(d.before(), d.beforeEstimate()).text()
                + " → "
                + Num.of(d.after(), d.afterEstimate()).text());
      }
      if (ds.size() > SHOWN_PER_ALLY) {
        out.add(
            "    "
                + a.country()
                + "  … and "
                + (ds.size() - SHOWN_PER_ALLY)
                + " more (all of them with --format json)");
      }
    }
  }
}
