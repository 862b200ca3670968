package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.burdenshare.core.Engine;
import org.burdenshare.store.Bundle;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Pages drawn once per snapshot, day and address are sent as they were drawn: the same bytes, plain
 * or gzipped; an address under another host is drawn for that host; and a server started for people
 * says it is ready only with its opening pages drawn, none of which is ever sent to a visitor.
 */
class PageCacheTest {
  @AutoClose static final TestServer server = TestServer.start();

  @Test
  void aPageAskedAgainIsTheSameBytesPlainOrGzipped() throws Exception {
    HttpResponse<String> first = server.get("/scenarios?target=3.2");
    HttpResponse<String> again = server.get("/scenarios?target=3.2");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(first.body()).contains("3.2");
    assertThat(again.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/html")
        .containsIgnoringCase("charset=utf-8");

    HttpResponse<byte[]> zipped =
        server.http.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/scenarios?target=3.2"))
                .header("Accept-Encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(first.body());
    }
  }

  @Test
  void anotherHostGetsItsOwnPage() throws Exception {
    String byAddress = server.get("/map").body();
    HttpResponse<String> byName =
        server.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + server.server.port() + "/map"))
                .build());
    assertThat(byAddress).contains("content=\"http://127.0.0.1:" + server.server.port() + "/map");
    assertThat(byName.body())
        .contains("content=\"http://localhost:" + server.server.port() + "/map");
  }

  @Test
  void anotherQuestionIsAnotherPage() throws Exception {
    String a = server.get("/scenarios?target=2.5").body();
    String b = server.get("/scenarios?target=4.5").body();
    assertThat(a).contains("2.5 % of GDP by").doesNotContain("4.5 % of GDP by");
    assertThat(b).contains("4.5 % of GDP by");
  }

  @Test
  void aServerForPeopleIsReadyWithItsOpeningPagesDrawnForNoVisitor() throws Exception {
    Engine engine = server.server.snapshot().engine();
    try (WebServer ready =
        WebServer.startReady(
            Snapshot.of(engine), Bundle.load().manifest().supplements(), "test", "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + ready.port();
      HttpResponse<String> health =
          server.send(HttpRequest.newBuilder(URI.create(base + "/health")).build());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"ok\"");
      // the opening page was drawn under a reserved host; the visitor's names the visitor's
      String page =
          server.send(HttpRequest.newBuilder(URI.create(base + "/scenarios")).build()).body();
      assertThat(page).contains(base + "/scenarios").doesNotContain(OpeningPages.HOST);
    }
  }
}
