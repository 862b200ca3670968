package org.burdenshare.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Bytes gzipped once to be sent many times (API answers, pages), and who takes them so. */
final class Gzip {
  private Gzip() {}

  static byte[] of(byte[] body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
      z.write(body);
    }
    return bytes.toByteArray();
  }

  /** Whether the request's client takes a gzipped body. */
  static boolean accepted(Context ctx) {
    return accepted(ctx.header("Accept-Encoding"));
  }

  /** Whether an Accept-Encoding header (or none, null) takes gzip. */
  static boolean accepted(String acceptEncoding) {
    return acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
  }
}
