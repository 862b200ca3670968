package org.burdenshare.server.pages;

/** Two countries or groups side by side on one indicator, year by year. */
public record ComparePage(Frame frame, ChoiceForm form, Section comparison) implements PageModel {}
