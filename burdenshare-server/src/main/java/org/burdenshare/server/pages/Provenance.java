package org.burdenshare.server.pages;

import java.time.LocalDate;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * Where one figure on a page comes from: its release and that release's publication date, and
 * whether it was published after the date the reader chose (no release published by then holds the
 * figure). A page marks a figure whose release is not the one its section names, or is later.
 *
 * @param release the release's id
 * @param later whether the release was published after the as-of date
 */
public record Provenance(String release, String title, LocalDate published, boolean later) {

  public static Provenance of(ReleaseRef r, LocalDate asOf) {
    return new Provenance(
        r.id(), r.title(), r.published(), asOf != null && r.published().isAfter(asOf));
  }

  /** "From nato-2024-06 (…), published 2024-06-17, after the date you chose." */
  public String note() {
    return "From "
        + title
        + " ("
        + release
        + "), published "
        + published
        + (later ? ", after the date you chose: no release published by then holds it" : "")
        + ".";
  }

  /** "from nato-2024-06, published 2024-06-17, after the date you chose": beside a figure. */
  public String brief() {
    return "from "
        + release
        + ", published "
        + published
        + (later ? ", after the date you chose" : "");
  }
}
