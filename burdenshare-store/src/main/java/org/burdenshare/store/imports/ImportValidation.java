package org.burdenshare.store.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.burdenshare.core.dataset.Observation;
import org.burdenshare.store.StoreException;

/**
 * The checks every import passes before anything is written, whatever the file it came from: one
 * figure per cell, finite numbers, no negative amounts, shares between 0 and 100. A file that fails
 * them is refused with the cell named; the database is not touched, so no accepted import can leave
 * it unusable.
 */
public final class ImportValidation {
  private ImportValidation() {}

  public static void check(ImportedRelease r) {
    Map<String, Observation> seen = new HashMap<>();
    for (Observation o : r.observations()) {
      String cell = o.country() + " " + o.year() + " " + o.indicator();
      Observation before = seen.putIfAbsent(cell, o);
      if (before != null) {
        throw refused(
            r,
            "two figures for one cell, "
                + cell
                + " ("
                + number(before.value())
                + " and "
                + number(o.value())
                + "): expected one figure per country, year and indicator. Is a row or a year"
                + " header repeated?");
      }
      if (!Double.isFinite(o.value())) {
        throw refused(r, cell + " is " + o.value() + ": expected a finite number.");
      }
      if (isShare(o.indicator()) && (o.value() < 0 || o.value() > ceiling(o.indicator()))) {
        throw refused(
            r,
            cell
                + " is "
                + number(o.value())
                + " %: expected a share between 0 and "
                + number(ceiling(o.indicator()))
                + ".");
      }
      if (!o.indicator().equals("real_change") && !isShare(o.indicator()) && o.value() < 0) {
        throw refused(
            r,
            cell
                + " is "
                + number(o.value())
                + " "
                + o.unit()
                + ": expected an amount of zero or more.");
      }
    }
  }

  /**
   * The largest share an indicator can hold. A share of a whole (NATO's categories of spending,
   * NATO's shares of GDP for its allies) cannot pass 100 %; SIPRI's shares of GDP and of government
   * spending can, in war years (Kuwait 1991: 117 % of GDP, as SIPRI publishes it).
   */
  private static double ceiling(String indicator) {
    return indicator.startsWith("sipri_") ? 1_000 : 100;
  }

  private static boolean isShare(String indicator) {
    return indicator.contains("share");
  }

  private static StoreException refused(ImportedRelease r, String what) {
    return new StoreException(r.file() + ": " + what + " Nothing was imported.");
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.valueOf(v);
  }
}
