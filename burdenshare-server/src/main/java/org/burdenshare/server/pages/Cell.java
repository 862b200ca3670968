package org.burdenshare.server.pages;

import org.burdenshare.render.Num;

/**
 * One cell of a table as a page shows it: its text, a link if it is one, and for a figure its
 * unrounded value (for sorting) and whether the publisher marked it as an estimate.
 */
public record Cell(String text, String href, String raw, boolean estimate) {
  /** The cell of a table's value: a {@link Num}, a {@link Link}, or anything shown as text. */
  public static Cell of(Object value) {
    if (value instanceof Num n) {
      return new Cell(n.text().replace(" e", ""), null, n.raw(), n.estimate());
    }
    if (value instanceof Link l) {
      return new Cell(l.text(), l.href(), null, false);
    }
    return new Cell(value == null ? "" : value.toString(), null, null, false);
  }

  public boolean figure() {
    return raw != null;
  }
}
