package org.burdenshare.store.downloads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.burdenshare.store.StoreException;
import org.burdenshare.store.imports.Workbooks;

/**
 * Downloads over HTTP(S) with the JDK's client, within limits: a size (the importers' own limit for
 * a file, {@link Workbooks#MAX_BYTES}), a time for the whole download, a number of redirects, and
 * the proxy the environment names. Every failure is one message that says what happened, in words a
 * person can act on; nothing is written anywhere.
 */
public final class Downloads {
  /**
   * What a download may take.
   *
   * @param maxBytes the largest file accepted
   * @param time the longest the whole download may take, redirects included
   * @param redirects the most redirects followed
   */
  public record Limits(long maxBytes, Duration time, int redirects) {
    /** A workbook: the importers' size limit, two minutes, five redirects. */
    public static Limits standard() {
      return new Limits(Workbooks.MAX_BYTES, Duration.ofMinutes(2), 5);
    }

    /** The same limits with another time. */
    public Limits within(Duration t) {
      return new Limits(maxBytes, t, redirects);
    }
  }

  /**
   * A response read whole.
   *
   * @param address the address asked for
   * @param from the address that answered, after redirects
   * @param contentType the type the server said it sent, or "" if it said none
   * @param body the bytes
   * @param retrieved when the download ended
   */
  public record Response(
      URI address, URI from, String contentType, byte[] body, Instant retrieved) {}

  private final HttpClient client;
  private final Limits limits;

  /**
   * @param env the environment, for its proxy settings ({@code https_proxy}, {@code no_proxy}…)
   */
  public Downloads(Map<String, String> env, Limits limits) {
    this.limits = limits;
    HttpClient.Builder b =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER) // followed here, counted
            .connectTimeout(min(limits.time(), Duration.ofSeconds(30)));
    EnvironmentProxy.of(env).ifPresent(b::proxy);
    this.client = b.build();
  }

  public Limits limits() {
    return limits;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) < 0 ? a : b;
  }

  /** The address as the user gave it, if it is one burdenshare may download from. */
  public static URI address(String text) {
    URI u;
    try {
      u = new URI(text.strip());
    } catch (java.net.URISyntaxException e) {
      throw new StoreException(
          "'" + text + "' is not a web address: expected e.g. https://www.nato.int/…/file.xlsx.");
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || u.getHost() == null) {
      throw new StoreException(
          "'" + text + "' is not a web address: expected one beginning with https://.");
    }
    return u;
  }

  /** Whether a command-line argument is a web address rather than a file's path. */
  public static boolean isAddress(String text) {
    // any scheme, so that ftp://… is refused as an address rather than looked for as a file
    return text.strip().matches("(?s)[A-Za-z][A-Za-z0-9+.-]*://.*");
  }

  /**
   * Reads what an address holds.
   *
   * @throws StoreException with one message when it cannot: offline, refused, not found, too large,
   *     too slow, cut short, too many redirects
   */
  public Response get(URI address) {
    long deadline = System.nanoTime() + limits.time().toNanos();
    URI at = address;
    for (int hop = 0; ; hop++) {
      HttpResponse<byte[]> r = exchange(address, at, deadline);
      int status = r.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String to = r.headers().firstValue("location").orElse(null);
        if (to == null) {
          throw failed(address, "the server redirected (HTTP " + status + ") without saying where");
        }
        if (hop >= limits.redirects()) {
          throw failed(
              address,
              "more than "
                  + limits.redirects()
                  + " redirects (the last to "
                  + at.resolve(to)
                  + "); the address may have moved");
        }
        URI next = at.resolve(to);
        String scheme = String.valueOf(next.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
          throw failed(
              address, "the server redirected to " + next + ", which is not a web address");
        }
        at = next;
        continue;
      }
      if (status != 200) {
        throw failed(
            address,
            "the server answered HTTP "
                + status
                + (status == 404 || status == 410
                    ? " (not found: the publisher may have moved or renamed the file)"
                    : status == 401 || status == 403
                        ? " (refused: the file is not open to this request)"
                        : status >= 500
                            ? " (an error on the publisher's side; try again later)"
                            : ""));
      }
      return new Response(
          address, at, r.headers().firstValue("content-type").orElse(""), r.body(), Instant.now());
    }
  }

  private HttpResponse<byte[]> exchange(URI address, URI at, long deadline) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw tooSlow(address);
    }
    HttpRequest request =
        HttpRequest.newBuilder(at)
            .timeout(Duration.ofNanos(left))
            .header("User-Agent", "burdenshare (NATO burden-sharing figures; an import)")
            .GET()
            .build();
    CompletableFuture<HttpResponse<byte[]>> f =
        client.sendAsync(request, info -> capped(info, limits.maxBytes()));
    try {
      return f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw tooSlow(address);
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw failed(address, "interrupted");
    } catch (ExecutionException e) {
      throw failed(address, reason(e.getCause(), at));
    }
  }

  private StoreException tooSlow(URI address) {
    return failed(
        address,
        "it took longer than "
            + limits.time().toSeconds()
            + " s (the network or the server is slow; try again, or allow more with --timeout)");
  }

  /** One message for whatever the client or the body reader failed with. */
  private String reason(Throwable t, URI at) {
    if (t instanceof TooLarge large) {
      return large.getMessage();
    }
    if (t instanceof HttpConnectTimeoutException) {
      return "no connection to " + at.getHost() + " (are you offline?)";
    }
    if (t instanceof HttpTimeoutException) {
      return "it took longer than " + limits.time().toSeconds() + " s";
    }
    if (t instanceof ConnectException) {
      return at.getHost()
          + " refused the connection or cannot be reached (are you offline, or is a proxy needed?"
          + " burdenshare uses https_proxy and no_proxy from the environment)";
    }
    if (t instanceof javax.net.ssl.SSLException) {
      return "the secure connection to " + at.getHost() + " failed (" + t.getMessage() + ")";
    }
    String m = String.valueOf(t.getMessage());
    String lower = m.toLowerCase(Locale.ROOT);
    if (t instanceof java.nio.channels.UnresolvedAddressException
        || t.getCause() instanceof java.nio.channels.UnresolvedAddressException
        || t instanceof java.net.UnknownHostException) {
      return "the name " + at.getHost() + " cannot be found (are you offline?)";
    }
    if (lower.contains("content-length") || lower.contains("eof") || lower.contains("closed")) {
      return "the download was cut short: the connection closed before the whole file had arrived"
          + " (try again)";
    }
    return m.equals("null") ? t.getClass().getSimpleName() : m;
  }

  private static StoreException failed(URI address, String why) {
    return new StoreException(
        "Could not download " + address + ": " + why + ". Nothing was imported.");
  }

  /** Refused before or while the body is read: larger than the limit. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit, String said) {
      super(
          "the file is larger than "
              + limit / (1024 * 1024)
              + " MB"
              + said
              + ", more than any release burdenshare imports");
    }
  }

  /**
   * Reads a body into memory up to a limit, failing as soon as it passes it (or as soon as the
   * server announces a larger body) rather than after reading it all.
   */
  private static HttpResponse.BodySubscriber<byte[]> capped(
      HttpResponse.ResponseInfo info, long max) {
    long announced = info.headers().firstValueAsLong("content-length").orElse(-1);
    return new HttpResponse.BodySubscriber<>() {
      private final CompletableFuture<byte[]> result = new CompletableFuture<>();
      private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      private Flow.Subscription subscription;

      @Override
      public CompletionStage<byte[]> getBody() {
        return result;
      }

      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (announced > max) {
          s.cancel();
          result.completeExceptionally(new TooLarge(max, " (" + announced + " bytes announced)"));
          return;
        }
        s.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
          return;
        }
        for (ByteBuffer b : items) {
          if (bytes.size() + (long) b.remaining() > max) {
            subscription.cancel();
            result.completeExceptionally(new TooLarge(max, ""));
            return;
          }
          byte[] chunk = new byte[b.remaining()];
          b.get(chunk);
          bytes.writeBytes(chunk);
        }
      }

      @Override
      public void onError(Throwable t) {
        result.completeExceptionally(t);
      }

      @Override
      public void onComplete() {
        result.complete(bytes.toByteArray());
      }
    };
  }
}
