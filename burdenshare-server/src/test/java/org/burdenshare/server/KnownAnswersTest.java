package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * An API question asked again is answered from the bytes kept for the snapshot, before routing
 * ({@link KnownAnswers}): the answer must be the one the route gave the first time, headers
 * included, and nothing the route would refuse or answer differently may come from it.
 */
class KnownAnswersTest {
  // its own server: one test swaps the snapshot
  @AutoClose static final TestServer server = TestServer.start();

  private static final String SERIES =
      "/api/v1/series?indicator=defence_exp_current_usd&group=NATO&asOf=2026-11-01";

  private static HttpResponse<byte[]> send(String method, String path, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.base() + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return server.http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The headers a client sees, but the date, which moves. */
  private static Map<String, List<String>> headers(HttpResponse<?> r) {
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(r.headers().map());
    h.remove("date");
    return h;
  }

  private static void assertSame(HttpResponse<byte[]> again, HttpResponse<byte[]> first) {
    assertThat(again.statusCode()).isEqualTo(first.statusCode());
    assertThat(headers(again)).isEqualTo(headers(first));
    assertThat(again.body()).isEqualTo(first.body());
  }

  @Test
  void aRepeatedQuestionGetsTheRoutesAnswerHeadersIncluded() throws Exception {
    // each kind of request first to a question not yet answered (routed), then again (kept)
    String[][] kinds = {
      {"GET", "/api/v1/rank?indicator=defence_exp_current_usd&year=2019&group=NATO"},
      {"GET", "/api/v1/rank?indicator=defence_exp_current_usd&year=2018&group=NATO", "gzip"},
      {"HEAD", "/api/v1/rank?indicator=defence_exp_current_usd&year=2017&group=NATO"},
      {"HEAD", "/api/v1/rank?indicator=defence_exp_current_usd&year=2016&group=NATO", "gzip"}
    };
    for (String[] kind : kinds) {
      String[] encoding =
          kind.length > 2 ? new String[] {"Accept-Encoding", kind[2]} : new String[0];
      HttpResponse<byte[]> first = send(kind[0], kind[1], encoding);
      assertThat(first.statusCode()).as(String.join(" ", kind)).isEqualTo(200);
      for (int i = 0; i < 3; i++) {
        assertSame(send(kind[0], kind[1], encoding), first);
      }
      assertThat(headers(first)).containsKeys("ETag", "Access-Control-Allow-Origin", "Vary");
      if (kind[0].equals("HEAD")) {
        assertThat(first.body()).isEmpty();
        assertThat(first.headers().firstValue("Content-Length")).isPresent();
      }
    }
  }

  @Test
  void gzippedAndPlainAreTheSameAnswer() throws Exception {
    HttpResponse<byte[]> plain = send("GET", SERIES);
    HttpResponse<byte[]> gzipped = send("GET", SERIES, "Accept-Encoding", "gzip, deflate");
    assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(plain.body());
    }
    assertThat(gzipped.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
  }

  @Test
  void anotherQuestionGetsItsOwnAnswer() throws Exception {
    byte[] nato = send("GET", SERIES).body();
    String other = SERIES.replace("asOf=2026-11-01", "asOf=2019-07-01");
    HttpResponse<byte[]> before = send("GET", other);
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.body()).isNotEqualTo(nato);
    assertThat(send("GET", SERIES).body()).isEqualTo(nato);
    assertThat(send("GET", other).body()).isEqualTo(before.body());
    assertThat(send("GET", SERIES.replace("group=NATO", "group=EU")).body()).isNotEqualTo(nato);
  }

  @Test
  void aConditionalRequestStillGetsNotModifiedWithoutABody() throws Exception {
    String path = "/api/v1/gap?target=3.5&year=2024&group=NATO";
    String etag = send("GET", path).headers().firstValue("ETag").orElseThrow();
    server.server.swap(server.server.snapshot()); // the same figures, their answers forgotten
    HttpResponse<byte[]> routed = send("GET", path, "If-None-Match", etag);
    HttpResponse<byte[]> kept = send("GET", path, "If-None-Match", etag);
    assertSame(kept, routed);
    assertThat(kept.statusCode()).isEqualTo(304);
    assertThat(kept.body()).isEmpty();
    assertThat(kept.headers().firstValue("ETag")).hasValue(etag);
    assertThat(kept.headers().firstValue("Content-Type")).isEmpty();
    assertThat(send("GET", path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
  }

  @Test
  void badQuestionsAreRefusedEachTimeWithTheirMessage() throws Exception {
    for (String path :
        List.of(
            "/api/v1/series?indicator=no_such_thing&group=NATO",
            "/api/v1/series?indicator=defence_exp_current_usd&group=NATO&colour=red",
            "/api/v1/series?indicator=defence_exp_current_usd&group=NATO&asOf=yesterday")) {
      HttpResponse<byte[]> first = send("GET", path);
      assertThat(first.statusCode()).as(path).isEqualTo(400);
      assertThat(new String(first.body(), java.nio.charset.StandardCharsets.UTF_8))
          .as(path)
          .contains("\"detail\"")
          .doesNotContain("Exception");
      assertSame(send("GET", path), first);
    }
  }

  @Test
  void otherMethodsOnAKnownQuestionAreStillRouted() throws Exception {
    assertThat(send("GET", SERIES).statusCode()).isEqualTo(200);
    assertThat(send("POST", SERIES).statusCode()).isEqualTo(405);
    assertThat(send("DELETE", SERIES).statusCode()).isEqualTo(405);
    HttpResponse<byte[]> preflight =
        send(
            "OPTIONS",
            SERIES,
            "Origin",
            "https://example.org",
            "Access-Control-Request-Method",
            "GET");
    assertThat(preflight.statusCode()).isEqualTo(204);
  }

  @Test
  void aNewSnapshotIsNeverAnsweredFromTheOldOnesBytes() throws Exception {
    Snapshot old = server.server.snapshot();
    String etag = send("GET", SERIES).headers().firstValue("ETag").orElseThrow();
    assertThat(send("GET", SERIES).headers().firstValue("ETag")).hasValue(etag);
    server.server.swap(new Snapshot(old.engine(), "replaced"));
    try {
      HttpResponse<byte[]> after = send("GET", SERIES, "If-None-Match", etag);
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(after.headers().firstValue("ETag").orElseThrow()).startsWith("\"replaced-");
      // and the first answer under the new snapshot is the one kept for it
      assertSame(send("GET", SERIES), send("GET", SERIES));
    } finally {
      server.server.swap(old);
    }
    assertThat(send("GET", SERIES).headers().firstValue("ETag")).hasValue(etag);
  }
}
