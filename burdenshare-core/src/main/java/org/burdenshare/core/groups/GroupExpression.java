package org.burdenshare.core.groups;

import org.burdenshare.core.errors.InvalidQueryException;

/**
 * A set expression over countries and named groups, such as {@code NATO-USA}, {@code NATO&EU} or
 * {@code (BALTICS+POL)-LTU}.
 *
 * <p>Grammar, with {@code &} binding tighter than the others and all operators left-associative:
 *
 * <pre>
 *   expression   := intersection (('+' | ',' | '-') intersection)*
 *   intersection := atom ('&amp;' atom)*
 *   atom         := name | '(' expression ')'
 *   name         := a country code, country name or alias, or a group name
 * </pre>
 *
 * {@code +} and {@code ,} are union, {@code -} is difference, {@code &} is intersection. Names may
 * contain spaces ({@code North Macedonia}).
 */
public sealed interface GroupExpression {

  /** A country or named group, with the 1-based column where it starts in the text. */
  record Name(String name, int column) implements GroupExpression {}

  record Union(GroupExpression left, GroupExpression right) implements GroupExpression {}

  record Difference(GroupExpression left, GroupExpression right) implements GroupExpression {}

  record Intersection(GroupExpression left, GroupExpression right) implements GroupExpression {}

  /** Parses an expression; an error names the column and what was expected there. */
  static GroupExpression parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidQueryException(
          "Empty group. Expected a country (USA), a group (NATO) or an expression (NATO-USA).");
    }
    return new Parser(text).parseAll();
  }

  /** A syntax error, with the 1-based column and what was expected there. */
  final class SyntaxError extends InvalidQueryException {
    private static final long serialVersionUID = 1L;
    private final int column;
    private final String expected;

    SyntaxError(String message, int column, String expected) {
      super(message);
      this.column = column;
      this.expected = expected;
    }

    public int column() {
      return column;
    }

    public String expected() {
      return expected;
    }
  }

  /** A small recursive-descent parser: the grammar is three rules. */
  final class Parser {
    private static final String OPERATORS = "+,-&()";
    private final String text;
    private int pos;

    private Parser(String text) {
      this.text = text;
    }

    GroupExpression parseAll() {
      GroupExpression e = expression();
      skipSpaces();
      if (pos < text.length()) {
        throw error("an operator (+ , - &) or the end");
      }
      return e;
    }

    private GroupExpression expression() {
      GroupExpression left = intersection();
      while (true) {
        skipSpaces();
        if (pos >= text.length()) {
          return left;
        }
        char c = text.charAt(pos);
        if (c == '+' || c == ',') {
          pos++;
          left = new Union(left, intersection());
        } else if (c == '-') {
          pos++;
          left = new Difference(left, intersection());
        } else {
          return left;
        }
      }
    }

    private GroupExpression intersection() {
      GroupExpression left = atom();
      while (true) {
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '&') {
          pos++;
          left = new Intersection(left, atom());
        } else {
          return left;
        }
      }
    }

    private GroupExpression atom() {
      skipSpaces();
      if (pos >= text.length()) {
        throw error("a country or group name");
      }
      if (text.charAt(pos) == '(') {
        pos++;
        GroupExpression inner = expression();
        skipSpaces();
        if (pos >= text.length() || text.charAt(pos) != ')') {
          throw error("a closing parenthesis");
        }
        pos++;
        return inner;
      }
      int start = pos;
      while (pos < text.length() && OPERATORS.indexOf(text.charAt(pos)) < 0) {
        pos++;
      }
      String name = text.substring(start, pos).strip();
      if (name.isEmpty()) {
        pos = start;
        throw error("a country or group name");
      }
      return new Name(name, start + 1);
    }

    private void skipSpaces() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    private SyntaxError error(String expected) {
      return new SyntaxError(
          org.burdenshare.core.errors.SyntaxMessages.message(
              "group '" + text + "'", text, pos, expected),
          pos + 1,
          expected + ", found " + org.burdenshare.core.errors.SyntaxMessages.found(text, pos));
    }
  }
}
