package org.burdenshare.server;

import static org.burdenshare.server.PageParams.asOf;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.burdenshare.core.Engine;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.errors.Remedy;
import org.burdenshare.render.Json;
import org.burdenshare.render.Printer;
import org.burdenshare.server.pages.Bounded;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.EmbedPage;
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
      String query = ctx.queryString();
      String address =
          ctx.scheme() + "://" + ctx.host() + ctx.path() + (query == null ? "" : "?" + query);
      f = f.withAddress(address, address + (query == null ? "?" : "&") + "format=png");
      return notice == null ? f : f.withNotice(notice);
    }

    /** The page is a model rendered by a template; returns its title. */
    String show(String template, Object model, Frame frame) {
      this.template = template;
      this.model = model;
      this.title = frame.title();
      return frame.title();
    }

    private String title;

    private String redirect;

    /** The page is elsewhere (a form that names it): the browser is sent there. */
    String redirect(String to) {
      this.redirect = to;
      return to;
    }
  }

  private interface PageHandler {
    String build(Page page, Engine engine);
  }

  void register(Javalin app) {
    page(app, "/", "/", OverviewPages::overview);
    page(app, "/map", "/map", MapPages::map);
    page(app, "/ally", "/ally", AllyPages::allies);
    page(app, "/ally/{country}", "/ally", AllyPages::ally);
    page(app, "/compare", "/compare", ComparisonPages::compare);
    page(app, "/guidelines", "/guidelines", ComparisonPages::guidelines);
    page(app, "/sources", "/sources", SourcesPages::sources);
    page(app, "/targets", "/targets", (p, e) -> AnalysisPages.targets(p, e, asOf(p.ctx)));
    page(app, "/scenarios", "/scenarios", (p, e) -> ScenarioPages.scenarios(p, e, p.ctx));
    page(app, "/fairshare", "/fairshare", (p, e) -> AnalysisPages.fairShare(p, e, asOf(p.ctx)));
  }

  /** A page at its path, and its charts for other sites' frames under /embed. */
  private void page(Javalin app, String path, String nav, PageHandler handler) {
    app.get(path, ctx -> serve(ctx, nav, handler));
    app.get(EMBED + (path.equals("/") ? "" : path), ctx -> serve(ctx, nav, handler));
  }

  /** Where the pages' charts are served for framing; only there may another site frame them. */
  static final String EMBED = "/embed";

  static boolean embedded(Context ctx) {
    return ctx.path().equals(EMBED) || ctx.path().startsWith(EMBED + "/");
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
      if (page.redirect != null) {
        ctx.redirect(page.redirect, io.javalin.http.HttpStatus.FOUND);
        return;
      }
      if (embedded(ctx) && ctx.queryParam("format") == null) {
        // built inside the try: a chart the page lacks is an error page like any other
        EmbedPage embed = embed(page);
        ctx.contentType("text/html; charset=utf-8").result(Templates.render("embed.jte", embed));
        return;
      }
    } catch (InvalidQueryException | ApiException e) {
      int status =
          e instanceof ApiException a ? a.status() : e instanceof NearMiss n ? n.status() : 400;
      List<Link> next = new java.util.ArrayList<>();
      if (e instanceof NearMiss n) {
        // the same view with each close name in place of the one that named nothing
        String rest = PageParams.queryWithout(ctx, n.param());
        for (String s : n.suggestions()) {
          next.add(
              new Link(
                  "Did you mean " + s + "?",
                  n.action()
                      + "?"
                      + (rest.isEmpty() ? "" : rest + "&")
                      + n.param()
                      + "="
                      + PageParams.enc(s)));
        }
      }
      next.add(new Link("Start again", nav));
      next.add(new Link("Sources", "/sources"));
      if ("json".equals(ctx.queryParam("format"))) {
        // asked for JSON, answered in JSON: the API's problem, with the closest names
        WebServer.problem(
            ctx,
            status,
            e.getMessage() + (e instanceof InvalidQueryException q ? remedy(q) : ""),
            e instanceof InvalidQueryException q
                ? q.suggestions()
                : ((ApiException) e).suggestions());
        return;
      }
      ctx.status(status)
          .contentType("text/html; charset=utf-8")
          .result(
              Templates.error(
                  new ErrorPage(
                      Frame.of(
                          status == 404 ? "Page not found" : "That question cannot be answered",
                          nav),
                      e.getMessage() + (e instanceof InvalidQueryException q ? remedy(q) : ""),
                      next)));
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
    if ("png".equals(ctx.queryParam("format"))) {
      // the link preview's image: the page's first chart, drawn on the server
      List<Embeds.Found> charts = Embeds.all(page.model);
      byte[] png;
      try {
        png = PreviewImage.png(charts.isEmpty() ? null : charts.get(0).figure(), page.title);
      } catch (RuntimeException | InternalError | LinkageError e) {
        // a Java without fonts or image support: the page stands without its preview
        throw new ApiException(
            503,
            "This server cannot draw preview images (" + e.getClass().getSimpleName() + ").",
            List.of());
      }
      ctx.contentType("image/png").header("Cache-Control", "public, max-age=3600").result(png);
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

  /** The chart the address names (the page's first when it names none), framed for embedding. */
  private static EmbedPage embed(Page page) {
    List<Embeds.Found> charts = Embeds.all(page.model);
    String wanted = page.ctx.queryParam("chart");
    Embeds.Found found =
        charts.stream()
            .filter(f -> wanted == null || f.id().equals(wanted))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidQueryException(
                        "This page has no chart '"
                            + Bounded.text(String.valueOf(wanted))
                            + "'. Its charts: "
                            + charts.stream().map(Embeds.Found::id).toList()
                            + "."));
    String path = page.ctx.path().substring(EMBED.length());
    String q = PageParams.asQuery(PageParams.queryWithout(page.ctx, "chart"));
    String title =
        found.heading() != null ? found.heading() : page.title == null ? "burdenshare" : page.title;
    return EmbedPage.of(
        title,
        found.chart(),
        found.map(),
        found.table(),
        new Link("Open in burdenshare", (path.isEmpty() ? "/" : path) + q));
  }

  private static String csvHref(Context ctx, String table) {
    String rest = PageParams.queryWithout(ctx, "format", "table");
    return ctx.path()
        + "?"
        + (rest.isEmpty() ? "" : rest + "&")
        + "format=csv&table="
        + PageParams.enc(table);
  }
}
