package org.burdenshare.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The dashboard's pages as sent, each drawn once per snapshot, day and address, its HTML encoded
 * and gzipped once. A page is a function of its address (path and query, and the scheme and host
 * its links to itself are written with), of the day (a page asked without a date shows what was
 * published by today) and of the figures, which never change within a snapshot; so a page asked
 * again is the same bytes, sent without building, rendering or compressing anything.
 */
final class PageCache {
  /**
   * At most this many bytes of pages (plain and gzipped) are kept, the least used evicted first.
   */
  private static final long MAX_BYTES = 48L << 20;

  /** A page's bytes, plain and gzipped. */
  record Sent(byte[] body, byte[] gzipped) {}

  private final Cache<String, Sent> cache =
      Caffeine.newBuilder()
          .maximumWeight(MAX_BYTES)
          .weigher((String k, Sent v) -> 2 * k.length() + v.body().length + v.gzipped().length)
          .build();

  /** Everything a page's bytes depend on, besides the snapshot's figures. */
  static String key(Context ctx, Snapshot s) {
    return s.id()
        + ' '
        + LocalDate.now()
        + ' '
        + ctx.scheme()
        + "://"
        + ctx.host()
        + ctx.path()
        + '?'
        + Objects.toString(ctx.queryString(), "");
  }

  Sent get(String key) {
    return cache.getIfPresent(key);
  }

  /** Keeps a page drawn for a key, and returns it as it is sent. */
  Sent keep(String key, String html) throws IOException {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    Sent sent = new Sent(body, Gzip.of(body));
    cache.put(key, sent);
    return sent;
  }

  /** Forgets every page: the figures they were drawn from have been replaced. */
  void forget() {
    cache.invalidateAll();
  }

  /** Writes a page, gzipped when the client takes it, with its length. */
  static void send(Context ctx, Sent page) throws IOException {
    boolean gzip = Gzip.accepted(ctx);
    byte[] out = gzip ? page.gzipped() : page.body();
    ctx.contentType("text/html; charset=utf-8");
    ctx.header("Vary", "Accept-Encoding");
    if (gzip) {
      ctx.header("Content-Encoding", "gzip");
    }
    ctx.res().setContentLength(out.length);
    ctx.res().getOutputStream().write(out);
  }
}
