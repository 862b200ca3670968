package org.burdenshare.store.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.Release;
import org.burdenshare.store.Bundle;
import org.burdenshare.store.StoreException;
import org.burdenshare.store.formats.TidyCsvFormat;

/**
 * A release the user prepared in the project's tidy CSV format (docs/release-format.md). The file
 * carries the figures; the command line carries what the file cannot: id, title, publication date.
 */
public final class TidyCsvImport {
  private TidyCsvImport() {}

  public static ImportedRelease read(Path file, Countries countries, ReleaseDetails details) {
    if (details.id() == null || details.title() == null || details.published() == null) {
      throw new StoreException(
          "A CSV release needs --id, --title and --published (YYYY-MM-DD): the file holds figures,"
              + " not the publication's details.");
    }
    byte[] bytes = Workbooks.bytes(file);
    Release release =
        new Release(
            details.id(),
            "user-" + details.id(),
            "as given by the user",
            details.title(),
            details.published(),
            null,
            null,
            details.title() + "; imported from " + file.getFileName() + ".",
            "as given by the user",
            Map.of(),
            Map.of("share_of_gdp", 2),
            List.of(),
            false,
            false,
            List.of(),
            TidyCsvFormat.definitions(bytes, file.getFileName().toString()));
    List<Observation> obs =
        TidyCsvFormat.read(
            bytes, file.getFileName().toString(), release, null, countries::contains);
    TreeSet<String> seen = new TreeSet<>();
    int estimates = 0;
    for (Observation o : obs) {
      seen.add(o.country());
      estimates += o.estimate() ? 1 : 0;
    }
    return new ImportedRelease(
        release,
        "tidy-csv",
        file.getFileName().toString(),
        Bundle.sha256(bytes),
        obs,
        new ImportedRelease.Summary(1, seen.size(), obs.size(), estimates, 0, 0, 0, List.of()),
        List.of(),
        List.of(),
        List.of());
  }
}
