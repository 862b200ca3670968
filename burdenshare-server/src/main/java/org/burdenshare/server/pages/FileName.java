package org.burdenshare.server.pages;

import java.util.Locale;

/** Names of downloaded files that say what they hold: "share-of-gdp-2024-nato-2024-06". */
public final class FileName {
  private FileName() {}

  /** Lower-case words and numbers joined by hyphens, at most 100 characters. */
  public static String of(String words) {
    String name =
        words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return name.length() > 100 ? name.substring(0, 100) : name;
  }
}
