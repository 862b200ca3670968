package org.burdenshare.server.pages;

/**
 * A page whose content is still written as HTML in Java, shown in the common frame while it waits
 * to become a page model of its own with a template. The content must be escaped already.
 */
public record RawPage(Frame frame, String html) {}
