package org.burdenshare.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.releases.Definition;
import org.burdenshare.core.releases.Holding;

/**
 * The list of bundled releases and supplementary files, read from {@code burdenshare/manifest.json}
 * in the jar. Adding a release to the product is adding a file and an entry here, no code.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(
    int manifestVersion, List<ReleaseEntry> releases, List<Supplement> supplements) {

  /** One release file and what is known about its publication. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ReleaseEntry(
      String id,
      String dataset,
      String format,
      String file,
      String label,
      String publisher,
      String title,
      LocalDate published,
      LocalDate cutoff,
      String url,
      String attribution,
      String licence,
      String sources,
      Map<String, String> tables,
      Map<String, Integer> decimals,
      Map<String, CodeMapping> indicatorCodes,
      List<String> notes,
      Boolean partial,
      List<Holding> holdings,
      Map<String, Definition> definitions) {

    /** Whether the release holds only part of its edition (absent means whole). */
    public boolean isPartial() {
      return Boolean.TRUE.equals(partial);
    }
  }

  /** How a publisher's indicator code maps to ours, with the unit of its figures. */
  public record CodeMapping(String indicator, String unit) {}

  /** A bundled file that is no release of observations, such as the partial cost shares. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Supplement(
      String id,
      String table,
      String dataset,
      String file,
      String sources,
      String quality,
      String description) {}
}
