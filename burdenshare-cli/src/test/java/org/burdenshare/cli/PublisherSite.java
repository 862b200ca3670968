package org.burdenshare.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A publisher's web site on a loopback port, for the download tests (no internet): pages and files
 * as the tests put them there, and the ways a real site fails — a redirect, a slow answer, a
 * download cut short, an error page where a workbook should be, a size announced beyond the limit.
 */
final class PublisherSite implements AutoCloseable {
  /** What one address answers. */
  interface Answer {
    void send(HttpExchange x) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "publisher-site");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  /** Every request line's target as received: a path, or a whole address when sent to a proxy. */
  final List<String> requests = new CopyOnWriteArrayList<>();

  PublisherSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        x -> {
          requests.add(x.getRequestURI().toString());
          Answer a = answers.get(x.getRequestURI().getPath());
          try {
            if (a == null) {
              html(404, "<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>").send(x);
            } else {
              a.send(x);
            }
          } finally {
            x.close();
          }
        });
    server.setExecutor(threads);
    server.start();
  }

  String address(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  int port() {
    return server.getAddress().getPort();
  }

  PublisherSite at(String path, Answer a) {
    answers.put(path, a);
    return this;
  }

  static Answer file(byte[] body, String type) {
    return x -> {
      x.getResponseHeaders().set("Content-Type", type);
      x.sendResponseHeaders(200, body.length);
      try (OutputStream o = x.getResponseBody()) {
        o.write(body);
      }
    };
  }

  static Answer html(int status, String page) {
    byte[] body = page.getBytes(StandardCharsets.UTF_8);
    return x -> {
      x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      x.sendResponseHeaders(status, body.length);
      try (OutputStream o = x.getResponseBody()) {
        o.write(body);
      }
    };
  }

  static Answer redirect(String to) {
    return x -> {
      x.getResponseHeaders().set("Location", to);
      x.sendResponseHeaders(302, -1);
    };
  }

  /** The headers at once, then a few bytes, then nothing for a long while. */
  static Answer slow(byte[] body, long millis) {
    return x -> {
      x.sendResponseHeaders(200, body.length);
      OutputStream o = x.getResponseBody();
      o.write(body, 0, Math.min(16, body.length));
      o.flush();
      try {
        Thread.sleep(millis);
        o.write(body, 16, body.length - 16);
      } catch (InterruptedException | IOException e) {
        // the client gave up, as it should
      }
    };
  }

  /** Announces the whole file, sends only the first part, and hangs up. */
  static Answer truncated(byte[] body, int sent) {
    return x -> {
      x.sendResponseHeaders(200, body.length);
      OutputStream o = x.getResponseBody();
      o.write(body, 0, sent);
      o.flush();
      throw new IOException("hanging up after " + sent + " bytes");
    };
  }

  /** Announces a size and sends nothing. */
  static Answer announcing(long length) {
    return x -> x.sendResponseHeaders(200, length);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
