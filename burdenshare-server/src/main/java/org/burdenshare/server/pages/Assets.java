package org.burdenshare.server.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages' own static files under names that carry a hash of their content ({@code
 * /assets/dashboard.3f2a1b9c0d.js}): a name always means the same bytes, so browsers may keep them
 * for a year, and a new version of a file is a new name. Read once, when the class loads.
 *
 * <p>The charting library's modules ({@code echarts/line.js}…) import the chunks they share by the
 * names its build gave them ({@code ./chunk-3BD62687BE.js}, named by their content too), so the
 * chunks are served under those names, beside the modules that import them.
 */
public final class Assets {
  private Assets() {}

  /** Where the files are on the class path. */
  static final String ROOT = "/burdenshare-web/static/";

  /** The files the pages name, relative to {@link #ROOT}. */
  static final List<String> FILES =
      List.of(
          "style.css",
          "dashboard.js",
          "favicon.svg",
          "echarts/line.js",
          "echarts/bar.js",
          "echarts/scatter.js",
          "echarts/map.js",
          "echarts/svg.js",
          "map/allies.geo.json");

  /** A file's bytes and what they are. */
  public record File(String name, byte[] bytes, String contentType) {}

  private static final Map<String, String> HREFS = new LinkedHashMap<>();
  private static final Map<String, File> BY_HREF = new LinkedHashMap<>();

  /** A module's import of a chunk of the charting library, as its build writes it. */
  private static final Pattern CHUNK_IMPORT = Pattern.compile("\"\\./(chunk-[A-Z0-9]+\\.js)\"");

  static {
    Deque<String> chunks = new ArrayDeque<>();
    for (String name : FILES) {
      byte[] bytes = read(name);
      String hash = hash(bytes);
      int dot = name.lastIndexOf('.');
      String href = "/assets/" + name.substring(0, dot) + "." + hash + name.substring(dot);
      HREFS.put(name, href);
      BY_HREF.put(href, new File(name, bytes, type(name)));
      chunksImported(name, bytes, chunks);
    }
    while (!chunks.isEmpty()) {
      String name = chunks.pop();
      String href = "/assets/" + name;
      if (!BY_HREF.containsKey(href)) {
        byte[] bytes = read(name);
        BY_HREF.put(href, new File(name, bytes, type(name)));
        chunksImported(name, bytes, chunks);
      }
    }
  }

  private static void chunksImported(String name, byte[] bytes, Deque<String> into) {
    if (!name.startsWith("echarts/") || !name.endsWith(".js")) {
      return;
    }
    Matcher m = CHUNK_IMPORT.matcher(new String(bytes, StandardCharsets.UTF_8));
    while (m.find()) {
      into.push("echarts/" + m.group(1));
    }
  }

  /** The address of a file under its hashed name: {@code href("dashboard.js")}. */
  public static String href(String name) {
    String href = HREFS.get(name);
    if (href == null) {
      throw new IllegalArgumentException("not one of the pages' files: " + name);
    }
    return href;
  }

  /** The file at a hashed address, if it is one (an old hash is not: its bytes are gone). */
  public static Optional<File> at(String path) {
    return Optional.ofNullable(BY_HREF.get(path));
  }

  private static byte[] read(String name) {
    try (InputStream in = Assets.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException(ROOT + name + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hash(byte[] bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(d, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String type(String name) {
    if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (name.endsWith(".svg")) {
      return "image/svg+xml";
    }
    return "application/json";
  }
}
