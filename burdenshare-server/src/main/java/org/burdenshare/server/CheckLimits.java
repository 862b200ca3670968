package org.burdenshare.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The one limits policy of claim checking, shared by the API ({@code POST /api/v1/claims/check})
 * and the dashboard's form ({@code POST /check}), so that neither is a way around the other:
 *
 * <ol>
 *   <li>a body declared larger than any allowed text is refused (413) before a byte is read;
 *   <li>a few requests per core are let in to read their bodies, the rest told to come back (503),
 *       so that many large posts at once cannot fill the memory;
 *   <li>a body is read up to its limit and no further (413), chunked or not;
 *   <li>a text over {@link #MAX_TEXT} characters is refused (413);
 *   <li>as many checks run at once as there are cores; a request waits for its turn within its
 *       budget, else 503;
 *   <li>every request is answered or refused within {@link #BUDGET} of being let in: a check that
 *       takes longer is given up, its worker interrupted, and the client told why (413).
 * </ol>
 *
 * <p>A check given up keeps its core until its worker ends. Up to one such worker per core may be
 * left to finish while new checks take the cores; beyond that, a given-up check keeps its core, so
 * that never more than two checks per core use the processors.
 */
final class CheckLimits {
  /** The most text one request may ask to check, in characters (a long article is 50,000). */
  static final int MAX_TEXT = 200_000;

  /**
   * The largest body read: a text of {@link #MAX_TEXT} characters form-encoded (up to 9 bytes a
   * character, {@code %E2%82%AC}) or in JSON (up to 6, {@code \u20ac}), and the other fields.
   */
  static final long MAX_BODY_BYTES = 9L * MAX_TEXT + 4_096;

  /** How long a request may take from being let in to its answer. */
  static final Duration BUDGET = Duration.ofSeconds(4);

  private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());

  private final Duration budget;
  private final int coreCount;
  private final Semaphore admitted;
  private final Semaphore cores;
  private final Semaphore givenUp;
  private final ExecutorService workers;

  /** The server's policy: {@link #BUDGET}, and as many checks at once as there are cores. */
  CheckLimits() {
    this(BUDGET, CORES);
  }

  CheckLimits(Duration budget, int cores) {
    this.budget = budget;
    this.coreCount = cores;
    this.admitted = new Semaphore(cores * 8);
    this.cores = new Semaphore(cores);
    this.givenUp = new Semaphore(cores);
    // Never more tasks than threads: a task holds a core or a given-up slot.
    this.workers =
        Executors.newFixedThreadPool(
            2 * cores,
            r -> {
              Thread t = new Thread(r, "claim-check");
              t.setDaemon(true);
              return t;
            });
  }

  /** A request let in: the body may be read and the text checked; closing lets the next in. */
  final class Admission implements AutoCloseable {
    private final long deadline = System.nanoTime() + budget.toNanos();
    private boolean open = true;

    /** The body, read up to {@link #MAX_BODY_BYTES} and no further. */
    String body(Context ctx) {
      try (InputStream in = ctx.req().getInputStream()) {
        byte[] bytes = in.readNBytes((int) MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
          throw tooLarge();
        }
        return new String(bytes, StandardCharsets.UTF_8);
      } catch (IOException e) {
        // a body that stopped arriving, or arrived malformed: the client's doing, said as such
        throw ClientFaults.of(e)
            .orElseGet(
                () -> new ApiException(400, "The request body could not be read.", List.of()));
      }
    }

    /**
     * Runs a check on a worker within what is left of the budget: its answer, or a refusal that
     * says why (503 no core came free in time, 413 the check took too long).
     */
    <T> T check(int characters, Supplier<T> check) {
      if (characters > MAX_TEXT) {
        throw new ApiException(
            413,
            "The text is "
                + String.format(Locale.ROOT, "%,d", characters)
                + " characters long; one request checks up to "
                + String.format(Locale.ROOT, "%,d", MAX_TEXT)
                + ". Send it in parts.",
            List.of());
      }
      try {
        if (!cores.tryAcquire(left(), TimeUnit.NANOSECONDS)) {
          throw busy();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw busy();
      }
      Worker<T> worker = new Worker<>(check);
      workers.execute(worker);
      try {
        return worker.result.get(left(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        worker.giveUp();
        throw new ApiException(
            413,
            "Checking this text took longer than "
                + budget.toSeconds()
                + " s, the limit for one request, and was given up. Send a shorter text, or"
                + " the text in parts.",
            List.of());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        worker.giveUp();
        throw busy();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    private long left() {
      return Math.max(0, deadline - System.nanoTime());
    }

    @Override
    public void close() {
      if (open) {
        open = false;
        admitted.release();
      }
    }
  }

  /** Checks given up that have not ended yet, holding a given-up slot (for tests). */
  int givenUpRunning() {
    return coreCount - givenUp.availablePermits();
  }

  /**
   * Lets a request in, or refuses it: 413 when it declares a body larger than any allowed text, 503
   * when enough requests are already in.
   */
  Admission admit(Context ctx) {
    return admit(ctx.req().getContentLengthLong());
  }

  /** Lets a request in that declares a body of this many bytes (-1: not declared). */
  Admission admit(long declared) {
    if (declared > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    if (!admitted.tryAcquire()) {
      throw busy();
    }
    return new Admission();
  }

  /** A check on a worker thread, holding a core until it ends or is given up. */
  private final class Worker<T> implements Runnable {
    final CompletableFuture<T> result = new CompletableFuture<>();
    private final Supplier<T> check;
    private Thread thread;
    private boolean done;
    private boolean slotOnly; // given up: holds a given-up slot instead of a core

    Worker(Supplier<T> check) {
      this.check = check;
    }

    @Override
    public void run() {
      synchronized (this) {
        thread = Thread.currentThread();
      }
      try {
        result.complete(check.get());
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      } finally {
        synchronized (this) {
          done = true;
          thread = null;
          (slotOnly ? givenUp : cores).release();
        }
      }
    }

    /**
     * Interrupts the worker and, when a given-up slot is free, hands its core to the next check.
     */
    synchronized void giveUp() {
      if (done) {
        return;
      }
      if (thread != null) {
        thread.interrupt();
      }
      if (!slotOnly && givenUp.tryAcquire()) {
        slotOnly = true;
        cores.release();
      }
    }
  }

  static ApiException busy() {
    return new ApiException(
        503, "Every core is checking texts just now: try again in a few seconds.", List.of());
  }

  static ApiException tooLarge() {
    return new ApiException(
        413,
        "The body is too large: texts up to "
            + String.format(Locale.ROOT, "%,d", MAX_TEXT)
            + " characters are checked. Send it in parts.",
        List.of());
  }
}
