package org.burdenshare.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.burdenshare.core.Engine;
import org.burdenshare.store.Bundle;
import org.burdenshare.store.Store;

/** A real server on a free loopback port, on the bundled figures in a temporary data directory. */
final class TestServer implements AutoCloseable {
  final Path dir;
  final WebServer server;
  final Store store;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  TestServer() throws IOException {
    dir = Files.createTempDirectory("burdenshare-server-test");
    store = Store.open(dir, m -> {});
    Engine engine = new Engine(store.snapshot());
    server =
        WebServer.start(
            Snapshot.of(engine), Bundle.load().manifest().supplements(), "test", "127.0.0.1", 0);
  }

  /** A started server, for a test class's {@code @AutoClose static} field. */
  static TestServer start() {
    try {
      return new TestServer();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A POST of a body of a content type. */
  HttpResponse<String> post(String path, String type, String body) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws IOException {
    server.close();
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
