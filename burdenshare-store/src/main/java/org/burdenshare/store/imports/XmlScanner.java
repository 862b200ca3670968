package org.burdenshare.store.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A small, strict XML parser for the parts of an Excel workbook, written for speed: it reads the
 * part's UTF-8 bytes in one pass and tells a SAX handler of its elements (by local and qualified
 * name; the namespace URI is not worked out, "" is passed, as no handler here reads it), their
 * attributes and text. Building the JDK's parser (Xerces) and running it was the largest cost of a
 * SIPRI import's reading after the JVM's start; this reads the same parts several times faster.
 *
 * <p>It refuses what a conforming parser refuses and a workbook could hold: a DOCTYPE, an element
 * not closed or closed by another name, text or a second element outside the root, an attribute
 * twice, an undeclared entity or a character reference to no XML character, bytes that are not
 * UTF-8 or not XML characters, "--" in a comment, "]]>" in text, an unbound namespace prefix. A
 * part declared in another encoding than UTF-8 (which Excel never writes) is read by the JDK's
 * parser, configured as POI configures it. Malformed XML is a {@link SAXException} whose message
 * says what and where (the byte offset), as the JDK's parser says it.
 *
 * <p>Long (about 950 lines): the rules of XML it checks (markup, names and namespaces, UTF-8,
 * references) and the attributes it hands on belong together, and split they would share its state.
 */
final class XmlScanner {
  private final byte[] in;
  private final DefaultHandler handler;
  private int at;
  private final char[] text = new char[8192]; // text decoded, handed on when full or at markup
  private int textLength;
  private int depth;
  private int[] openStart = new int[32]; // each open element's qualified name: offset and length
  private int[] openLength = new int[32];
  private String[] openName = new String[32];
  private String[] openLocal = new String[32];
  private String[] prefixes = new String[8]; // namespace prefixes declared, innermost last
  private int[] prefixDepth = new int[8];
  private int prefixCount;
  private final Names names = new Names();
  private final Names shortValues = new Names(); // short attribute values a handler shares
  private final Scanned attributes = new Scanned();

  private XmlScanner(byte[] in, DefaultHandler handler) {
    this.in = in;
    this.handler = handler;
  }

  /** Parses a part, telling the handler of what it holds; malformed XML is a SAXException. */
  static void parse(byte[] xml, DefaultHandler handler) throws SAXException {
    XmlScanner s = new XmlScanner(xml, handler);
    if (!s.prolog()) {
      jdkParse(xml, handler);
      return;
    }
    s.document();
  }

  /** A part in another encoding: the JDK's parser, configured as POI configures its own. */
  private static void jdkParse(byte[] xml, DefaultHandler handler) throws SAXException {
    try {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      f.setValidating(false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      XMLReader r = f.newSAXParser().getXMLReader();
      r.setContentHandler(handler);
      r.setErrorHandler(new DefaultHandler()); // refuses, without printing
      r.parse(new InputSource(new ByteArrayInputStream(xml)));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
    } catch (IOException e) {
      throw new SAXException(e.getMessage());
    }
  }

  private SAXException malformed(String what) {
    return new SAXException(what + " (at byte " + at + ")");
  }

  /**
   * The byte-order mark and XML declaration; false for a part in another encoding than UTF-8, left
   * to the JDK's parser.
   */
  private boolean prolog() throws SAXException {
    if (in.length >= 2
        && ((in[0] == (byte) 0xFE && in[1] == (byte) 0xFF)
            || (in[0] == (byte) 0xFF && in[1] == (byte) 0xFE)
            || in[0] == 0
            || in[1] == 0)) {
      return false; // UTF-16 or UTF-32
    }
    if (in.length >= 3 && in[0] == (byte) 0xEF && in[1] == (byte) 0xBB && in[2] == (byte) 0xBF) {
      at = 3;
    }
    if (!startsWith("<?xml") || at + 5 >= in.length || !space(in[at + 5])) {
      return true;
    }
    int end = indexOf("?>", at);
    if (end < 0) {
      throw malformed("the XML declaration is not closed");
    }
    String declaration = new String(in, at + 5, end - at - 5, StandardCharsets.ISO_8859_1);
    if (!declaration.matches(
        "\\s+version\\s*=\\s*(['\"])1\\.[0-9]\\1(\\s+encoding\\s*=\\s*(['\"])[A-Za-z][A-Za-z0-9._-]*"
            + "\\3)?(\\s+standalone\\s*=\\s*(['\"])(yes|no)\\5)?\\s*")) {
      throw malformed("the XML declaration is malformed");
    }
    String lower = declaration.toLowerCase(Locale.ROOT).replace(" ", "");
    if (!declaration.contains("1.0")
        || lower.contains("encoding")
            && !lower.matches("(?s).*encoding\\s*=\\s*['\"]utf-?8['\"].*")) {
      return false;
    }
    at = end + 2;
    return true;
  }

  private void document() throws SAXException {
    boolean rootSeen = false;
    while (at < in.length) {
      byte b = in[at];
      if (b != '<') {
        if (depth == 0) {
          if (!space(b)) {
            throw malformed("content is not allowed outside the root element");
          }
          at++;
        } else {
          text();
        }
        continue;
      }
      if (at + 1 >= in.length) {
        throw malformed("the document ends inside markup");
      }
      byte next = in[at + 1];
      if (next == '/') {
        flushText();
        endTag();
      } else if (next == '?') {
        flushText();
        instruction();
      } else if (next == '!') {
        if (startsWith("<!--")) {
          flushText();
          comment();
        } else if (startsWith("<![CDATA[")) {
          if (depth == 0) {
            throw malformed("content is not allowed outside the root element");
          }
          cdata();
        } else if (startsWith("<!DOCTYPE")) {
          throw malformed("DOCTYPE is disallowed");
        } else {
          throw malformed("markup that is not XML ('<!')");
        }
      } else {
        flushText();
        if (depth == 0 && rootSeen) {
          throw malformed("markup is not allowed after the root element");
        }
        rootSeen = true;
        startTag();
      }
    }
    if (depth > 0) {
      throw malformed(
          "XML document structures must start and end within the same entity: <"
              + openName[depth - 1]
              + "> is not closed");
    }
    if (!rootSeen) {
      throw malformed("premature end of file: no root element");
    }
  }

  private void startTag() throws SAXException {
    at++; // '<'
    int nameStart = at;
    int nameLength = name();
    String qName = names.of(in, nameStart, nameLength);
    attributes.clear();
    boolean empty;
    while (true) {
      boolean spaced = skipSpaces();
      if (at >= in.length) {
        throw malformed("the document ends inside the start tag of <" + qName + ">");
      }
      byte b = in[at];
      if (b == '>') {
        at++;
        empty = false;
        break;
      }
      if (b == '/') {
        if (at + 1 >= in.length || in[at + 1] != '>') {
          throw malformed("<" + qName + "> must end with '>' or '/>'");
        }
        at += 2;
        empty = true;
        break;
      }
      if (!spaced) {
        throw malformed(
            "element type \"" + qName + "\" must be followed by attributes, '>' or '/>'");
      }
      attribute(qName);
    }
    push(nameStart, nameLength, qName);
    checkPrefix(qName, true);
    for (int i = 0; i < attributes.count; i++) {
      checkPrefix(attributes.qNames[i], false);
    }
    handler.startElement("", openLocal[depth - 1], qName, attributes);
    if (empty) {
      handler.endElement("", openLocal[depth - 1], qName);
      pop();
    }
  }

  private void attribute(String element) throws SAXException {
    int nameStart = at;
    int nameLength = name();
    String qName = names.of(in, nameStart, nameLength);
    skipSpaces();
    if (at >= in.length || in[at] != '=') {
      throw malformed("attribute \"" + qName + "\" of <" + element + "> must be followed by '='");
    }
    at++;
    skipSpaces();
    if (at >= in.length || (in[at] != '"' && in[at] != '\'')) {
      throw malformed("the value of attribute \"" + qName + "\" must be quoted");
    }
    byte quote = in[at++];
    int valueStart = at;
    boolean plain = true; // ASCII without references or line ends: read as it is
    while (true) {
      if (at >= in.length) {
        throw malformed("the document ends inside the value of attribute \"" + qName + "\"");
      }
      byte b = in[at];
      if (b == quote) {
        break;
      }
      if (b == '<') {
        throw malformed("the value of attribute \"" + qName + "\" must not contain '<'");
      }
      if (b == '&') {
        reference();
        plain = false;
        continue;
      }
      if (b < 0) {
        utf8();
        plain = false;
        continue;
      }
      if (b < 0x20) {
        if (b != '\t' && b != '\n' && b != '\r') {
          throw malformed("an invalid XML character (0x" + Integer.toHexString(b) + ")");
        }
        plain = false;
      }
      at++;
    }
    int valueEnd = at++;
    if (attributes.has(qName)) {
      throw malformed("attribute \"" + qName + "\" was already specified for <" + element + ">");
    }
    if (qName.equals("xmlns") || qName.startsWith("xmlns:")) {
      if (qName.length() > 5) {
        qualified(qName, 5);
        if (valueEnd == valueStart) {
          throw malformed("the namespace prefix \"" + qName.substring(6) + "\" is bound to \"\"");
        }
      }
      declare(qName.equals("xmlns") ? "" : qName.substring(6));
      attributes.addDeclaration(qName);
      return;
    }
    attributes.add(qName, local(qName), valueStart, valueEnd, plain);
  }

  /** A namespace declaration of the element being read, in scope until it ends. */
  private void declare(String prefix) {
    if (prefixCount == prefixes.length) {
      prefixes = Arrays.copyOf(prefixes, prefixCount * 2);
      prefixDepth = Arrays.copyOf(prefixDepth, prefixCount * 2);
    }
    prefixes[prefixCount] = prefix;
    prefixDepth[prefixCount++] = depth + 1;
  }

  private void checkPrefix(String qName, boolean element) throws SAXException {
    int colon = qName.indexOf(':');
    if (colon < 0) {
      return;
    }
    qualified(qName, colon);
    if (colon == 0) {
      return; // a name that starts with a colon has no prefix, to a namespace-aware parser
    }
    String prefix = qName.substring(0, colon);
    if (prefix.equals("xml")) {
      return;
    }
    for (int i = prefixCount - 1; i >= 0; i--) {
      if (prefixes[i].equals(prefix)) {
        return;
      }
    }
    throw malformed(
        "the prefix \""
            + prefix
            + "\" for "
            + (element ? "element" : "attribute")
            + " \""
            + qName
            + "\" is not bound");
  }

  /** A name with a colon must be a prefix and a local name, each a name without colons. */
  private void qualified(String qName, int colon) throws SAXException {
    if (colon == 0) {
      if (qName.indexOf(':', 1) > 0) {
        throw malformed("the prefix of \"" + qName + "\" is not bound");
      }
      return;
    }
    char after = colon + 1 < qName.length() ? qName.charAt(colon + 1) : '-';
    boolean startsName =
        after >= 'a' && after <= 'z' || after >= 'A' && after <= 'Z' || after == '_' || after > 127;
    if (!startsName || qName.indexOf(':', colon + 1) >= 0) {
      throw malformed("\"" + qName + "\" is not a qualified name (prefix:name)");
    }
  }

  private void endTag() throws SAXException {
    at += 2; // "</"
    int nameStart = at;
    int nameLength = name();
    skipSpaces();
    if (at >= in.length || in[at] != '>') {
      throw malformed("the end tag must end with '>'");
    }
    at++;
    if (depth == 0) {
      throw malformed("an end tag without its start tag");
    }
    int open = depth - 1;
    if (nameLength != openLength[open]
        || !Arrays.equals(
            in,
            nameStart,
            nameStart + nameLength,
            in,
            openStart[open],
            openStart[open] + nameLength)) {
      throw malformed(
          "the element type \""
              + openName[open]
              + "\" must be terminated by the matching end-tag \"</"
              + openName[open]
              + ">\"");
    }
    handler.endElement("", openLocal[open], openName[open]);
    pop();
  }

  private void push(int nameStart, int nameLength, String qName) {
    if (depth == openStart.length) {
      openStart = Arrays.copyOf(openStart, depth * 2);
      openLength = Arrays.copyOf(openLength, depth * 2);
      openName = Arrays.copyOf(openName, depth * 2);
      openLocal = Arrays.copyOf(openLocal, depth * 2);
    }
    openStart[depth] = nameStart;
    openLength[depth] = nameLength;
    openName[depth] = qName;
    openLocal[depth] = local(qName);
    depth++;
  }

  private void pop() {
    depth--;
    while (prefixCount > 0 && prefixDepth[prefixCount - 1] > depth) {
      prefixCount--;
    }
  }

  /** A name (of an element or attribute): its length in bytes, from {@code at}. */
  private int name() throws SAXException {
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

  private void instruction() throws SAXException {
    at += 2;
    int start = at;
    name();
    if (at - start == 3
        && new String(in, start, 3, StandardCharsets.ISO_8859_1).equalsIgnoreCase("xml")) {
      throw malformed("an XML declaration is allowed only at the start of the document");
    }
    if (!startsWith("?>") && (at >= in.length || !space(in[at]))) {
      throw malformed("a processing instruction's target must be followed by a space or '?>'");
    }
    int end = indexOf("?>", at);
    if (end < 0) {
      throw malformed("a processing instruction is not closed");
    }
    checkCharacters(at, end);
    at = end + 2;
  }

  private void comment() throws SAXException {
    at += 4;
    int end = indexOf("--", at);
    if (end < 0) {
      throw malformed("a comment is not closed");
    }
    if (end + 2 >= in.length || in[end + 2] != '>') {
      throw malformed("the string \"--\" is not permitted within comments");
    }
    checkCharacters(at, end);
    at = end + 3;
  }

  private void cdata() throws SAXException {
    at += 9;
    int end = indexOf("]]>", at);
    if (end < 0) {
      throw malformed("a CDATA section is not closed");
    }
    while (at < end) {
      decodeOne();
    }
    at = end + 3;
  }

  /** Checks the characters of a comment or instruction, which are not handed on. */
  private void checkCharacters(int from, int to) throws SAXException {
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

  /** Text up to the next markup, decoded and handed on. */
  private void text() throws SAXException {
    while (at < in.length) {
      byte b = in[at];
      if (b == '<') {
        return;
      }
      if (b == '&') {
        int c = reference();
        if (c > 0xFFFF) {
          put(Character.highSurrogate(c));
          put(Character.lowSurrogate(c));
        } else {
          put((char) c);
        }
      } else if (b == ']' && at + 2 < in.length && in[at + 1] == ']' && in[at + 2] == '>') {
        throw malformed("the character sequence \"]]>\" must not appear in content");
      } else {
        decodeOne();
      }
    }
  }

  /** One character (or a surrogate pair) at {@code at}, decoded, checked and kept as text. */
  private void decodeOne() throws SAXException {
    byte b = in[at];
    if (b >= 0x20) {
      put((char) b);
      at++;
    } else if (b >= 0) {
      if (b == '\r') {
        put('\n');
        at++;
        if (at < in.length && in[at] == '\n') {
          at++;
        }
      } else if (b == '\n' || b == '\t') {
        put((char) b);
        at++;
      } else {
        throw malformed("an invalid XML character (0x" + Integer.toHexString(b) + ")");
      }
    } else {
      int c = utf8();
      if (c > 0xFFFF) {
        put(Character.highSurrogate(c));
        put(Character.lowSurrogate(c));
      } else {
        put((char) c);
      }
    }
  }

  private void put(char c) throws SAXException {
    if (textLength == text.length) {
      flushText();
    }
    text[textLength++] = c;
  }

  private void flushText() throws SAXException {
    if (textLength > 0) {
      int n = textLength;
      textLength = 0;
      handler.characters(text, 0, n);
    }
  }

  /** A UTF-8 sequence at {@code at}, checked to be an XML character: its code point. */
  private int utf8() throws SAXException {
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
  private int reference() throws SAXException {
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

  private int characterReference(String ref) throws SAXException {
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

  private static boolean hex(int c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  /** Skips whitespace; whether there was any. */
  private boolean skipSpaces() {
    int start = at;
    while (at < in.length && space(in[at])) {
      at++;
    }
    return at > start;
  }

  private static boolean space(byte b) {
    return b == ' ' || b == '\n' || b == '\t' || b == '\r';
  }

  private boolean startsWith(String s) {
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

  private int indexOf(String s, int from) {
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

  private static String local(String qName) {
    int colon = qName.indexOf(':');
    return colon <= 0 ? qName : qName.substring(colon + 1);
  }

  /** The parts' names, each made a String once: a part repeats a few dozen names. */
  private static final class Names {
    private static final int MOST = 4096; // names kept; a part of more makes the rest each time
    private String[] strings = new String[256];
    private int[] hashes = new int[256];
    private int count;

    String of(byte[] b, int from, int length) {
      int h = 1;
      for (int i = from; i < from + length; i++) {
        h = 31 * h + b[i];
      }
      int mask = strings.length - 1;
      for (int slot = h & mask; ; slot = (slot + 1) & mask) {
        String s = strings[slot];
        if (s == null) {
          s = new String(b, from, length, StandardCharsets.UTF_8);
          if (count < MOST) {
            strings[slot] = s;
            hashes[slot] = h;
            if (++count * 2 > strings.length) {
              grow();
            }
          }
          return s;
        }
        if (hashes[slot] == h && equal(s, b, from, length)) {
          return s;
        }
      }
    }

    private void grow() {
      String[] oldStrings = strings;
      int[] oldHashes = hashes;
      strings = new String[oldStrings.length * 2];
      hashes = new int[oldStrings.length * 2];
      int mask = strings.length - 1;
      for (int i = 0; i < oldStrings.length; i++) {
        if (oldStrings[i] != null) {
          int slot = oldHashes[i] & mask;
          while (strings[slot] != null) {
            slot = (slot + 1) & mask;
          }
          strings[slot] = oldStrings[i];
          hashes[slot] = oldHashes[i];
        }
      }
    }

    private static boolean equal(String s, byte[] b, int from, int length) {
      if (s.length() != length) {
        return false; // a name of other than ASCII characters is never matched: made again
      }
      for (int i = 0; i < length; i++) {
        if (s.charAt(i) != b[from + i]) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Attributes a sheet's cells have by the hundred thousand, read without a String each: a whole
   * number ("3"), a cell's column ("AB12"), a short value made a String once ("s", "str").
   */
  interface Plain {
    /** What the readers return for an attribute the element does not have. */
    int ABSENT = -1;

    /** What they return for one in another form: then read its String. */
    int OTHER = -2;

    /** A whole number of one to nine digits, or {@link #ABSENT} or {@link #OTHER}. */
    int digits(String qName);

    /**
     * The column (0 for A) of a reference of one to three capitals and digits, or ABSENT, OTHER.
     */
    int column(String qName);

    /** The value, the same String for the same short value, or null for none. */
    String shared(String qName);
  }

  /** The attributes of the element being read; values are decoded when asked for. */
  private final class Scanned implements Attributes, Plain {
    private String[] qNames = new String[8];
    private String[] locals = new String[8];
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private boolean[] plain = new boolean[8];
    private String[] values = new String[8];
    private int count;

    private String[] declarations = new String[4];
    private int declared;

    void clear() {
      Arrays.fill(values, 0, count, null);
      count = 0;
      declared = 0;
    }

    boolean has(String qName) {
      for (int i = 0; i < count; i++) {
        if (qNames[i].equals(qName)) {
          return true;
        }
      }
      for (int i = 0; i < declared; i++) {
        if (declarations[i].equals(qName)) {
          return true;
        }
      }
      return false;
    }

    void add(String qName, String local, int start, int end, boolean isPlain) {
      if (count == qNames.length) {
        int n = count * 2;
        qNames = Arrays.copyOf(qNames, n);
        locals = Arrays.copyOf(locals, n);
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        plain = Arrays.copyOf(plain, n);
        values = Arrays.copyOf(values, n);
      }
      qNames[count] = qName;
      locals[count] = local;
      starts[count] = start;
      ends[count] = end;
      plain[count] = isPlain;
      count++;
    }

    /** A namespace declaration: checked for repeats, not reported (as a SAX parser does). */
    void addDeclaration(String qName) {
      if (declared == declarations.length) {
        declarations = Arrays.copyOf(declarations, declared * 2);
      }
      declarations[declared++] = qName;
    }

    @Override
    public int digits(String qName) {
      int i = getIndex(qName);
      if (i < 0) {
        return ABSENT;
      }
      int n = ends[i] - starts[i];
      if (!plain[i] || n < 1 || n > 9) {
        return OTHER;
      }
      int value = 0;
      for (int k = starts[i]; k < ends[i]; k++) {
        byte b = in[k];
        if (b < '0' || b > '9') {
          return OTHER;
        }
        value = value * 10 + (b - '0');
      }
      return value;
    }

    @Override
    public int column(String qName) {
      int i = getIndex(qName);
      if (i < 0) {
        return ABSENT;
      }
      int k = starts[i];
      int column = 0;
      while (k < ends[i] && k - starts[i] < 3 && in[k] >= 'A' && in[k] <= 'Z') {
        column = column * 26 + (in[k++] - 'A' + 1);
      }
      if (!plain[i] || k == starts[i] || k == ends[i]) {
        return OTHER;
      }
      for (; k < ends[i]; k++) {
        if (in[k] < '0' || in[k] > '9') {
          return OTHER;
        }
      }
      return column - 1;
    }

    @Override
    public String shared(String qName) {
      int i = getIndex(qName);
      if (i < 0) {
        return null;
      }
      return plain[i] && ends[i] - starts[i] <= 16
          ? shortValues.of(in, starts[i], ends[i] - starts[i])
          : getValue(i);
    }

    @Override
    public int getLength() {
      return count;
    }

    @Override
    public String getURI(int index) {
      return index < 0 || index >= count ? null : "";
    }

    @Override
    public String getLocalName(int index) {
      return index < 0 || index >= count ? null : locals[index];
    }

    @Override
    public String getQName(int index) {
      return index < 0 || index >= count ? null : qNames[index];
    }

    @Override
    public String getType(int index) {
      return index < 0 || index >= count ? null : "CDATA";
    }

    @Override
    public String getValue(int index) {
      if (index < 0 || index >= count) {
        return null;
      }
      if (values[index] == null) {
        values[index] = decode(starts[index], ends[index], plain[index]);
      }
      return values[index];
    }

    @Override
    public int getIndex(String uri, String localName) {
      for (int i = 0; i < count; i++) {
        if (localName.equals(locals[i])) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public int getIndex(String qName) {
      for (int i = 0; i < count; i++) {
        if (qName.equals(qNames[i])) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public String getType(String uri, String localName) {
      return getType(getIndex(uri, localName));
    }

    @Override
    public String getType(String qName) {
      return getType(getIndex(qName));
    }

    @Override
    public String getValue(String uri, String localName) {
      return getValue(getIndex(uri, localName));
    }

    @Override
    public String getValue(String qName) {
      return getValue(getIndex(qName));
    }
  }

  /**
   * An attribute's value as a parser gives it: references replaced, each tab and line end a space
   * (a literal one; one given as a reference stays).
   */
  private String decode(int start, int end, boolean plain) {
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
