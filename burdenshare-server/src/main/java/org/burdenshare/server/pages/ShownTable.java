package org.burdenshare.server.pages;

/** A table as a page shows it, with the address of the same rows as CSV. */
public record ShownTable(DataTable table, String csvHref) {}
