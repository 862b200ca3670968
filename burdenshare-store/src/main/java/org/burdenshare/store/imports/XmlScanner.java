package org.burdenshare.store.imports;

import java.util.Arrays;
import org.xml.sax.SAXException;
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
 * <p>Here are its elements, their nesting and namespaces; {@link XmlText} reads the declaration,
 * the text, comments and instructions, {@link XmlChars} the characters and names, {@link
 * XmlAttributes} hands on an element's attributes.
 */
final class XmlScanner extends XmlText {
  private int depth;
  private int[] openStart = new int[32]; // each open element's qualified name: offset and length
  private int[] openLength = new int[32];
  private String[] openName = new String[32];
  private String[] openLocal = new String[32];
  private String[] prefixes = new String[8]; // namespace prefixes declared, innermost last
  private int[] prefixDepth = new int[8];
  private int prefixCount;
  private final XmlNames names = new XmlNames();
  private final XmlAttributes attributes = new XmlAttributes(this);

  private XmlScanner(byte[] in, DefaultHandler handler) {
    super(in, handler);
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
    for (int i = 0; i < attributes.getLength(); i++) {
      checkPrefix(attributes.getQName(i), false);
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
}
