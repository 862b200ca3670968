package org.burdenshare.server.pages;

/** The map page: one measure for every ally, a year at a time, and the same figures as a table. */
public record MapPage(
    Frame frame, ChoiceForm form, String about, MapView map, ReleaseNote release, ShownTable table)
    implements PageModel {}
