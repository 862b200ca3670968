package org.burdenshare.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.NavigableSet;
import org.burdenshare.core.InvalidQueryException;

/**
 * The pages' parameters, read one way: the as-of date (not in the future), the year (or the newest
 * answerable), words and numbers with their defaults.
 */
final class PageParams {
  private PageParams() {}

  static LocalDate asOf(Context ctx) {
    LocalDate d = Params.date("asOf", ctx.queryParam("asOf"), "2024-07-01");
    LocalDate today = LocalDate.now();
    if (d != null && d.isAfter(today)) {
      throw new InvalidQueryException(
          "The date "
              + d
              + " is in the future. The pages show what had been published by a date up to today,"
              + " "
              + today
              + ".");
    }
    return d == null ? today : d;
  }

  static Integer optionalYear(Context ctx) {
    return Params.integer("year", ctx.queryParam("year"), "2024");
  }

  static int year(Context ctx, NavigableSet<Integer> answerable) {
    Integer y = optionalYear(ctx);
    if (y != null) {
      return y;
    }
    if (answerable.isEmpty()) {
      throw new InvalidQueryException("No release had been published by then.");
    }
    return answerable.last();
  }

  static String param(Context ctx, String name, String fallback) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? fallback : v.strip();
  }

  static double number(Context ctx, String name, double fallback) {
    Double v = Params.number(name, ctx.queryParam(name), String.valueOf(fallback));
    return v == null ? fallback : v;
  }
}
