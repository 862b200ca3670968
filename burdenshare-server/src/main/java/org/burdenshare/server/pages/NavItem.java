package org.burdenshare.server.pages;

/** An entry of the site's navigation; {@code current} marks the page being shown. */
public record NavItem(String href, String label, boolean current) {}
