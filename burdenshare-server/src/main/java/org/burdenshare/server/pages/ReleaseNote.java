package org.burdenshare.server.pages;

import java.time.LocalDate;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * Which release a section's figures come from, and why that one.
 *
 * @param why the reason the release answers ("newest release published by …"), or null
 * @param id the release's id
 * @param later whether it was published after the date the reader chose: the page marks it
 */
public record ReleaseNote(
    Link release, String publisher, LocalDate published, String why, String id, boolean later) {
  public static ReleaseNote of(ReleaseRef r, String why) {
    return of(r, why, null);
  }

  /** The note of a release answering as of a date (null for none): later ones are marked. */
  public static ReleaseNote of(ReleaseRef r, String why, LocalDate asOf) {
    return new ReleaseNote(
        new Link(r.title(), "/sources#" + r.id()),
        r.publisher(),
        r.published(),
        why == null ? null : why.replaceFirst("\\.$", ""),
        r.id(),
        asOf != null && r.published().isAfter(asOf));
  }
}
