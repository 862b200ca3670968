package org.burdenshare.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** The parts of an import that run on threads of their own, and what they made. */
public final class ImportTasks {
  private ImportTasks() {}

  /**
   * What another thread made, waited for, or its failure as that thread met it (a refusal, an
   * error), thrown here.
   */
  public static <T> T done(FutureTask<T> task) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted; nothing was imported.");
    }
  }
}
