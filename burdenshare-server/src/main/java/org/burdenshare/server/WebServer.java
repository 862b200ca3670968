package org.burdenshare.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.errors.Remedy;
import org.burdenshare.render.Json;
import org.burdenshare.store.Manifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API, the OpenAPI document and its interactive page, the dashboard and
 * /health. It answers from one immutable {@link Snapshot} at a time; {@link #swap} replaces it
 * atomically, so a request sees the old figures or the new ones, never a mix.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /** Longer query strings are refused: no legitimate question needs more. */
  static final int MAX_QUERY_LENGTH = 2048;

  /** The only paths that take a body: texts to check for claims. */
  static final java.util.Set<String> POSTABLE = java.util.Set.of(Claims.API_PATH, Claims.PAGE_PATH);

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  static final String EMBED_CSP = CSP.replace("frame-ancestors 'none'", "frame-ancestors *");

  // Swagger UI sets inline styles; its page alone allows them (scripts stay 'self' only).
  private static final String DOCS_CSP =
      CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  private final AtomicReference<Snapshot> snapshot;

  private final ApiAnswers answers;

  private final List<Endpoint> endpoints;

  private final byte[] openApi;

  private final Javalin app;

  private final Dashboard dashboard;

  /** False while the opening pages are prepared (see {@link #startReady}): /health says so. */
  private volatile boolean ready = true;

  private WebServer(Snapshot first, List<Manifest.Supplement> supplements, String version) {
    this.snapshot = new AtomicReference<>(first);
    this.answers = new ApiAnswers(snapshot::get);
    this.endpoints = Api.endpoints(supplements);
    this.dashboard = new Dashboard(snapshot::get);
    try {
      this.openApi = Json.PRETTY.writeValueAsBytes(OpenApi.document(endpoints, version));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.useVirtualThreads = false;
              config.http.gzipOnlyCompression();
              // Only claim checks take a body, and read it themselves within CheckLimits.
              config.http.maxRequestSize = CheckLimits.MAX_BODY_BYTES;
              config.http.prefer405over404 = false;
              config.router.ignoreTrailingSlashes = true;
              config.staticFiles.enableWebjars();
              config.staticFiles.add(
                  s -> {
                    s.hostedPath = "/static";
                    s.directory = "/burdenshare-web/static";
                    s.location = Location.CLASSPATH;
                    s.headers = Map.of("Cache-Control", "public, max-age=3600");
                  });
              config.jetty.modifyHttpConfiguration(
                  http -> {
                    http.setSendServerVersion(false);
                    http.setSendXPoweredBy(false);
                    http.setRequestHeaderSize(8192);
                    http.setIdleTimeout(IDLE_TIMEOUT_MS);
                    http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
                  });
              config.jetty.modifyServer(
                  server -> server.setErrorHandler(new ProblemErrorHandler()));
              config.jetty.modifyServletContextHandler(
                  handler -> {
                    var requests = java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST);
                    // An API question already answered for this snapshot is sent from its bytes
                    // before any routing; the first of each goes through its route.
                    handler.addFilter(
                        new org.eclipse.jetty.servlet.FilterHolder(new KnownAnswers(answers)),
                        Api.PREFIX + "/*",
                        requests);
                    // HEAD is answered as GET, without the body (Jetty drops it for HEAD
                    // requests), so every GET route answers HEAD with the same status and headers.
                    handler.addFilter(HeadAsGet.class, "/*", requests);
                  });
            });
    routes();
  }

  /** Starts a server on a host and port (0 picks a free port). */
  public static WebServer start(
      Snapshot first,
      List<Manifest.Supplement> supplements,
      String version,
      String host,
      int port) {
    WebServer s = new WebServer(first, supplements, version);
    s.listen(host, port);
    return s;
  }

  /**
   * Starts a server for people: the opening pages' slow answers are computed while it starts, and
   * each opening page is drawn once before /health says it is ready (until then it answers 503,
   * "starting"), so that the first visitor does not wait for them (see {@link OpeningPages}).
   */
  public static WebServer startReady(
      Snapshot first,
      List<Manifest.Supplement> supplements,
      String version,
      String host,
      int port) {
    OpeningPages.prepare(first);
    WebServer s = new WebServer(first, supplements, version);
    s.ready = false;
    s.listen(host, port);
    OpeningPages.ask(host, s.port());
    s.ready = true;
    return s;
  }

  private void listen(String host, int port) {
    app.start(host, port);
    // Javalin makes its connector as it starts; the connections that follow take this.
    for (var connector : app.jettyServer().server().getConnectors()) {
      if (connector instanceof org.eclipse.jetty.server.AbstractConnector c) {
        c.setIdleTimeout(IDLE_TIMEOUT_MS);
        ClientFaults.watchHeaders(c);
      }
    }
  }

  public int port() {
    return app.port();
  }

  /** Replaces the figures every later request answers from. */
  public void swap(Snapshot next) {
    snapshot.set(Objects.requireNonNull(next));
    answers.forget();
    dashboard.forget();
  }

  public Snapshot snapshot() {
    return snapshot.get();
  }

  @Override
  public void close() {
    app.stop();
  }

  private void routes() {
    app.before(this::guard);
    for (Endpoint e : endpoints) {
      app.get(e.path(), ctx -> answers.answer(ctx, e));
    }
    app.options(
        "/api/*",
        ctx -> {
          ctx.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
          ctx.header("Access-Control-Allow-Headers", "If-None-Match, Accept");
          ctx.header("Access-Control-Max-Age", "86400");
          ctx.status(204);
        });
    app.get(
        "/api/openapi.json",
        ctx ->
            ctx.contentType("application/json")
                .header("Cache-Control", "public, max-age=300")
                .result(openApi));
    app.get(
        "/api/docs",
        ctx ->
            ctx.header("Content-Security-Policy", DOCS_CSP)
                .contentType("text/html; charset=utf-8")
                .result(SwaggerPage.HTML));
    // the pages' own files under hashed names: the same name is always the same bytes
    app.get(
        "/assets/<file>",
        ctx -> {
          var file =
              org.burdenshare.server.pages.Assets.at(ctx.path())
                  .orElseThrow(() -> new ApiException(404, notFound(ctx), List.of()));
          ctx.contentType(file.contentType())
              .header("Cache-Control", "public, max-age=31536000, immutable")
              .result(file.bytes());
        });
    // browsers ask for /favicon.ico whatever the page links: the same icon, not a 404
    app.get(
        "/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg", HttpStatus.MOVED_PERMANENTLY));
    app.get(
        "/health",
        ctx -> {
          Snapshot s = snapshot.get();
          ctx.header("Cache-Control", "no-store");
          if (!ready) {
            ctx.status(503).header("Retry-After", "1");
          }
          json(
              ctx,
              new Api.Health(
                  ready ? "ok" : "starting",
                  s.id(),
                  s.engine().figures().releases().size(),
                  s.engine().figures().observationCount()));
        });
    dashboard.register(app);
    new Claims(snapshot::get).register(app);
    app.exception(
        io.javalin.http.HttpResponseException.class,
        (e, ctx) ->
            problem(
                ctx,
                e.getStatus(),
                switch (e.getStatus()) {
                  case 404 -> notFound(ctx);
                  case 413 ->
                      "The body is too large: texts up to "
                          + String.format(java.util.Locale.ROOT, "%,d", CheckLimits.MAX_TEXT)
                          + " characters are checked.";
                  default -> e.getMessage();
                },
                List.of()));
    app.exception(
        ApiException.class, (e, ctx) -> problem(ctx, e.status(), e.getMessage(), e.suggestions()));
    // what a client's bytes do wrong (a body too slow, framing malformed) is its doing: 4xx
    app.exception(
        Exception.class,
        (e, ctx) -> {
          var fault = ClientFaults.of(e);
          if (fault.isPresent()) {
            problem(ctx, fault.get().status(), fault.get().getMessage(), List.of());
            return;
          }
          LOG.error("internal error on {}", ctx.path(), e);
          problem(
              ctx,
              500,
              "Something went wrong on our side. This is a bug; please report it.",
              List.of());
        });
    app.exception(
        InvalidQueryException.class,
        (e, ctx) -> problem(ctx, 400, e.getMessage() + remedy(e), e.suggestions()));
    app.error(
        404,
        ctx -> {
          // a page's own "not found" (an ally that does not exist) is already a page
          String type = String.valueOf(ctx.res().getContentType());
          if (!isProblem(ctx) && !type.replace(" ", "").startsWith("text/html;charset=utf-8")) {
            problem(ctx, 404, notFound(ctx), List.of());
          }
        });
    app.error(
        405,
        ctx -> {
          if (!isProblem(ctx)) {
            problem(ctx, 405, "Only GET is supported: the API is read-only.", List.of());
          }
        });
  }

  private static final Remedy.Words REMEDY_WORDS =
      new Remedy.Words(
          id -> " Ask with release=" + id + ".",
          " Ask with release=ID for one release's series.",
          " List them at " + Api.PREFIX + "/releases.");

  /** What would answer, said in the API's terms. */
  static String remedy(InvalidQueryException e) {
    return e.remedy().map(r -> r.in(REMEDY_WORDS)).orElse("");
  }

  /** Headers every response carries, Jetty's own error responses included. */
  static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer",
          "X-Frame-Options", "DENY",
          "Content-Security-Policy", CSP);

  /**
   * How long a connection may stay silent, and the slowest upload accepted: a client that opens a
   * request and trickles its body (or nothing) is let go within seconds instead of holding a
   * thread.
   */
  static final long IDLE_TIMEOUT_MS = 5_000;

  static final long MIN_REQUEST_BYTES_PER_SECOND = 1_024;

  /** The headers of every response but the embeds'; the API's also allow any origin. */
  static void commonHeaders(String path, HttpServletResponse res) {
    SECURITY_HEADERS.forEach(res::setHeader);
    if (path.startsWith("/api/")) {
      res.setHeader("Access-Control-Allow-Origin", "*");
    }
  }

  /** Headers every response carries, and the refusals that come before any route. */
  private void guard(Context ctx) {
    if (Dashboard.embedded(ctx)) {
      // the one place another site may frame: the embeds, made for it
      SECURITY_HEADERS.forEach(
          (k, v) -> {
            if (!k.equals("X-Frame-Options")) {
              ctx.header(k, k.equals("Content-Security-Policy") ? EMBED_CSP : v);
            }
          });
    } else {
      commonHeaders(ctx.path(), ctx.res());
    }
    String query = ctx.queryString();
    if (query != null && query.length() > MAX_QUERY_LENGTH) {
      throw new ApiException(
          414,
          "The query string is "
              + query.length()
              + " characters long; at most "
              + MAX_QUERY_LENGTH
              + " are accepted.",
          List.of());
    }
    HandlerType method = ctx.method();
    boolean postable = method == HandlerType.POST && POSTABLE.contains(ctx.path());
    if (method != HandlerType.GET
        && method != HandlerType.HEAD
        && method != HandlerType.OPTIONS
        && !postable) {
      throw new ApiException(
          405, "Only GET is supported: the API and the dashboard are read-only.", List.of());
    }
  }

  private static String notFound(Context ctx) {
    return "There is nothing at "
        + ctx.path()
        + ". The API is under "
        + Api.PREFIX
        + " (see /api/docs); the dashboard is at /.";
  }

  static void json(Context ctx, Object o) throws JsonProcessingException {
    ctx.contentType("application/json").result(Json.COMPACT.writeValueAsBytes(o));
  }

  static void problem(Context ctx, int status, String detail, List<String> suggestions) {
    if (status == 503) {
      ctx.header("Retry-After", "2");
    }
    if (BrowserErrors.wantsPage(ctx)) {
      BrowserErrors.errorPage(ctx, status, detail);
      return;
    }
    try {
      ctx.status(status)
          .contentType(Problem.MEDIA_TYPE)
          .header("Cache-Control", "no-store")
          .result(
              Json.COMPACT.writeValueAsBytes(Problem.of(status, detail, ctx.path(), suggestions)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isProblem(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith(Problem.MEDIA_TYPE);
  }
}
