package org.burdenshare.server;

import static org.burdenshare.server.PageParams.asOf;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.burdenshare.core.Engine;
import org.burdenshare.core.InvalidQueryException;
import org.burdenshare.core.Remedy;
import org.burdenshare.render.Json;
import org.burdenshare.render.Printer;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.ErrorPage;
import org.burdenshare.server.pages.Frame;
import org.burdenshare.server.pages.Link;
import org.burdenshare.server.pages.ShownTable;

/**
 * The web dashboard: server-rendered pages whose charts are drawn by a small script from data
 * blocks, each chart followed by the same figures as a table with a CSV download. The year and
 * as-of date live in the URL, so every view can be shared as a link.
 */
final class Dashboard {
  private final Supplier<Snapshot> snapshot;

  Dashboard(Supplier<Snapshot> snapshot) {
    this.snapshot = snapshot;
  }

  /** A page being built: its model, its template, and the tables it offers as CSV. */
  static final class Page {
    final Context ctx;
    final Map<String, DataTable> tables = new LinkedHashMap<>();
    private String template;
    private Object model;

    Page(Context ctx) {
      this.ctx = ctx;
    }

    /** A table of the page model, offered as CSV with the same rows. */
    ShownTable shown(DataTable t) {
      tables.put(t.id(), t);
      return new ShownTable(t, csvHref(ctx, t.id()));
    }

    private String notice;

    /** Says, above the content, that the page answers another question than the one asked. */
    void notice(String text) {
      this.notice = text;
    }

    /** The page's frame, with its notice if it has one. */
    Frame frame(String title, String nav) {
      Frame f = Frame.of(title, nav);
      return notice == null ? f : f.withNotice(notice);
    }

    /** The page is a model rendered by a template; returns its title. */
    String show(String template, Object model, Frame frame) {
      this.template = template;
      this.model = model;
      return frame.title();
    }
  }

  private interface PageHandler {
    String build(Page page, Engine engine);
  }

  void register(Javalin app) {
    app.get("/", ctx -> serve(ctx, "/", OverviewPages::overview));
    app.get("/map", ctx -> serve(ctx, "/map", MapPages::map));
    app.get("/ally", ctx -> serve(ctx, "/ally", AllyPages::allies));
    app.get("/ally/{country}", ctx -> serve(ctx, "/ally", AllyPages::ally));
    app.get("/compare", ctx -> serve(ctx, "/compare", ComparisonPages::compare));
    app.get("/guidelines", ctx -> serve(ctx, "/guidelines", ComparisonPages::guidelines));
    app.get("/sources", ctx -> serve(ctx, "/sources", SourcesPages::sources));
    app.get(
        "/targets",
        ctx -> serve(ctx, "/targets", (p, e) -> AnalysisPages.targets(p, e, asOf(p.ctx))));
    app.get(
        "/scenarios",
        ctx -> serve(ctx, "/scenarios", (p, e) -> ScenarioPages.scenarios(p, e, p.ctx)));
    app.get(
        "/fairshare",
        ctx -> serve(ctx, "/fairshare", (p, e) -> AnalysisPages.fairShare(p, e, asOf(p.ctx))));
  }

  private static final Remedy.Words REMEDY_WORDS =
      new Remedy.Words(
          id -> "", " Choose one release for the whole series.", " The Sources page lists them.");

  /**
   * What would answer, in a page's words: the message already names a release that has the figures;
   * the list of releases is the Sources page.
   */
  static String remedy(InvalidQueryException e) {
    return e.remedy().map(r -> r.in(REMEDY_WORDS)).orElse("");
  }

  private void serve(Context ctx, String nav, PageHandler handler)
      throws com.fasterxml.jackson.core.JsonProcessingException {
    Page page = new Page(ctx);
    try {
      handler.build(page, snapshot.get().engine());
    } catch (InvalidQueryException | ApiException e) {
      int status = e instanceof ApiException a ? a.status() : 400;
      ctx.status(status)
          .contentType("text/html; charset=utf-8")
          .result(
              Templates.error(
                  new ErrorPage(
                      Frame.of(
                          status == 404 ? "Not found" : "That question cannot be answered", nav),
                      e.getMessage() + (e instanceof InvalidQueryException q ? remedy(q) : ""),
                      List.of(new Link("Start again", nav), new Link("Sources", "/sources")))));
      return;
    }
    if ("csv".equals(ctx.queryParam("format"))) {
      DataTable t = page.tables.get(String.valueOf(ctx.queryParam("table")));
      if (t == null) {
        throw ApiException.notFound(
            "This page has no table '"
                + ctx.queryParam("table")
                + "'. Tables: "
                + page.tables.keySet()
                + ".");
      }
      ctx.contentType("text/csv; charset=utf-8")
          .header("Content-Disposition", "attachment; filename=\"" + t.file() + ".csv\"")
          .result(Printer.csv(t.csvColumns(), t.csvRows()));
      return;
    }
    if ("json".equals(ctx.queryParam("format"))) {
      // The page model itself: what the page shows, for embedding and for checking that the
      // page answers as the API does
      ctx.contentType("application/json").result(Json.PRETTY.writeValueAsString(page.model));
      return;
    }
    ctx.contentType("text/html; charset=utf-8").result(Templates.render(page.template, page.model));
  }

  private static String csvHref(Context ctx, String table) {
    StringBuilder q = new StringBuilder();
    ctx.queryParamMap()
        .forEach(
            (k, vs) -> {
              if (!k.equals("format") && !k.equals("table")) {
                vs.forEach(v -> q.append(enc(k)).append('=').append(enc(v)).append('&'));
              }
            });
    return ctx.path() + "?" + q + "format=csv&table=" + enc(table);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
