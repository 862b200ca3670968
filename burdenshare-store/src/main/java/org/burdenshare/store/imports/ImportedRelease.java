package org.burdenshare.store.imports;

import java.util.List;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.Release;

/**
 * A release read from a user's file, validated and ready to be written in one transaction.
 *
 * @param format "nato-workbook", "sipri-workbook" or "tidy-csv"
 * @param notices what the user must be shown at import (SIPRI's licence)
 * @param footnotes numbered footnotes of the publication, kept with the release
 * @param flags per-figure flags beyond "estimate" (SIPRI's highly uncertain figures) and footnote
 *     references
 */
public record ImportedRelease(
    Release release,
    String format,
    String file,
    String sha256,
    List<Observation> observations,
    Summary summary,
    List<String> notices,
    List<Footnote> footnotes,
    List<Flag> flags) {
  public ImportedRelease {
    observations = List.copyOf(observations);
    notices = List.copyOf(notices);
    footnotes = List.copyOf(footnotes);
    flags = List.copyOf(flags);
  }

  /** The same import, with its release's metadata replaced (e.g. its provenance added). */
  public ImportedRelease withRelease(Release r) {
    return new ImportedRelease(
        r, format, file, sha256, observations, summary, notices, footnotes, flags);
  }

  /** A numbered footnote. */
  public record Footnote(String id, String text) {}

  /** A flag on one figure, or a country's notes (year 0, indicator "*"). */
  public record Flag(String country, int year, String indicator, String flag, String notes) {}

  /**
   * What was read.
   *
   * @param missing cells the publisher marks as missing ("...")
   * @param notExisting cells marking a state that did not exist ("xxx")
   * @param skipped rows or tables passed over, each with its reason
   */
  public record Summary(
      int sheets,
      int countries,
      int figures,
      int estimates,
      int uncertain,
      int missing,
      int notExisting,
      List<String> skipped) {
    public Summary {
      skipped = List.copyOf(skipped);
    }
  }
}
