package org.burdenshare.core.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.groups.GroupExpression;
import org.burdenshare.core.indicators.Indicators;

/**
 * Reads the claim language. Grammar (whitespace between tokens is free):
 *
 * <pre>
 *   claim   := value op value [ "within" number ["%"] ]
 *   op      := "&gt;" | "&gt;=" | "&lt;" | "&lt;=" | "=" | "!="
 *   value   := literal | figure | "sum(" figure ")" | "top(" figure "," int ")"
 *            | "count(" figure op number ")" | "share(" figure "," figure ")"
 *            | "rank(" figure "," country ["," "lowest"] ")" | "change(" figure "," year ")"
 *            | "gap(" figure "," number ")" | "added(" figure "," year ")"
 *   figure  := indicator "(" group "," year ")"
 *   literal := number [ "thousand" | "million" | "billion" | "trillion" ] [ "%" | currency ]
 * </pre>
 *
 * {@code group} is a group expression (NATO-USA, NATO&amp;EU). Errors name the column and what was
 * expected there.
 */
public final class ClaimParser {
  private static final List<String> SCALES = List.of("thousand", "million", "billion", "trillion");
  private static final List<String> FUNCTIONS =
      List.of("sum", "top", "count", "share", "rank", "change", "gap", "added");

  private final String text;
  private int pos;

  private ClaimParser(String text) {
    this.text = text;
  }

  /** Parses a claim; an {@link InvalidQueryException} names the column on failure. */
  public static Claim parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidQueryException(
          "Empty claim. Expected, for example: defence_exp_current_usd(USA, 2019) >"
              + " sum(defence_exp_current_usd(NATO-USA, 2019))");
    }
    return new ClaimParser(text).claim();
  }

  /**
   * Whether the claim language can write a claim: whether {@link #parse} reads what {@link
   * Claim#toString()} prints back as an equal claim. A claim built as a value may hold what the
   * language has no words for: an indicator it does not know, a group that is no group expression,
   * a year or count it cannot write, a currency that is no three-letter code, a place that is no
   * name.
   */
  public static boolean canWrite(Claim claim) {
    return canWrite(claim.left()) && canWrite(claim.right());
  }

  private static boolean canWrite(Value v) {
    if (v instanceof Value.Literal l) {
      return (l.scale().isEmpty() || SCALES.contains(l.scale()))
          && (l.unit().isEmpty() || l.unit().equals("%") || isCurrencyCode(l.unit()));
    } else if (v instanceof Value.Figure f) {
      return canWrite(f);
    } else if (v instanceof Value.Top t) {
      return canWrite(t.of()) && isWholeNumber(t.n());
    } else if (v instanceof Value.Rank r) {
      return canWrite(r.within()) && isName(r.country());
    } else if (v instanceof Value.Change c) {
      return canWrite(c.of()) && isWholeNumber(c.fromYear());
    } else if (v instanceof Value.Added a) {
      return canWrite(a.of()) && isWholeNumber(a.fromYear());
    }
    // a sum, a count, a share or a gap: their numbers are any the language writes
    return canWrite(Value.figureOf(v)) && (!(v instanceof Value.Share s) || canWrite(s.whole()));
  }

  private static boolean canWrite(Value.Figure f) {
    if (!Indicators.known(f.indicator()) || !isWholeNumber(f.year())) {
      return false;
    }
    try {
      GroupExpression.parse(f.group());
    } catch (InvalidQueryException e) {
      return false; // as the parser refuses it, with the column
    }
    return f.group().equals(f.group().strip());
  }

  /** A year, a count or a number of allies, as {@link #integer()} reads one. */
  private static boolean isWholeNumber(int n) {
    return n >= 0 && n <= 999_999;
  }

  /** A name, as {@link #identifier()} reads one. */
  private static boolean isName(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
  }

  /** A currency, as {@link #literal()} reads one: three capital letters. */
  private static boolean isCurrencyCode(String s) {
    return s.length() == 3
        && s.chars().allMatch(Character::isLetter)
        && s.equals(s.toUpperCase(Locale.ROOT));
  }

  private Claim claim() {
    Value left = value();
    Op op = op();
    Value right = value();
    Claim.Tolerance tolerance = null;
    skip();
    if (peekWord().equals("within")) {
      pos += "within".length();
      BigDecimal amount = number();
      skip();
      boolean relative = pos < text.length() && text.charAt(pos) == '%';
      if (relative) {
        pos++;
      }
      tolerance = new Claim.Tolerance(amount, relative);
    }
    skip();
    if (pos < text.length()) {
      throw error("the end of the claim (or 'within' and a tolerance)");
    }
    return new Claim(left, op, right, tolerance);
  }

  private Op op() {
    skip();
    for (String symbol : List.of(">=", "<=", "!=", ">", "<", "=")) {
      if (text.startsWith(symbol, pos)) {
        pos += symbol.length();
        return Op.of(symbol);
      }
    }
    throw error("a comparison: >, >=, <, <=, = or !=");
  }

  private Value value() {
    skip();
    if (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '-')) {
      return literal();
    }
    int start = pos;
    String word = identifier();
    skip();
    if (FUNCTIONS.contains(word) && !Indicators.known(word)) {
      expect('(');
      Value v =
          switch (word) {
            case "sum" -> new Value.Sum(figure());
            case "top" -> {
              Value.Figure f = figure();
              expect(',');
              yield new Value.Top(f, integer());
            }
            case "count" -> {
              Value.Figure f = figure();
              Op op = op();
              yield new Value.Count(f, op, number());
            }
            case "share" -> {
              Value.Figure part = figure();
              expect(',');
              yield new Value.Share(part, figure());
            }
            case "rank" -> {
              Value.Figure f = figure();
              expect(',');
              skip();
              String country = identifier();
              skip();
              boolean lowest = false;
              if (pos < text.length() && text.charAt(pos) == ',') {
                expect(',');
                skip();
                int at = pos;
                String order = identifier();
                if (!order.equals("lowest")) {
                  pos = at;
                  throw error("'lowest' (rank from the bottom)");
                }
                lowest = true;
              }
              yield new Value.Rank(f, country, lowest);
            }
            case "added" -> {
              Value.Figure f = figure();
              expect(',');
              yield new Value.Added(f, integer());
            }
            case "gap" -> {
              Value.Figure f = figure();
              expect(',');
              yield new Value.Gap(f, number());
            }
            default -> {
              Value.Figure f = figure();
              expect(',');
              yield new Value.Change(f, integer());
            }
          };
      expect(')');
      return v;
    }
    pos = start;
    return figure();
  }

  private Value.Figure figure() {
    skip();
    int start = pos;
    String indicator = identifier();
    if (!Indicators.known(indicator)) {
      pos = start;
      throw error(
          "an indicator such as defence_exp_current_usd, or a function ("
              + String.join(", ", FUNCTIONS)
              + ")");
    }
    expect('(');
    int open = pos;
    int depth = 0;
    int lastComma = -1;
    int close = -1;
    for (int i = open; i < text.length() && close < 0; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          close = i;
        } else {
          depth--;
        }
      } else if (c == ',' && depth == 0) {
        lastComma = i;
      }
    }
    if (close < 0) {
      pos = text.length();
      throw error("a closing parenthesis for the one at column " + open);
    }
    if (lastComma < 0) {
      throw error("a group and a year in parentheses, such as (NATO-USA, 2019)");
    }
    String group = text.substring(open, lastComma).strip();
    int groupColumn =
        open
            + (text.substring(open, lastComma).length()
                - text.substring(open, lastComma).stripLeading().length());
    try {
      GroupExpression.parse(group);
    } catch (GroupExpression.SyntaxError e) {
      pos = groupColumn + e.column() - 1;
      throw error("in the group, " + e.expected().replaceFirst(", found .*", ""));
    } catch (InvalidQueryException e) {
      pos = groupColumn;
      throw error("a country or group");
    }
    pos = lastComma + 1;
    int year = integer();
    skip();
    expect(')');
    return new Value.Figure(indicator, group, year);
  }

  private Value.Literal literal() {
    BigDecimal number = number();
    skip();
    String scale = "";
    String word = peekWord();
    if (SCALES.contains(word)) {
      scale = word;
      pos += word.length();
      skip();
    }
    String unit = "";
    if (pos < text.length() && text.charAt(pos) == '%') {
      unit = "%";
      pos++;
    } else {
      String currency = peekWord();
      if (currency.length() == 3 && currency.equals(currency.toUpperCase(Locale.ROOT))) {
        unit = currency;
        pos += 3;
      }
    }
    return new Value.Literal(number, scale, unit);
  }

  private BigDecimal number() {
    skip();
    int start = pos;
    if (pos < text.length() && text.charAt(pos) == '-') {
      pos++;
    }
    while (pos < text.length()
        && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
      pos++;
    }
    try {
      return new BigDecimal(text.substring(start, pos));
    } catch (NumberFormatException e) {
      pos = start;
      throw error("a number");
    }
  }

  private int integer() {
    skip();
    int start = pos;
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    if (start == pos || pos - start > 6) {
      pos = start;
      throw error("a whole number such as 2019");
    }
    return Integer.parseInt(text.substring(start, pos));
  }

  private String identifier() {
    skip();
    int start = pos;
    while (pos < text.length()
        && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    if (start == pos) {
      throw error("a name");
    }
    return text.substring(start, pos);
  }

  private String peekWord() {
    int end = pos;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(pos, end);
  }

  private void expect(char c) {
    skip();
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw error("'" + c + "'");
    }
    pos++;
  }

  private void skip() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private InvalidQueryException error(String expected) {
    return new InvalidQueryException(
        org.burdenshare.core.errors.SyntaxMessages.message("the claim", text, pos, expected));
  }
}
