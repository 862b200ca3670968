package org.burdenshare.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
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

/**
 * The web dashboard: server-rendered pages whose charts are drawn by a small script from data
 * blocks, each chart followed by the same figures as a table with a CSV download. The year and
 * as-of date live in the URL, so every view can be shared as a link.
 */
final class Dashboard {
  private final Supplier<Snapshot> snapshot;
  private final PageCache pages = new PageCache();

  Dashboard(Supplier<Snapshot> snapshot) {
    this.snapshot = snapshot;
  }

  /** Forgets the pages drawn: the figures they came from have been replaced. */
  void forget() {
    pages.forget();
  }

  /** A page: a function from its question (the request) and the figures to what it shows. */
  private interface PageHandler {
    PageResult build(PageRequest page, Engine engine);
  }

  void register(Javalin app) {
    page(app, "/", "/", OverviewPages::overview);
    page(app, "/map", "/map", MapPages::map);
    page(app, "/ally", "/ally", AllyPages::allies);
    page(app, "/ally/{country}", "/ally", AllyPages::ally);
    page(app, "/compare", "/compare", ComparisonPages::compare);
    page(app, "/guidelines", "/guidelines", ComparisonPages::guidelines);
    page(app, "/sources", "/sources", SourcesPages::sources);
    page(app, "/targets", "/targets", AnalysisPages::targets);
    page(app, "/scenarios", "/scenarios", ScenarioPages::scenarios);
    page(app, "/fairshare", "/fairshare", FairSharePages::fairShare);
    // the notes bundled with a dataset (where each file came from, how it was checked), which the
    // Sources page links where a release's attribution points to them
    app.get(
        "/sources/notes/{dataset}",
        ctx -> {
          String notes =
              org.burdenshare.store.Bundle.sourceNotes(ctx.pathParam("dataset"))
                  .orElseThrow(
                      () ->
                          ApiException.notFound(
                              "There are no notes for a dataset called '"
                                  + org.burdenshare.server.pages.Bounded.text(
                                      ctx.pathParam("dataset"))
                                  + "'. The Sources page links the notes there are."));
          ctx.contentType("text/plain; charset=utf-8")
              .header("Cache-Control", "public, max-age=3600")
              .result(notes);
        });
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

  private void serve(Context ctx, String nav, PageHandler handler) throws java.io.IOException {
    Snapshot figures = snapshot.get();
    // a page as HTML is drawn once per snapshot, day and address (see PageCache)
    String drawn = ctx.queryParam("format") == null ? PageCache.key(ctx, figures) : null;
    PageCache.Sent kept = drawn == null ? null : pages.get(drawn);
    if (kept != null) {
      PageCache.send(ctx, kept);
      return;
    }
    PageRequest request = new PageRequest(ctx);
    PageResult.Shown page;
    try {
      PageResult result = handler.build(request, figures.engine());
      if (result instanceof PageResult.Redirect r) {
        ctx.redirect(r.to(), io.javalin.http.HttpStatus.FOUND);
        return;
      }
      page = (PageResult.Shown) result;
      if (embedded(ctx) && ctx.queryParam("format") == null) {
        // built inside the try: a chart the page lacks is an error page like any other
        EmbedPage embed = embed(ctx, page);
        PageCache.send(ctx, pages.keep(drawn, Templates.render(embed)));
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
      Map<String, DataTable> tables = Embeds.tables(page.model());
      DataTable t = tables.get(String.valueOf(ctx.queryParam("table")));
      if (t == null) {
        throw ApiException.notFound(
            "This page has no table '"
                + ctx.queryParam("table")
                + "'. Tables: "
                + tables.keySet()
                + ".");
      }
      ctx.contentType("text/csv; charset=utf-8")
          .header("Content-Disposition", "attachment; filename=\"" + t.file() + ".csv\"")
          .result(Printer.csv(t.csvColumns(), t.csvRows()));
      return;
    }
    if ("png".equals(ctx.queryParam("format"))) {
      // the link preview's image: the page's first chart, drawn on the server
      List<Embeds.Found> charts = Embeds.all(page.model());
      byte[] png;
      try {
        png = PreviewImage.png(charts.isEmpty() ? null : charts.get(0).figure(), page.title());
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
      ctx.contentType("application/json").result(Json.PRETTY.writeValueAsString(page.model()));
      return;
    }
    String html = Templates.render(page.model());
    if (drawn != null) {
      PageCache.send(ctx, pages.keep(drawn, html));
    } else {
      ctx.contentType("text/html; charset=utf-8").result(html);
    }
  }

  /** The chart the address names (the page's first when it names none), framed for embedding. */
  private static EmbedPage embed(Context ctx, PageResult.Shown page) {
    List<Embeds.Found> charts = Embeds.all(page.model());
    String wanted = ctx.queryParam("chart");
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
    String path = ctx.path().substring(EMBED.length());
    String q = PageParams.asQuery(PageParams.queryWithout(ctx, "chart"));
    String title =
        found.heading() != null
            ? found.heading()
            : page.title() == null ? "burdenshare" : page.title();
    return EmbedPage.of(
        title,
        found.chart(),
        found.map(),
        found.table(),
        new Link("Open in burdenshare", (path.isEmpty() ? "/" : path) + q));
  }
}
