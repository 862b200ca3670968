package org.burdenshare.core.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence cut into words, numbers and signs in one pass, in time linear in its length: the
 * reader matches phrases on tokens, never regular expressions on the raw text, so no input can make
 * it backtrack.
 */
final class Tokens {
  /** The longest run of digits read as one number; longer runs are not figures anyone writes. */
  static final int MAX_DIGITS = 18;

  /**
   * The possessive ending that is split off a word as a token of its own, in every language's text
   * ("türkiye's" names Türkiye; Dutch writes it after a vowel: "Canada's"), so that the name before
   * it is found and the readings can see a possessive after a name.
   */
  static final String POSSESSIVE = "'s";

  enum Kind {
    WORD,
    NUMBER,
    SIGN
  }

  /**
   * One token.
   *
   * @param text lower-case text as written
   * @param number the value of a number (null otherwise)
   * @param decimals how many decimals it was written with
   */
  record Token(Kind kind, String text, BigDecimal number, int decimals, int start) {
    boolean is(String s) {
      return text.equals(s);
    }
  }

  private Tokens() {}

  static List<Token> of(String sentence, boolean decimalComma) {
    return of(sentence, decimalComma, List.of());
  }

  /**
   * @param elisions prefixes ending in an apostrophe that are split off a word ("l'", "dell'")
   */
  static List<Token> of(String sentence, boolean decimalComma, List<String> elisions) {
    String s = sentence.toLowerCase(Locale.ROOT);
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isDigit(c)) {
        int j = i;
        StringBuilder digits = new StringBuilder();
        // digits with inner separators: 1,000 · 1.5 · 1 000 (a space only before three digits)
        while (j < n) {
          char d = s.charAt(j);
          if (Character.isDigit(d)) {
            digits.append(d);
            j++;
          } else if ((d == '.' || d == ',') && j + 1 < n && Character.isDigit(s.charAt(j + 1))) {
            digits.append(d);
            j++;
          } else if ((d == ' ' || d == '\u00a0' || d == '\u202f')
              && j + 3 < n + 1
              && threeDigitsThenBreak(s, j + 1)) {
            j++; // a thousands space: 151 240
          } else {
            break;
          }
        }
        out.add(number(digits.toString(), decimalComma, i));
        i = j;
        if (possessiveAt(s, i)) {
          // "2014's 1.9 %": a year owns what follows, as a name does
          out.add(new Token(Kind.WORD, POSSESSIVE, null, 0, i));
          i += POSSESSIVE.length();
        }
      } else if (Character.isLetter(c)) {
        int j = i;
        while (j < n) {
          char d = s.charAt(j);
          boolean inner =
              (d == '\'' || d == '’' || d == '-' || d == '.')
                  && j + 1 < n
                  && Character.isLetter(s.charAt(j + 1))
                  && j > i;
          if (Character.isLetter(d)
              || Character.getType(d) == Character.NON_SPACING_MARK
              || inner) {
            j++;
          } else {
            break;
          }
        }
        // "u.s." and "e.g.": a trailing dot after a one-letter part belongs to the word
        if (j < n && s.charAt(j) == '.' && j - 2 >= i && s.charAt(j - 2) == '.') {
          j++;
        }
        String word = s.substring(i, j).replace('’', '\'');
        int apostrophe = word.indexOf('\'');
        if (apostrophe > 0 && elisions.contains(word.substring(0, apostrophe + 1))) {
          out.add(new Token(Kind.WORD, word.substring(0, apostrophe + 1), null, 0, i));
          i += apostrophe + 1;
          continue;
        }
        if (word.endsWith(POSSESSIVE) && word.length() > POSSESSIVE.length() + 1) {
          // the possessive is its own token: "türkiye's" names Türkiye
          int end = word.length() - POSSESSIVE.length();
          out.add(new Token(Kind.WORD, word.substring(0, end), null, 0, i));
          out.add(new Token(Kind.WORD, POSSESSIVE, null, 0, j - POSSESSIVE.length()));
        } else {
          out.add(new Token(Kind.WORD, word, null, 0, i));
        }
        i = j;
      } else {
        out.add(new Token(Kind.SIGN, String.valueOf(c), null, 0, i));
        i++;
      }
    }
    return out;
  }

  /** Whether "'s" (or "’s") stands at a position as a word's ending: not "'sixties". */
  private static boolean possessiveAt(String s, int at) {
    int end = at + POSSESSIVE.length();
    return end <= s.length()
        && (s.charAt(at) == '\'' || s.charAt(at) == '’')
        && s.charAt(at + 1) == 's'
        && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)));
  }

  private static boolean threeDigitsThenBreak(String s, int at) {
    if (at + 3 > s.length()) {
      return false;
    }
    for (int k = at; k < at + 3; k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return at + 3 == s.length() || !Character.isDigit(s.charAt(at + 3));
  }

  /** A number as written: "1,000.5" or, with a decimal comma, "1.000,5". */
  private static Token number(String raw, boolean decimalComma, int start) {
    String thousands = decimalComma ? "." : ",";
    String decimal = decimalComma ? "," : ".";
    String t = raw;
    // a single separator followed by exactly three digits is read as thousands only in the
    // language's own style; "1,5" in English is not a number anyone writes, read it as decimal
    String plain;
    if (t.contains(thousands) && t.contains(decimal)) {
      plain = t.replace(thousands, "").replace(decimal, ".");
    } else if (t.contains(thousands)) {
      boolean grouped =
          t.matches("\\d{1,3}(?:[" + java.util.regex.Pattern.quote(thousands) + "]\\d{3})+");
      plain = grouped ? t.replace(thousands, "") : t.replace(thousands, ".");
    } else {
      plain = t.replace(decimal, ".");
    }
    String digitsOnly = plain.replace(".", "");
    if (digitsOnly.length() > MAX_DIGITS || plain.indexOf('.') != plain.lastIndexOf('.')) {
      return new Token(Kind.WORD, raw, null, 0, start); // not a figure
    }
    BigDecimal value = new BigDecimal(plain);
    return new Token(Kind.NUMBER, raw, value, Math.max(0, value.scale()), start);
  }
}
