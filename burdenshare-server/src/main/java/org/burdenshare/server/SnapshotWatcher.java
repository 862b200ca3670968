package org.burdenshare.server;

import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.burdenshare.core.Engine;
import org.burdenshare.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks up releases imported while the server runs: when the database file changes, it reads a new
 * snapshot and swaps it in whole, so a request sees the old figures or the new ones, never a mix. A
 * read that fails (an import still writing) is simply tried again at the next tick. Once {@link
 * #preparing}, each snapshot served, the first one too, has the slow answers the dashboard opens
 * with (the Scenarios page's Monte Carlo runs) computed in the background, so that the first
 * visitor finds them ready.
 */
public final class SnapshotWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotWatcher.class);

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "snapshot-watcher");
            t.setDaemon(true);
            return t;
          });
  private final java.util.concurrent.ExecutorService preparer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "snapshot-preparer");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
          });
  private final Store store;
  private final WebServer server;
  private volatile FileTime seen;

  private SnapshotWatcher(Store store, WebServer server) {
    this.store = store;
    this.server = server;
    this.seen = modified();
  }

  public static SnapshotWatcher start(Store store, WebServer server, Duration every) {
    SnapshotWatcher w = new SnapshotWatcher(store, server);
    w.timer.scheduleWithFixedDelay(
        w::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    return w;
  }

  private FileTime modified() {
    try {
      return Files.getLastModifiedTime(store.databaseFile());
    } catch (java.io.IOException e) {
      return null;
    }
  }

  void check() {
    FileTime now = modified();
    if (now == null || now.equals(seen)) {
      return;
    }
    try {
      Snapshot next = Snapshot.of(new Engine(store.snapshot()));
      if (!next.id().equals(server.snapshot().id())) {
        server.swap(next);
        if (preparing) {
          prepare(next);
        }
        LOG.warn("new figures in {}: now serving snapshot {}", store.databaseFile(), next.id());
      }
      seen = now;
    } catch (RuntimeException e) {
      // The import may still be writing; the next tick tries again.
    }
  }

  private volatile boolean preparing;

  /**
   * From now on, prepares the opening answers of the snapshot being served and of each one swapped
   * in. A server for people asks for it; tests of other things need not pay its CPU.
   */
  public SnapshotWatcher preparing() {
    preparing = true;
    prepare(server.snapshot());
    return this;
  }

  /** Computes a snapshot's slow opening answers, which its engine then remembers. */
  private void prepare(Snapshot s) {
    preparer.execute(
        () -> {
          try {
            new org.burdenshare.core.questions.Burdenshare(s.engine()).prepare();
          } catch (RuntimeException e) {
            LOG.warn(
                "could not prepare the opening answers of snapshot {}: {}", s.id(), e.toString());
          }
        });
  }

  @Override
  public void close() {
    preparer.shutdownNow();
    timer.shutdownNow();
  }
}
