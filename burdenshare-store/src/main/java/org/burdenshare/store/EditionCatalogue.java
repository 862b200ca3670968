package org.burdenshare.store;

import java.time.LocalDate;
import java.util.Optional;
import org.burdenshare.store.formats.CsvRows;

/**
 * The bundled catalogue of NATO's editions, as an importer needs it: to tell the publication date
 * of a workbook that only says when it was created.
 */
public final class EditionCatalogue {
  static final String FILE = "data/nato/editions.csv";

  /**
   * How long after a workbook's creation NATO has published it: the June 2024 workbook was created
   * on 14 June and published on 17 June. A catalogue edition dated this close after the creation
   * date is taken to be the workbook's.
   */
  public static final int DAYS_FROM_CREATION_TO_PUBLICATION = 21;

  private EditionCatalogue() {}

  /**
   * The publication date of the catalogue's edition of NATO's tables published on or within {@link
   * #DAYS_FROM_CREATION_TO_PUBLICATION} days after a workbook was created, if there is one.
   */
  public static Optional<LocalDate> publishedSoonAfter(LocalDate created) {
    return CsvRows.read(Resources.bytes(FILE), FILE, Supplements.EDITIONS).stream()
        .filter(r -> r.get("kind").equals("press_release") && !r.get("published").isEmpty())
        .map(r -> LocalDate.parse(r.get("published")))
        .filter(
            d ->
                !d.isBefore(created)
                    && !d.isAfter(created.plusDays(DAYS_FROM_CREATION_TO_PUBLICATION)))
        .min(LocalDate::compareTo);
  }
}
