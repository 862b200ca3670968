package org.burdenshare.server.pages;

/** The list of allies, by name, each linking to its page. */
public record AlliesPage(Frame frame, ShownTable allies) implements PageModel {}
