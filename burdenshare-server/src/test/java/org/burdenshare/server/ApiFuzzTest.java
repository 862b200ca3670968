package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Malformed and hostile requests to every endpoint and page, sent over raw sockets so that request
 * lines no well-behaved client would write are tried too: none gets a 5xx, every refusal carries
 * the security headers, and the server answers normally afterwards.
 *
 * <p>The default build sends a sample ({@code redteam.requests}, default 300); {@code
 * bench/redteam.sh} sends 4,000.
 */
class ApiFuzzTest {
  static final int REQUESTS = Integer.getInteger("redteam.requests", 300);

  @AutoClose static final TestServer server = TestServer.start();

  private static final String[] METHODS = {
    "GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "FOO"
  };

  private static final String[] HOSTILE = {
    "",
    "-1",
    "0",
    "99999999999999999999",
    "1e309",
    "NaN",
    "2024-02-30",
    "9999-12-31",
    "<script>alert(1)</script>",
    "\"'><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "../../../../etc/passwd",
    "%00",
    "%",
    "%zz",
    "%C0%AE%C0%AE",
    "NATO-USA&EU+((",
    "((((((((((((((((((((((((((((((",
    "USA,DEU,FRA",
    "ＵＳＡ",
    "\u202eASU",
    "'; DROP TABLE observations; --",
    "${jndi:ldap://127.0.0.1:1/a}",
  };

  @Test
  void noHostileRequestGetsA5xx() throws Exception {
    List<Endpoint> endpoints = Api.endpoints(List.of());
    List<String> pages =
        new ArrayList<>(
            List.of(
                "/",
                "/ally",
                "/ally/DEU",
                "/compare",
                "/guidelines",
                "/sources",
                "/targets",
                "/scenarios",
                "/fairshare",
                "/check",
                "/health",
                "/api/docs",
                "/api/openapi.json",
                Claims.API_PATH));
    Random random = new Random(Long.getLong("redteam.seed", 20261130L));
    List<String> failures = new ArrayList<>();
    int[] byClass = new int[6];
    for (int i = 0; i < REQUESTS; i++) {
      String method = METHODS[random.nextInt(METHODS.length)];
      String path;
      List<String> names = new ArrayList<>();
      if (random.nextBoolean()) {
        Endpoint e = endpoints.get(random.nextInt(endpoints.size()));
        path = e.path().replace("{id}", value(random));
        e.params().forEach(p -> names.add(p.name()));
      } else {
        path = pages.get(random.nextInt(pages.size()));
        names.addAll(List.of("year", "asOf", "release", "group", "text", "a", "b", "indicator"));
      }
      StringBuilder query = new StringBuilder();
      int params = random.nextInt(5);
      for (int p = 0; p < params; p++) {
        String name =
            random.nextInt(5) == 0
                ? value(random)
                : names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
        query.append(p == 0 ? "?" : "&").append(encode(name, random)).append('=');
        query.append(encode(value(random), random));
      }
      String target = path + query;
      if (random.nextInt(10) == 0) {
        target = rawJunk(random) + target;
      }
      Answer a = send(method, target, random);
      byClass[Math.min(5, a.status() / 100)]++;
      String where = method + " " + abbreviate(target);
      if (a.status() >= 500 || a.status() < 100) {
        failures.add(where + " -> " + a.status() + " " + abbreviate(a.head()));
      } else if (a.status() >= 400 && !a.head().contains("X-Content-Type-Options: nosniff")) {
        failures.add(where + " -> " + a.status() + " without the security headers");
      }
    }
    System.out.printf(
        "red team, API: %d requests, %d 2xx, %d 3xx, %d 4xx, %d 5xx, %d no answer%n",
        REQUESTS, byClass[2], byClass[3], byClass[4], byClass[5], byClass[0] + byClass[1]);
    assertThat(failures).as("requests answered with a 5xx or without headers").isEmpty();
    assertThat(server.get("/health").statusCode()).isEqualTo(200);
    assertThat(server.get("/api/v1/allies?year=2019").body()).contains("DEU");
  }

  private record Answer(int status, String head) {}

  private static Answer send(String method, String target, Random random) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.server.port())) {
      s.setSoTimeout(20_000);
      StringBuilder request = new StringBuilder(method).append(' ').append(target);
      request.append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
      if (random.nextInt(4) == 0) {
        request
            .append("If-None-Match: ")
            .append(value(random).replaceAll("[\r\n]", ""))
            .append("\r\n");
      }
      if (random.nextInt(4) == 0) {
        request
            .append("Accept: ")
            .append(random.nextBoolean() ? "*/*;q=abc" : "text/html")
            .append("\r\n");
      }
      byte[] body = new byte[0];
      if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
        String text = random.nextBoolean() ? "{\"text\":" : "{\"text\":\"" + value(random) + "\"}";
        body = text.getBytes(StandardCharsets.UTF_8);
        request
            .append("Content-Type: ")
            .append(random.nextBoolean() ? "application/json" : "text/plain")
            .append("\r\n");
        request.append("Content-Length: ").append(body.length).append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = s.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.write(body);
      out.flush();
      InputStream in = s.getInputStream();
      String head = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
      int end = head.indexOf("\r\n\r\n");
      head = end < 0 ? head : head.substring(0, end);
      if (!head.startsWith("HTTP/1.1 ")) {
        return new Answer(0, head);
      }
      return new Answer(Integer.parseInt(head.substring(9, 12)), head);
    }
  }

  private static String value(Random random) {
    if (random.nextInt(6) == 0) {
      return "x".repeat(1 + random.nextInt(3000));
    }
    return HOSTILE[random.nextInt(HOSTILE.length)];
  }

  /** Usually encoded as a browser would; sometimes raw, as an attacker would send it. */
  private static String encode(String s, Random random) {
    if (random.nextInt(5) == 0) {
      return s.replaceAll("[ \r\n]", "");
    }
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String rawJunk(Random random) {
    String[] junk = {"//", "/..", "/%2e%2e", "/./", "/;x=1", "/\u0001", "/%ff%fe"};
    return junk[random.nextInt(junk.length)];
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…(" + s.length() + ")" : s;
  }
}
