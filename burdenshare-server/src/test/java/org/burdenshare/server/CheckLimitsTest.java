package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The claim checks' limits on their own, with checks that take as long as the test wants: every
 * request is answered or refused within its budget, and a check that overruns frees its core for
 * the next request (up to one overrun per core), or keeps it beyond that.
 */
class CheckLimitsTest {
  private static final Duration BUDGET = Duration.ofMillis(400);

  @Test
  void aCheckOverItsBudgetIsGivenUpAndInterruptedWithinIt() throws Exception {
    CheckLimits limits = new CheckLimits(BUDGET, 1);
    CountDownLatch interrupted = new CountDownLatch(1);
    long start = System.nanoTime();
    try (CheckLimits.Admission a = limits.admit(-1)) {
      assertThatThrownBy(
              () ->
                  a.check(
                      10,
                      () -> {
                        try {
                          Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                          interrupted.countDown();
                        }
                        return "late";
                      }))
          .isInstanceOf(ApiException.class)
          .hasMessageContaining("took longer than")
          .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(413));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET.plusMillis(300));
    assertThat(interrupted.await(2, TimeUnit.SECONDS)).as("the worker is interrupted").isTrue();
    awaitNoGivenUp(limits);
    try (CheckLimits.Admission a = limits.admit(-1)) {
      assertThat(a.check(10, () -> "next")).isEqualTo("next");
    }
  }

  @Test
  void overrunsThatIgnoreTheInterruptHoldOneSlotPerCoreThenTheirCores() throws Exception {
    CheckLimits limits = new CheckLimits(BUDGET, 1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> statuses = new ArrayList<>();
    try {
      // the first overrun moves to the given-up slot: the core is free for a normal check
      statuses.add(outcome(limits, () -> stubborn(release)));
      statuses.add(outcome(limits, () -> "normal"));
      // the second overrun keeps its core: the next check waits its budget out and is told so
      statuses.add(outcome(limits, () -> stubborn(release)));
      statuses.add(outcome(limits, () -> "normal"));
    } finally {
      release.countDown();
    }
    assertThat(statuses).containsExactly("413", "normal", "413", "503");
    awaitNoGivenUp(limits);
    assertThat(outcome(limits, () -> "normal")).isEqualTo("normal");
  }

  @Test
  void aTextOverTheLimitIsRefusedAndTooManyAtOnceAreToldToComeBack() {
    CheckLimits limits = new CheckLimits(BUDGET, 1);
    assertThatThrownBy(() -> limits.admit(CheckLimits.MAX_BODY_BYTES + 1))
        .hasMessageContaining("too large");
    try (CheckLimits.Admission a = limits.admit(-1)) {
      assertThatThrownBy(() -> a.check(CheckLimits.MAX_TEXT + 1, () -> "x"))
          .hasMessageContaining("200,001 characters");
    }
    List<CheckLimits.Admission> in = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        in.add(limits.admit(-1));
      }
      assertThatThrownBy(() -> limits.admit(-1))
          .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(503));
    } finally {
      in.forEach(CheckLimits.Admission::close);
    }
    limits.admit(-1).close();
  }

  /** A check that ignores interrupts until released. */
  private static String stubborn(CountDownLatch release) {
    while (true) {
      try {
        release.await();
        return "released";
      } catch (InterruptedException e) {
        // ignored, as a long computation would
      }
    }
  }

  private static String outcome(CheckLimits limits, java.util.function.Supplier<String> check) {
    try (CheckLimits.Admission a = limits.admit(-1)) {
      return a.check(10, check);
    } catch (ApiException e) {
      return Integer.toString(e.status());
    }
  }

  private static void awaitNoGivenUp(CheckLimits limits) throws InterruptedException {
    for (int i = 0; i < 200 && limits.givenUpRunning() > 0; i++) {
      Thread.sleep(10);
    }
    assertThat(limits.givenUpRunning()).isZero();
  }
}
