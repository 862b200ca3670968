package org.burdenshare.core.releases;

/**
 * The release chosen to answer a question about one indicator and year, with the reason in words
 * ("newest release published on or before 2019-11-28 that covers 2019").
 */
public record Selection(Release release, String indicator, int year, String reason) {}
