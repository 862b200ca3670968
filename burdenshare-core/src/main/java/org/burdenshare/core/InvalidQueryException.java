package org.burdenshare.core;

import java.util.List;

/**
 * A question that cannot be answered as asked: an unknown name, a year no release covers, a
 * malformed expression. The message is written for the person who asked; the CLI and the server
 * show it as it is, never with a stack trace.
 */
public class InvalidQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> suggestions;

  public InvalidQueryException(String message) {
    this(message, List.of());
  }

  public InvalidQueryException(String message, List<String> suggestions) {
    super(message);
    this.suggestions = List.copyOf(suggestions);
  }

  /** Close names the asker may have meant, best first; empty when there is nothing close. */
  public List<String> suggestions() {
    return suggestions;
  }
}
