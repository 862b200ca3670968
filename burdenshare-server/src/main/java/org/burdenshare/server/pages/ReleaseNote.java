package org.burdenshare.server.pages;

import java.time.LocalDate;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * Which release a section's figures come from, and why that one.
 *
 * @param why the reason the release answers ("newest release published by …"), or null
 */
public record ReleaseNote(Link release, String publisher, LocalDate published, String why) {
  public static ReleaseNote of(ReleaseRef r, String why) {
    return new ReleaseNote(
        new Link(r.title(), "/sources#" + r.id()),
        r.publisher(),
        r.published(),
        why == null ? null : why.replaceFirst("\\.$", ""));
  }
}
