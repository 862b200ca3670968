package org.burdenshare.core.measures;

import java.util.Locale;

/**
 * Reads the scale word of a published unit ("million USD 2015 prices", "billion USD"), so that
 * figures published at different scales of the same currency and price basis can be divided.
 */
public final class Units {
  /** A unit split into its scale factor and the rest ("USD 2015 prices"). */
  public record Scaled(double factor, String basis) {}

  private Units() {}

  public static Scaled parse(String unit) {
    String u = unit.strip();
    int space = u.indexOf(' ');
    String first = space < 0 ? u : u.substring(0, space);
    String rest = space < 0 ? "" : u.substring(space + 1).strip();
    return switch (first.toLowerCase(Locale.ROOT)) {
      case "thousand" -> new Scaled(1e3, rest);
      case "million" -> new Scaled(1e6, rest);
      case "billion" -> new Scaled(1e9, rest);
      default -> new Scaled(1, u);
    };
  }
}
