package org.burdenshare.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.burdenshare.core.questions.Burdenshare;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages a visitor opens first, ready before a server says it is (see {@link
 * WebServer#startReady}). Their slow answers — the Scenarios page's four Monte Carlo runs — are
 * computed on a thread of their own while the web server starts, and then each page is asked once
 * of the server itself: the first visitor finds the answers remembered and the classes, templates
 * and code that draw a page already loaded, where it used to wait for all of it (1.1 s).
 *
 * <p>Those pages are asked under a host name no client sends ({@link #HOST}, a reserved name), so
 * that what they leave in the page cache is never sent to anyone: the first visitor's page is still
 * drawn for them.
 */
final class OpeningPages {
  private static final Logger LOG = LoggerFactory.getLogger(OpeningPages.class);

  /** The opening pages: the dashboard's first page and the one that simulates. */
  static final List<String> PATHS = List.of("/scenarios", "/");

  /** The host the opening pages are asked under: reserved, never resolved (RFC 2606). */
  static final String HOST = "opening-pages.invalid";

  /** How long one opening page may take before the server stops waiting for it. */
  private static final int TIMEOUT_MS = 60_000;

  private OpeningPages() {}

  /** Starts computing a snapshot's slow opening answers, which its engine then remembers. */
  static void prepare(Snapshot s) {
    Thread t =
        new Thread(
            () -> {
              try {
                new Burdenshare(s.engine()).prepare();
              } catch (RuntimeException e) {
                LOG.warn("could not prepare the opening answers: {}", e.toString());
              }
            },
            "opening-answers");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Asks each opening page once of the server listening on a port of this machine. A page that
   * fails is logged: the server serves all the same, only its first visitor waits longer.
   */
  static void ask(String host, int port) {
    for (String path : PATHS) {
      try {
        int status = get(host, port, path);
        if (status != 200) {
          LOG.warn("opening page {} answered {}", path, status);
        }
      } catch (IOException e) {
        LOG.warn("could not open the page {} before serving: {}", path, e.toString());
      }
    }
  }

  /** One plain HTTP/1.1 GET, read to its end; the status. */
  private static int get(String host, int port, String path) throws IOException {
    InetAddress address =
        host.equals("0.0.0.0") || host.equals("::")
            ? InetAddress.getLoopbackAddress()
            : InetAddress.getByName(host);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), TIMEOUT_MS);
      socket.setSoTimeout(TIMEOUT_MS);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + HOST + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] head = new byte[12];
      int n = in.readNBytes(head, 0, head.length);
      in.transferTo(OutputStream.nullOutputStream());
      String status = new String(head, 0, n, StandardCharsets.US_ASCII);
      return status.matches("HTTP/1\\.1 \\d{3}") ? Integer.parseInt(status.substring(9)) : -1;
    }
  }
}
