package org.burdenshare.core.releases;

import java.time.LocalDate;
import java.util.Objects;

/** How the asker chooses which release answers a question. */
public sealed interface ReleaseChoice {

  /** The newest release that covers the year. */
  record Latest() implements ReleaseChoice {}

  /**
   * The newest release published on or before a date that covers the year: the question as it could
   * have been answered on that date.
   */
  record AsOf(LocalDate date) implements ReleaseChoice {
    public AsOf {
      Objects.requireNonNull(date, "date");
    }
  }

  /** Exactly this release. */
  record Named(String releaseId) implements ReleaseChoice {
    public Named {
      Objects.requireNonNull(releaseId, "releaseId");
    }
  }

  static ReleaseChoice latest() {
    return new Latest();
  }

  static ReleaseChoice asOf(LocalDate date) {
    return new AsOf(date);
  }

  static ReleaseChoice named(String releaseId) {
    return new Named(releaseId);
  }
}
