package org.burdenshare.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The one reading of request values — whole numbers, numbers, dates — for the API, the pages and
 * the claim check alike: a blank value is absent (null), anything else must parse, and a value that
 * does not is a 400 whose message names the parameter, what was expected, and what was found.
 */
final class Params {
  private Params() {}

  /** A whole number such as the example, or null when blank. */
  static Integer integer(String name, String value, String example) {
    if (blank(value)) {
      return null;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw wrong(name, "a whole number such as " + example, value);
    }
  }

  /** A finite number such as the example, or null when blank. */
  static Double number(String name, String value, String example) {
    if (blank(value)) {
      return null;
    }
    try {
      double d = Double.parseDouble(value.strip());
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw wrong(name, "a number such as " + example, value);
  }

  /** A date as YYYY-MM-DD, or null when blank. */
  static LocalDate date(String name, String value, String example) {
    if (blank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw wrong(name, "a date as YYYY-MM-DD such as " + example, value);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static ApiException wrong(String name, String expected, String found) {
    String shown = found.length() > 80 ? found.substring(0, 80) + "…" : found;
    return ApiException.badRequest(
        "'" + name + "' must be " + expected + ", found '" + shown + "'.");
  }
}
