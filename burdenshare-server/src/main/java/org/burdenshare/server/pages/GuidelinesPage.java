package org.burdenshare.server.pages;

/**
 * The 2 % and 20 % guidelines together: how many allies met each and both, and each ally's share of
 * GDP against its equipment share.
 */
public record GuidelinesPage(
    Frame frame,
    ChoiceForm form,
    String summary,
    ReleaseNote release,
    Chart chart,
    ShownTable table) {}
