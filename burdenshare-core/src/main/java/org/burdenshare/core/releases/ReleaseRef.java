package org.burdenshare.core.releases;

import java.time.LocalDate;

/** The part of a release that every answer shows: enough to name it and find it. */
public record ReleaseRef(
    String id, String publisher, String title, LocalDate published, LocalDate cutoff, String url) {}
