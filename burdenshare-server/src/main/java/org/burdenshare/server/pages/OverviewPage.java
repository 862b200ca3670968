package org.burdenshare.server.pages;

import java.time.LocalDate;
import java.util.List;

/**
 * Who pays for NATO: the year's headline figures (the alliance's total, the United States against
 * the others, allies at 2 % and 3.5 %), each ally's share of GDP, the United States against the
 * others over time, and Europe and Canada's real change year by year ({@code realChanges}, null
 * when the releases lack constant prices). The ranking can also be seen as a map ({@code map}, with
 * a year slider). {@code spending}: what the allies' spending went to, year by year (null when the
 * releases split none).
 */
public record OverviewPage(
    Frame frame,
    ChoiceForm form,
    Headline headline,
    Section ranking,
    MapView map,
    Section overTime,
    Section realChanges,
    Section spending)
    implements PageModel {

  /** The year's figures in a few numbers. */
  /**
   * @param release the release the headline names (that of the shares of GDP)
   * @param notes one per release of a marked figure: which, published when, and whether after the
   *     date
   */
  public record Headline(
      int year, LocalDate asOf, ReleaseNote release, List<Stat> stats, List<String> notes) {
    public Headline {
      stats = List.copyOf(stats);
      notes = List.copyOf(notes);
    }
  }

  /**
   * One headline figure.
   *
   * @param id the element's id, for tests and links
   * @param unit its unit, or empty
   * @param mark the mark beside it where it comes from another release than the headline names or
   *     from a later one (the note of that mark says which), or null
   * @param source the release it comes from
   */
  public record Stat(
      String id,
      String label,
      String value,
      boolean estimate,
      String unit,
      String mark,
      Provenance source) {}
}
