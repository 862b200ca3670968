package org.burdenshare.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.server.Dashboard.Page;

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
   * The year asked for, or else the newest year with outturn figures that the releases published by
   * the date hold (the years of {@code estimated}, all estimates, are one click away in the list,
   * marked). A year they do not hold (the form's year kept while only the date changed) gives the
   * newest, and the page says so rather than failing.
   */
  static int year(
      Page page, NavigableSet<Integer> answerable, LocalDate asOf, List<Integer> estimated) {
    Integer y = optionalYear(page.ctx);
    if (answerable.isEmpty()) {
      throw new InvalidQueryException("No release had been published by " + asOf + ".");
    }
    if (y == null) {
      return answerable.descendingSet().stream()
          .filter(x -> !estimated.contains(x))
          .findFirst()
          .orElse(answerable.last());
    }
    if (!answerable.contains(y)) {
      page.notice(
          "No release published by "
              + asOf
              + " holds these figures for "
              + y
              + ". Shown: "
              + answerable.last()
              + ", the newest year they hold.");
      return answerable.last();
    }
    return y;
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
