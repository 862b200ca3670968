package org.burdenshare.server;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;
import org.burdenshare.render.Json;

/**
 * The API's answers: each made once per snapshot and question, serialised and gzipped once, served
 * with its ETag; answers asked as of a date have their later releases marked ({@link LaterMarks}).
 * A question asked again is sent from what is kept here before routing ({@link KnownAnswers}).
 */
final class ApiAnswers {
  private static final int CACHE_ENTRIES = 4096;

  private final Supplier<Snapshot> snapshot;

  // Answers by snapshot, path and query: bounded, the least used evicted first (a crawler's many
  // distinct queries cannot grow it, nor empty it for everyone else).
  private final com.github.benmanes.caffeine.cache.Cache<String, Cached> cache =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(CACHE_ENTRIES).build();

  /**
   * An answer's bytes, plain and gzipped once, and its ETag. The bytes are kept outside the heap
   * (direct buffers, read only) so that the socket is written from them as they are, in one call,
   * instead of from a copy made per request in pieces of the response buffer's size.
   */
  private record Cached(ByteBuffer body, ByteBuffer gzipped, String etag) {
    Cached(byte[] body, String etag) throws IOException {
      this(direct(body), direct(Gzip.of(body)), etag);
    }

    private static ByteBuffer direct(byte[] bytes) {
      return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer();
    }
  }

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
      c = new Cached(body, "\"" + s.id() + "-" + digest(body) + "\"");
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
    // Sent whole with its length: the bytes (and their gzip) are made once per snapshot, so
    // nothing is serialised, compressed, copied or chunked per request. Jetty's own call for
    // content kept in memory, on the response under any wrapper, as its file server does.
    boolean gzip = Gzip.accepted(req.getHeader("Accept-Encoding"));
    ByteBuffer out = (gzip ? c.gzipped() : c.body()).duplicate(); // its own position
    res.setContentType("application/json");
    if (gzip) {
      res.setHeader("Content-Encoding", "gzip");
    }
    res.setContentLength(out.remaining());
    org.eclipse.jetty.server.Request.getBaseRequest(req)
        .getResponse()
        .getHttpOutput()
        .sendContent(out);
  }

  private static String digest(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
