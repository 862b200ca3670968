package org.burdenshare.core.errors;

/**
 * The one way a syntax error is told: what could not be read, the column, what was expected and
 * found there, and the text with a caret under the place.
 */
public final class SyntaxMessages {
  private SyntaxMessages() {}

  /** What stands at a position: the character in quotes, or "the end". */
  public static String found(String text, int pos) {
    return pos < text.length() ? "'" + text.charAt(pos) + "'" : "the end";
  }

  /**
   * @param what "the claim", "group 'NATO-'"
   * @param pos 0-based position of the problem
   */
  public static String message(String what, String text, int pos, String expected) {
    return "Cannot read "
        + what
        + " at column "
        + (pos + 1)
        + ": expected "
        + expected
        + ", found "
        + found(text, pos)
        + ".\n  "
        + text
        + "\n  "
        + " ".repeat(pos)
        + "^";
  }
}
