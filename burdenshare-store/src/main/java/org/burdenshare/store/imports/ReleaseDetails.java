package org.burdenshare.store.imports;

import java.time.LocalDate;

/** What the user may say about a release on the command line, overriding what the file says. */
public record ReleaseDetails(String id, String title, LocalDate published) {
  public static ReleaseDetails none() {
    return new ReleaseDetails(null, null, null);
  }
}
