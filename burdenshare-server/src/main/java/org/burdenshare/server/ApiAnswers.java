package org.burdenshare.server;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;
import org.burdenshare.render.Json;

/**
 * The API's answers: each made once per snapshot and question, serialised and gzipped once, served
 * with its ETag; answers asked as of a date have their later releases marked ({@link LaterMarks}).
 */
final class ApiAnswers {
  private static final int CACHE_ENTRIES = 4096;

  private final Supplier<Snapshot> snapshot;

  // Answers by snapshot, path and query: bounded, the least used evicted first (a crawler's many
  // distinct queries cannot grow it, nor empty it for everyone else).
  private final com.github.benmanes.caffeine.cache.Cache<String, Cached> cache =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(CACHE_ENTRIES).build();

  /** An answer's bytes, plain and gzipped once, and its ETag. */
  private record Cached(byte[] body, byte[] gzipped, String etag) {}

  ApiAnswers(Supplier<Snapshot> snapshot) {
    this.snapshot = snapshot;
  }

  /** Forgets every answer: the figures they came from have been replaced. */
  void forget() {
    cache.invalidateAll();
  }

  void answer(Context ctx, Endpoint e) throws IOException {
    Snapshot s = snapshot.get();
    String key = key(s, ctx.path(), ctx.queryString());
    Cached c = cache.getIfPresent(key);
    if (c == null) {
      Request request = new Request(ctx, e, s);
      Object answer = e.answer().apply(request);
      java.time.LocalDate asOf = request.asOf();
      if (asOf != null) {
        answer = LaterMarks.mark(answer, asOf, s.engine().figures());
      }
      byte[] body = Json.COMPACT.writeValueAsBytes(answer);
      c = new Cached(body, Gzip.of(body), "\"" + s.id() + "-" + digest(body) + "\"");
      cache.put(key, c);
    }
    send(c, ctx.req(), ctx.res());
  }

  /**
   * Sends the answer already made for this snapshot, path and query, and says whether there was
   * one. Only questions the route answered (validated, 200) are kept, so this sends nothing the
   * route would not; what it does not know goes on to the route.
   */
  boolean sendKnown(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Cached c = cache.getIfPresent(key(snapshot.get(), req.getRequestURI(), req.getQueryString()));
    if (c == null) {
      return false;
    }
    WebServer.commonHeaders(req.getRequestURI(), res);
    send(c, req, res);
    return true;
  }

  private static String key(Snapshot s, String path, String query) {
    return s.id() + ' ' + path + '?' + Objects.toString(query, "");
  }

  private static void send(Cached c, HttpServletRequest req, HttpServletResponse res)
      throws IOException {
    res.setHeader("ETag", c.etag());
    res.setHeader("Cache-Control", "public, max-age=60");
    res.setHeader("Vary", "Accept-Encoding");
    if (c.etag().equals(req.getHeader("If-None-Match"))) {
      res.setStatus(304);
      res.setContentType(null); // a 304 has no body, so no body's type either
      return;
    }
    // Written straight to the response with its length: the bytes (and their gzip) are made once
    // per snapshot, so nothing is serialised, compressed or chunked per request.
    boolean gzip = Gzip.accepted(req.getHeader("Accept-Encoding"));
    byte[] out = gzip ? c.gzipped() : c.body();
    res.setContentType("application/json");
    if (gzip) {
      res.setHeader("Content-Encoding", "gzip");
    }
    res.setContentLength(out.length);
    res.getOutputStream().write(out);
  }

  private static String digest(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
