package org.burdenshare.server;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.HttpConnection;

/**
 * What a client's bytes can do wrong, answered as the client's doing and never as a bug of ours: a
 * body that arrives too slowly (408), framing the server cannot parse such as a chunk size of 18
 * hex digits (400), a body that stops short (400), and request headers trickled a byte at a time,
 * which would otherwise hold a connection as long as each byte came within the idle timeout.
 */
final class ClientFaults {
  private ClientFaults() {}

  /** How long a request's line and headers may take to arrive, from their first byte. */
  static final long HEADER_TIMEOUT_MS = 10_000;

  /** The client's fault behind an exception thrown while its request was read, if it is one. */
  static Optional<ApiException> of(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof BadMessageException b) {
        int code = b.getCode() >= 400 && b.getCode() < 500 ? b.getCode() : 400;
        return Optional.of(
            new ApiException(
                code,
                code == 408
                    ? "The request body arrived too slowly (under "
                        + WebServer.MIN_REQUEST_BYTES_PER_SECOND
                        + " bytes a second); send it at once."
                    : "The request is malformed: "
                        + (b.getReason() == null ? "it cannot be parsed" : b.getReason())
                        + ".",
                List.of()));
      }
      if (t instanceof java.util.concurrent.TimeoutException) {
        return Optional.of(
            new ApiException(
                408,
                "The request body stopped arriving for "
                    + WebServer.IDLE_TIMEOUT_MS / 1000
                    + " s; send it at once.",
                List.of()));
      }
      if (t instanceof EofException) {
        return Optional.of(
            new ApiException(400, "The request body ended before its declared length.", List.of()));
      }
    }
    return Optional.empty();
  }

  /**
   * Closes a connection whose request line and headers have not all arrived {@link
   * #HEADER_TIMEOUT_MS} after their first byte (a silent connection is closed sooner, by the idle
   * timeout). Added to a started connector, it watches every connection opened after.
   */
  static void watchHeaders(AbstractConnector connector) {
    connector.addBean(
        new Connection.Listener() {
          @Override
          public void onOpened(Connection connection) {
            if (connection instanceof HttpConnection http) {
              new HeaderWatch(connector, http).schedule();
            }
          }

          @Override
          public void onClosed(Connection connection) {
            // the watch sees the endpoint closed and stops
          }
        });
  }

  /** Looks at one connection once a second while it is open. */
  private static final class HeaderWatch implements Runnable {
    private final AbstractConnector connector;
    private final HttpConnection connection;
    private long headersSince; // when the current request's first byte was seen, or 0

    HeaderWatch(AbstractConnector connector, HttpConnection connection) {
      this.connector = connector;
      this.connection = connection;
    }

    void schedule() {
      connector.getScheduler().schedule(this, 1, TimeUnit.SECONDS);
    }

    @Override
    public void run() {
      if (!connection.getEndPoint().isOpen()) {
        return;
      }
      var parser = connection.getParser();
      boolean inHeaders = !parser.isStart() && parser.inHeaderState();
      long now = System.nanoTime();
      if (!inHeaders) {
        headersSince = 0;
      } else if (headersSince == 0) {
        headersSince = now;
      } else if (now - headersSince > TimeUnit.MILLISECONDS.toNanos(HEADER_TIMEOUT_MS)) {
        connection.getEndPoint().close();
        return;
      }
      schedule();
    }
  }
}
