package org.burdenshare.server.pages;

/**
 * Text that came from a request, cut to a length a page can show: a 5,000-character address or
 * parameter is named by its start, never echoed whole.
 */
public final class Bounded {
  private Bounded() {}

  /** How many characters of a value from a request a page repeats. */
  public static final int MAX = 80;

  public static String text(String s) {
    if (s == null) {
      return "";
    }
    return s.length() > MAX ? s.substring(0, MAX) + "…" : s;
  }
}
