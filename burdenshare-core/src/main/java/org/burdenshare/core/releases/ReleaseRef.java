package org.burdenshare.core.releases;

import java.time.LocalDate;

/**
 * The part of a release that every answer shows: enough to name it and find it.
 *
 * @param partial whether the release holds only part of the publisher's edition
 */
public record ReleaseRef(
    String id,
    String publisher,
    String title,
    LocalDate published,
    LocalDate cutoff,
    String url,
    boolean partial) {}
