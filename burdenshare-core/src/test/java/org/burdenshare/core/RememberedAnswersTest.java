package org.burdenshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.questions.Burdenshare;
import org.burdenshare.core.scenarios.Scenario;
import org.burdenshare.core.scenarios.ScenarioSpec;
import org.junit.jupiter.api.Test;

/** Answers computed once per snapshot and question, and only once when asked at the same time. */
class RememberedAnswersTest {
  final Engine engine = new Engine(ScenarioTest.oneAlly());

  @Test
  void aQuestionAskedAgainIsAnsweredFromMemoryAndAnotherQuestionIsComputed() {
    AtomicInteger computed = new AtomicInteger();
    Object first = engine.remembered(List.of("q", 1), () -> "answer " + computed.incrementAndGet());
    Object again = engine.remembered(List.of("q", 1), () -> "answer " + computed.incrementAndGet());
    Object other = engine.remembered(List.of("q", 2), () -> "answer " + computed.incrementAndGet());
    assertThat(first).isEqualTo("answer 1").isSameAs(again);
    assertThat(other).isEqualTo("answer 2");
    assertThat(computed).hasValue(2);
    // another snapshot (another engine) computes its own answer
    Object elsewhere =
        new Engine(ScenarioTest.oneAlly())
            .remembered(List.of("q", 1), () -> "answer " + computed.incrementAndGet());
    assertThat(elsewhere).isEqualTo("answer 3");
  }

  @Test
  void aFailedQuestionIsNotKept() {
    AtomicInteger tries = new AtomicInteger();
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(
              () ->
                  engine.remembered(
                      "bad",
                      () -> {
                        tries.incrementAndGet();
                        throw new InvalidQueryException("no such thing");
                      }))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessage("no such thing");
    }
    assertThat(tries).hasValue(2);
  }

  @Test
  void askersAtTheSameTimeWaitForOneComputation() throws Exception {
    AtomicInteger computed = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<Object> first =
          pool.submit(
              () ->
                  engine.remembered(
                      "slow",
                      () -> {
                        computed.incrementAndGet();
                        started.countDown();
                        try {
                          release.await();
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        return "done";
                      }));
      started.await();
      List<Future<Object>> others =
          List.of(
              pool.submit(
                  () -> engine.remembered("slow", () -> "again " + computed.incrementAndGet())),
              pool.submit(
                  () -> engine.remembered("slow", () -> "again " + computed.incrementAndGet())));
      release.countDown();
      assertThat(first.get()).isEqualTo("done");
      for (Future<Object> f : others) {
        assertThat(f.get()).isEqualTo("done");
      }
      assertThat(computed).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void scenariosAreComputedOncePerQuestion() {
    Burdenshare ask = new Burdenshare(engine);
    ScenarioSpec spec = ScenarioSpec.defaults();
    Scenario s = ask.scenario(spec);
    assertThat(ask.scenario(spec)).isSameAs(s);
    assertThat(new Burdenshare(engine).scenario(spec))
        .as("another facade, the same snapshot")
        .isSameAs(s);
    assertThat(ask.scenario(spec.withDamping(0.6))).isNotSameAs(s);
  }
}
