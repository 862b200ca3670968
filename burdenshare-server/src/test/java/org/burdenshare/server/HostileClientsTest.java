package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Clients that send their bytes wrongly, slowly or in bulk get a 4xx (or 503 when busy), never a
 * 500, and never hold the server: a body trickled at 2 bytes a second (408), a chunk size of 18 hex
 * digits (400), headers trickled at a byte a second (the connection closed), and 64 form posts of 1
 * MB at once, each refused or answered whole under the same limits as the API.
 */
class HostileClientsTest {
  @AutoClose static final TestServer server = TestServer.start();

  @Test
  void aBodyTrickledAtTwoBytesASecondGets408() throws Exception {
    try (Socket s = socket()) {
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /api/v1/claims/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 200\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      Thread trickle =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < 100; i++) {
                    out.write("{\"".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    Thread.sleep(1_000);
                  }
                } catch (IOException | InterruptedException e) {
                  // the server closed the connection: what should happen
                }
              });
      trickle.setDaemon(true);
      trickle.start();
      String head = head(s.getInputStream());
      trickle.interrupt();
      assertThat(head).startsWith("HTTP/1.1 408").contains("X-Content-Type-Options: nosniff");
    }
  }

  @Test
  void aChunkSizeOfEighteenHexDigitsGets400() throws Exception {
    for (String size : List.of("ffffffffffffffffff", "-1", "zz")) {
      try (Socket s = socket()) {
        s.getOutputStream()
            .write(
                ("POST /api/v1/claims/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n"
                        + size
                        + "\r\nabc\r\n0\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
        assertThat(head(s.getInputStream())).as(size).startsWith("HTTP/1.1 400");
      }
    }
  }

  @Test
  void headersTrickledAByteASecondAreCutOff() throws Exception {
    try (Socket s = socket()) {
      OutputStream out = s.getOutputStream();
      out.write("GET /api/v1/allies HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.ISO_8859_1));
      long start = System.nanoTime();
      boolean closed = false;
      // a byte a second, each well within the idle timeout, for up to twice the header timeout
      for (int i = 0; i < 2 * ClientFaults.HEADER_TIMEOUT_MS / 1000 && !closed; i++) {
        try {
          out.write('X');
          out.flush();
          Thread.sleep(1_000);
          s.setSoTimeout(1);
          closed = s.getInputStream().read() < 0;
        } catch (java.net.SocketTimeoutException e) {
          // still open
        } catch (SocketException e) {
          closed = true;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      assertThat(closed).as("closed by the server").isTrue();
      assertThat(seconds).isLessThan(ClientFaults.HEADER_TIMEOUT_MS / 1000.0 + 3);
      assertThat(seconds).isGreaterThan(WebServer.IDLE_TIMEOUT_MS / 1000.0);
    }
  }

  @Test
  void theFormKeepsTheApisSizeLimit() throws Exception {
    String text = "Germany spent 2 percent of GDP in 2024. ".repeat(5_001); // 200,040 characters
    HttpResponse<String> form = form(text);
    assertThat(form.statusCode()).isEqualTo(413);
    assertThat(form.body()).contains("200,000").contains("in parts");
    HttpResponse<String> api =
        server.send(
            HttpRequest.newBuilder(URI.create(server.base() + Claims.API_PATH))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text))
                .build());
    assertThat(api.statusCode()).isEqualTo(413);
    assertThat(form(text.substring(0, 2_000)).statusCode()).isEqualTo(200);
  }

  @Test
  void sixtyFourMegabyteFormPostsAtOnceAreEachRefusedOrAnsweredWhole() throws Exception {
    String text = "x".repeat(1_000_000);
    ExecutorService pool = Executors.newFixedThreadPool(64);
    try {
      List<Future<HttpResponse<String>>> posts = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        posts.add(pool.submit(() -> form(text)));
      }
      for (Future<HttpResponse<String>> f : posts) {
        HttpResponse<String> r = f.get();
        assertThat(r.statusCode()).isIn(200, 413, 503);
        assertThat(r.body().strip()).as("answered whole").endsWith("</html>");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(form("Germany spent 2.1 percent of GDP on defence in 2024.").statusCode())
        .isEqualTo(200);
  }

  private static HttpResponse<String> form(String text) throws Exception {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.base() + Claims.PAGE_PATH))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "text=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&asOf="))
            .build());
  }

  private static Socket socket() throws IOException {
    Socket s = new Socket("127.0.0.1", server.server.port());
    s.setSoTimeout(30_000);
    return s;
  }

  /** The status line and headers of the answer. */
  private static String head(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c; (c = in.read()) >= 0; ) {
      b.append((char) c);
      if (b.toString().endsWith("\r\n\r\n")) {
        break;
      }
    }
    return b.toString();
  }
}
