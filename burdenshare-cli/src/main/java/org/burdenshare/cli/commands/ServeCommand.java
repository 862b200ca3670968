package org.burdenshare.cli.commands;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.burdenshare.cli.BurdenshareCommand;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.server.Snapshot;
import org.burdenshare.server.WebServer;
import org.burdenshare.store.Bundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "serve",
    sortOptions = false,
    description = {
      "Start the web dashboard and the JSON API on the figures in the database, and print the"
          + " address. Stops cleanly on Ctrl-C or SIGTERM.",
      "Dashboard at /, API under /api/v1 (interactive reference at /api/docs, OpenAPI document"
          + " at /api/openapi.json), health at /health."
    })
public final class ServeCommand implements Callable<Integer> {
  @ParentCommand BurdenshareCommand root;

  @Option(
      names = "--port",
      defaultValue = "7070",
      paramLabel = "PORT",
      description = "The port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "HOST",
      description =
          "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 for"
              + " all interfaces.")
  String host;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new InvalidQueryException("--port must be from 0 to 65535, found " + port + ".");
    }
    Snapshot snapshot = Snapshot.of(root.engine());
    WebServer server;
    try {
      server =
          WebServer.startReady(
              snapshot,
              Bundle.load().manifest().supplements(),
              new org.burdenshare.cli.Version().getVersion()[0],
              host,
              port);
    } catch (RuntimeException e) {
      throw new InvalidQueryException(
          "Cannot listen on "
              + host
              + ":"
              + port
              + " ("
              + rootCause(e)
              + "). Is another server"
              + " using it? Choose another with --port.");
    }
    org.burdenshare.server.SnapshotWatcher watcher =
        org.burdenshare.server.SnapshotWatcher.start(
                root.store(), server, java.time.Duration.ofSeconds(2))
            .preparing();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  watcher.close();
                  server.close();
                  stopped.countDown();
                },
                "burdenshare-shutdown"));
    String shown = host.equals("0.0.0.0") ? "localhost" : host;
    root.out().println("burdenshare is serving at http://" + shown + ":" + server.port() + "/");
    root.out().println("  API: http://" + shown + ":" + server.port() + "/api/docs");
    root.out().println("Press Ctrl-C to stop.");
    root.out().flush();
    stopped.await();
    return 0;
  }

  private static String rootCause(Throwable t) {
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
