package org.burdenshare.server.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions of the web libraries the pages load, as the build's POM gives them. */
final class WebVersions {
  private WebVersions() {}

  private static final Properties VERSIONS = load();

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in =
        WebVersions.class.getResourceAsStream("/burdenshare-web/versions.properties")) {
      if (in == null) {
        throw new IllegalStateException("burdenshare-web/versions.properties is not on the path");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  static String echarts() {
    return VERSIONS.getProperty("echarts");
  }
}
