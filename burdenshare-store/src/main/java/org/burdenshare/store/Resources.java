package org.burdenshare.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files bundled in the jar under {@code burdenshare/}. */
final class Resources {
  private static final String ROOT = "/burdenshare/";

  private Resources() {}

  static byte[] bytes(String path) {
    try (InputStream in = Resources.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw new IllegalStateException("bundled file missing from the jar: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled file " + path, e);
    }
  }
}
