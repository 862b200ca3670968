package org.burdenshare.store.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The text of an XML part for {@link XmlScanner}: its XML declaration (a part in another encoding
 * than UTF-8 goes to the JDK's parser), the text between elements decoded and handed to the handler
 * in pieces, CDATA sections, and the comments and processing instructions checked and passed over.
 */
abstract class XmlText extends XmlChars {
  final DefaultHandler handler;
  private final char[] text = new char[8192]; // text decoded, handed on when full or at markup
  private int textLength;

  XmlText(byte[] in, DefaultHandler handler) {
    super(in);
    this.handler = handler;
  }

  /** A part in another encoding: the JDK's parser, configured as POI configures its own. */
  static void jdkParse(byte[] xml, DefaultHandler handler) throws SAXException {
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

  /**
   * The byte-order mark and XML declaration; false for a part in another encoding than UTF-8, left
   * to the JDK's parser.
   */
  boolean prolog() throws SAXException {
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

  void instruction() throws SAXException {
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

  void comment() throws SAXException {
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

  void cdata() throws SAXException {
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

  /** Text up to the next markup, decoded and handed on. */
  void text() throws SAXException {
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
  void decodeOne() throws SAXException {
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

  void put(char c) throws SAXException {
    if (textLength == text.length) {
      flushText();
    }
    text[textLength++] = c;
  }

  void flushText() throws SAXException {
    if (textLength > 0) {
      int n = textLength;
      textLength = 0;
      handler.characters(text, 0, n);
    }
  }
}
