package org.burdenshare.server.pages;

import java.util.List;

/**
 * A page that says why a question cannot be answered, in words for a person, with where to go next.
 *
 * @param message what went wrong and what would answer, as plain text
 * @param next links to go on from here ("Start again", "Sources")
 */
public record ErrorPage(Frame frame, String message, List<Link> next) implements PageModel {
  public ErrorPage {
    next = List.copyOf(next);
  }
}
