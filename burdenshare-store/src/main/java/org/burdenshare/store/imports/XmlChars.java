package org.burdenshare.store.imports;

import java.nio.charset.StandardCharsets;
import org.xml.sax.SAXException;

/**
 * The characters of an XML part for {@link XmlScanner}: its UTF-8 bytes decoded and checked to be
 * XML characters, references ("&amp;", "&#10;") resolved and checked, names read, and an
 * attribute's value as a parser gives it. Malformed input is a {@link SAXException} that says what
 * and where (the byte offset).
 */
abstract class XmlChars {
  final byte[] in;
  int at; // where the reading is

  XmlChars(byte[] in) {
    this.in = in;
  }

  SAXException malformed(String what) {
    return new SAXException(what + " (at byte " + at + ")");
  }

  /** A name (of an element or attribute): its length in bytes, from {@code at}. */
  int name() throws SAXException {
    int start = at;
    while (at < in.length) {
      byte b = in[at];
      boolean ok =
          b >= 'a' && b <= 'z'
              || b >= 'A' && b <= 'Z'
              || b == '_'
              || b == ':'
              || b < 0
              || at > start && (b >= '0' && b <= '9' || b == '-' || b == '.');
      if (!ok) {
        break;
      }
      if (b < 0) {
        utf8();
      } else {
        at++;
      }
    }
    if (at == start) {
      throw malformed("a name was expected");
    }
    return at - start;
  }

  /** Checks the characters of a comment or instruction, which are not handed on. */
  void checkCharacters(int from, int to) throws SAXException {
    int end = at;
    at = from;
    while (at < to) {
      byte b = in[at];
      if (b < 0) {
        utf8();
      } else {
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
          throw malformed("an invalid XML character (0x" + Integer.toHexString(b) + ")");
        }
        at++;
      }
    }
    at = Math.max(end, at);
  }

  /** A UTF-8 sequence at {@code at}, checked to be an XML character: its code point. */
  int utf8() throws SAXException {
    int b0 = in[at] & 0xff;
    int n;
    int c;
    int min;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      n = 1;
      c = b0 & 0x1F;
      min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      n = 2;
      c = b0 & 0x0F;
      min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      n = 3;
      c = b0 & 0x07;
      min = 0x10000;
    } else {
      throw malformed("invalid byte 1 of a UTF-8 sequence");
    }
    if (at + n >= in.length) {
      throw malformed("the document ends inside a UTF-8 sequence");
    }
    for (int i = 1; i <= n; i++) {
      int b = in[at + i] & 0xff;
      if ((b & 0xC0) != 0x80) {
        throw malformed("invalid byte " + (i + 1) + " of a " + (n + 1) + "-byte UTF-8 sequence");
      }
      c = c << 6 | b & 0x3F;
    }
    if (c < min || c > 0x10FFFF || c >= 0xD800 && c <= 0xDFFF || c == 0xFFFE || c == 0xFFFF) {
      throw malformed("an invalid UTF-8 sequence or XML character");
    }
    at += n + 1;
    return c;
  }

  /** A reference at {@code at} ("&amp;", "&#10;"): its character, checked. */
  int reference() throws SAXException {
    int semicolon = -1;
    for (int i = at + 1; i < in.length && i < at + 12; i++) {
      if (in[i] == ';') {
        semicolon = i;
        break;
      }
    }
    if (semicolon < 0) {
      throw malformed("a reference must end with ';'");
    }
    String ref = new String(in, at + 1, semicolon - at - 1, StandardCharsets.ISO_8859_1);
    int c;
    switch (ref) {
      case "lt" -> c = '<';
      case "gt" -> c = '>';
      case "amp" -> c = '&';
      case "quot" -> c = '"';
      case "apos" -> c = '\'';
      default -> c = characterReference(ref);
    }
    at = semicolon + 1;
    return c;
  }

  int characterReference(String ref) throws SAXException {
    int c = -1;
    try {
      if (ref.startsWith("#x")
          && ref.length() > 2
          && ref.chars().skip(2).allMatch(XmlScanner::hex)) {
        c = Integer.parseInt(ref.substring(2), 16);
      } else if (ref.startsWith("#")
          && ref.length() > 1
          && ref.chars().skip(1).allMatch(Character::isDigit)) {
        c = Integer.parseInt(ref.substring(1));
      } else if (!ref.startsWith("#")) {
        throw malformed("the entity \"" + ref + "\" was referenced, but not declared");
      }
    } catch (NumberFormatException e) {
      c = -1;
    }
    boolean xml =
        c == 0x9
            || c == 0xA
            || c == 0xD
            || c >= 0x20 && c <= 0xD7FF
            || c >= 0xE000 && c <= 0xFFFD
            || c >= 0x10000 && c <= 0x10FFFF;
    if (!xml) {
      throw malformed("the character reference \"&" + ref + ";\" is not an XML character");
    }
    return c;
  }

  static boolean hex(int c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  /** Skips whitespace; whether there was any. */
  boolean skipSpaces() {
    int start = at;
    while (at < in.length && space(in[at])) {
      at++;
    }
    return at > start;
  }

  static boolean space(byte b) {
    return b == ' ' || b == '\n' || b == '\t' || b == '\r';
  }

  boolean startsWith(String s) {
    if (at + s.length() > in.length) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (in[at + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  int indexOf(String s, int from) {
    byte first = (byte) s.charAt(0);
    outer:
    for (int i = from; i + s.length() <= in.length; i++) {
      if (in[i] != first) {
        continue;
      }
      for (int k = 1; k < s.length(); k++) {
        if (in[i + k] != s.charAt(k)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static String local(String qName) {
    int colon = qName.indexOf(':');
    return colon <= 0 ? qName : qName.substring(colon + 1);
  }

  /**
   * An attribute's value as a parser gives it: references replaced, each tab and line end a space
   * (a literal one; one given as a reference stays).
   */
  String decode(int start, int end, boolean plain) {
    if (plain) {
      return new String(in, start, end - start, StandardCharsets.ISO_8859_1);
    }
    StringBuilder out = new StringBuilder(end - start);
    int saved = at;
    at = start;
    try {
      while (at < end) {
        byte b = in[at];
        if (b == '&') {
          out.appendCodePoint(reference());
        } else if (b < 0) {
          out.appendCodePoint(utf8());
        } else if (b == '\r') {
          out.append(' ');
          at += at + 1 < end && in[at + 1] == '\n' ? 2 : 1;
        } else {
          out.append(b == '\n' || b == '\t' ? ' ' : (char) b);
          at++;
        }
      }
    } catch (SAXException e) {
      throw new IllegalStateException("checked while it was read", e);
    } finally {
      at = saved;
    }
    return out.toString();
  }
}
