package org.burdenshare.core.errors;

import java.util.List;
import java.util.Optional;

/**
 * A question that cannot be answered as asked: an unknown name, a year no release covers, a
 * malformed expression. The message is written for the person who asked, in no front end's terms;
 * the {@link Remedy}, when there is one, says what would answer, and each front end adds it in its
 * own words. Never shown with a stack trace.
 */
public class InvalidQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> suggestions;
  private final transient Remedy remedy;

  public InvalidQueryException(String message) {
    this(message, List.of());
  }

  public InvalidQueryException(String message, List<String> suggestions) {
    this(message, suggestions, null);
  }

  public InvalidQueryException(String message, List<String> suggestions, Remedy remedy) {
    super(message);
    this.suggestions = List.copyOf(suggestions);
    this.remedy = remedy;
  }

  /** What would answer, if anything does. */
  public Optional<Remedy> remedy() {
    return Optional.ofNullable(remedy);
  }

  /** Close names the asker may have meant, best first; empty when there is nothing close. */
  public List<String> suggestions() {
    return suggestions;
  }
}
