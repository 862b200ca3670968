package org.burdenshare.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import org.burdenshare.core.errors.InvalidQueryException;

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

  /**
   * The request's query without some parameters, encoded ("a=USA&asOf=2024-07-01"): the same view
   * at another address (its CSV, its embed, the page a picker names).
   */
  static String queryWithout(Context ctx, String... leftOut) {
    java.util.Set<String> out = java.util.Set.of(leftOut);
    StringBuilder q = new StringBuilder();
    ctx.queryParamMap()
        .forEach(
            (k, vs) -> {
              if (!out.contains(k)) {
                vs.forEach(
                    v ->
                        q.append(q.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
              }
            });
    return q.toString();
  }

  /** "?" and the query, or nothing when it is empty. */
  static String asQuery(String query) {
    return query.isEmpty() ? "" : "?" + query;
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
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
