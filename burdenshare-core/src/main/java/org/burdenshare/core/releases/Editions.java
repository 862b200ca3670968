package org.burdenshare.core.releases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of a publisher's editions (one dataset's), bundled or not. An edition is <em>held
 * </em> when a release of its dataset in the database was published on its date: a bundled file, or
 * a workbook the user imported. Editions published the same day (NATO puts out its tables and the
 * Secretary General's Annual Report together) are held by the same release.
 *
 * @param dataset the dataset whose releases are editions of this catalogue
 */
public record Editions(String dataset, List<Edition> all) {
  public Editions {
    all =
        all.stream()
            .sorted(
                Comparator.comparing(
                    Edition::published, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
  }

  /**
   * An edition with the release that holds it, if any.
   *
   * @param heldBy the release in the database that holds its figures, or null
   */
  public record Entry(Edition edition, ReleaseRef heldBy) {}

  /** Every edition of the catalogue, oldest first (undated last), with the release holding it. */
  public List<Entry> entries(Collection<Release> releases) {
    return all.stream()
        .map(e -> new Entry(e, heldBy(e, releases).map(Release::ref).orElse(null)))
        .toList();
  }

  public static Editions none() {
    return new Editions("", List.of());
  }

  /** The release in the database that holds an edition's figures, if any. */
  public Optional<Release> heldBy(Edition e, Collection<Release> releases) {
    if (e.published() == null) {
      return Optional.empty();
    }
    return releases.stream()
        .filter(r -> r.dataset().equals(dataset) && r.published().equals(e.published()))
        .findFirst();
  }

  /**
   * Dated editions that no release in the database holds, published after one date (exclusive; null
   * for no lower bound) and on or before another (inclusive; null for no upper bound), oldest
   * first.
   */
  public List<Edition> notHeld(Collection<Release> releases, LocalDate after, LocalDate until) {
    return all.stream()
        .filter(e -> e.published() != null)
        .filter(e -> after == null || e.published().isAfter(after))
        .filter(e -> until == null || !e.published().isAfter(until))
        .filter(e -> heldBy(e, releases).isEmpty())
        .toList();
  }
}
