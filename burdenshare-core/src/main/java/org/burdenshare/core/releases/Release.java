package org.burdenshare.core.releases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One publication of figures by one publisher on one date. Every observation belongs to exactly one
 * release; the same year's figure differs between releases through revisions and estimates.
 *
 * @param id short stable identifier, e.g. {@code nato-2019-06}
 * @param dataset the series of releases it belongs to (e.g. {@code nato-defence-expenditure}):
 *     as-of selection picks among releases of one dataset, so that figures of different publishers
 *     are never mixed silently
 * @param publisher who published it
 * @param title the publication's own title
 * @param published publication date
 * @param cutoff information cut-off date, or null where the publisher states none
 * @param url where the publisher put it
 * @param attribution how to credit it
 * @param licence the terms it is used under
 * @param tables for each indicator, the table or column of the publication it comes from
 * @param decimals for each indicator, the number of decimals the publisher prints; guidelines are
 *     judged at that precision, as the publisher judges them
 * @param notes caveats a reader should know (estimates, known inconsistencies)
 * @param bundled whether it ships with the product (true) or was imported by the user
 * @param partial whether it holds only part of the publisher's edition ({@code holdings} says which
 *     part): it answers a question only when it holds every figure the question needs
 * @param holdings for a partial release, the blocks of figures it holds; empty otherwise
 * @param definitions for each indicator, what the publisher called it (table, measure, price base)
 * @param provenance the file it was read from: name, size, SHA-256 and, for a download, its address
 *     and date; null where none is recorded
 */
public record Release(
    String id,
    String dataset,
    String publisher,
    String title,
    LocalDate published,
    LocalDate cutoff,
    String url,
    String attribution,
    String licence,
    Map<String, String> tables,
    Map<String, Integer> decimals,
    List<String> notes,
    boolean bundled,
    boolean partial,
    List<Holding> holdings,
    Map<String, Definition> definitions,
    Provenance provenance) {

  public Release {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(published, "published");
    // sorted, not Map.copyOf: its order changes from run to run, and with it the release's JSON
    // (and the ETag of every answer that shows it)
    tables = sorted(tables);
    decimals = sorted(decimals);
    notes = List.copyOf(notes);
    holdings = holdings == null ? List.of() : List.copyOf(holdings);
    definitions = definitions == null ? Map.of() : sorted(definitions);
  }

  /** A release with no provenance recorded (built in memory rather than read from a file). */
  public Release(
      String id,
      String dataset,
      String publisher,
      String title,
      LocalDate published,
      LocalDate cutoff,
      String url,
      String attribution,
      String licence,
      Map<String, String> tables,
      Map<String, Integer> decimals,
      List<String> notes,
      boolean bundled,
      boolean partial,
      List<Holding> holdings,
      Map<String, Definition> definitions) {
    this(
        id,
        dataset,
        publisher,
        title,
        published,
        cutoff,
        url,
        attribution,
        licence,
        tables,
        decimals,
        notes,
        bundled,
        partial,
        holdings,
        definitions,
        null);
  }

  /** The same release, read from the file a provenance describes. */
  public Release withProvenance(Provenance p) {
    return new Release(
        id,
        dataset,
        publisher,
        title,
        published,
        cutoff,
        url,
        attribution,
        licence,
        tables,
        decimals,
        notes,
        bundled,
        partial,
        holdings,
        definitions,
        p);
  }

  /** What the publisher called an indicator's figures; "not recorded" parts where it is unknown. */
  public Definition definitionOf(String indicator) {
    return definitions.getOrDefault(indicator, Definition.notRecorded());
  }

  /** The table or column an indicator's figures come from, or the title when none is recorded. */
  public String tableOf(String indicator) {
    return tables.getOrDefault(indicator, title);
  }

  /** The decimals the publisher prints for an indicator, when it says. */
  public Optional<Integer> decimalsOf(String indicator) {
    return Optional.ofNullable(decimals.get(indicator));
  }

  /** The short form that every answer carries to name its release. */
  public ReleaseRef ref() {
    return new ReleaseRef(id, publisher, title, published, cutoff, url, partial);
  }

  private static <V> Map<String, V> sorted(Map<String, V> map) {
    return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(map));
  }
}
