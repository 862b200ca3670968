package org.burdenshare.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@link XmlScanner} against the JDK's parser configured as POI configures it: on well-formed parts
 * both tell the same elements, attributes and text; what the JDK's parser refuses, the scanner
 * refuses too — on hand-made cases and on thousands of damaged copies of a worksheet (bytes
 * flipped, cut short, markup inserted), drawn with a fixed seed.
 */
class XmlScannerTest {
  private static final String SHEET =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
      xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">\
      <dimension ref="A1:D3"/><sheetData>\
      <row r="1" spans="1:4" x14ac:dyDescent="0.2"><c r="A1" s="3" t="s"><v>0</v></c>\
      <c r="B1" s="1"><v>1949</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve"> Côte \
      d&apos;Ivoire &amp; &#233;&#x20AC; </t><rPh><t>ignored</t></rPh></is></c></row>
      <row r="2"><c r="A2" s='2' t="str"><f>A1&amp;"x"</f><v>a&lt;b&gt;c&quot;</v></c>\
      <c r="B2"><v>-1.5E-3</v></c><!-- a comment --><c r="C2" t="b"><v>1</v></c></row>\
      <row r="3"><c r="A3" t="inlineStr"><is><r><t>rich</t></r><r><t><![CDATA[ <text> ]]></t></r>\
      </is></c><c r="B3"   s = "4" /></row></sheetData>\
      <?some instruction?><extLst><ext uri="{x}"><x14ac:thing a="1&#10;2	3"/></ext></extLst>\
      </worksheet>
      """;

  /** What a parser told a handler, as text; or what it refused. */
  private static String events(byte[] xml, boolean scanner) {
    StringBuilder out = new StringBuilder();
    DefaultHandler h =
        new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String qName, Attributes a) {
            out.append('<').append(local).append('|').append(qName);
            for (int i = 0; i < a.getLength(); i++) {
              out.append(' ')
                  .append(a.getLocalName(i))
                  .append('|')
                  .append(a.getQName(i))
                  .append("=[")
                  .append(a.getValue(i))
                  .append(']');
              assertThat(a.getValue(a.getQName(i))).isEqualTo(a.getValue(i));
            }
            out.append('>');
          }

          @Override
          public void endElement(String uri, String local, String qName) {
            out.append("</").append(local).append('|').append(qName).append('>');
          }

          @Override
          public void characters(char[] ch, int start, int length) {
            out.append(ch, start, length);
          }
        };
    try {
      if (scanner) {
        XmlScanner.parse(xml, h);
      } else {
        XMLReader r = jdk();
        r.setContentHandler(h);
        r.parse(new InputSource(new ByteArrayInputStream(xml)));
      }
      return out.toString();
    } catch (Exception e) { // malformed, or in an encoding the JDK does not know
      return "refused";
    }
  }

  private static XMLReader jdk() throws Exception {
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    XMLReader r = f.newSAXParser().getXMLReader();
    r.setErrorHandler(new DefaultHandler()); // refuses, without printing
    return r;
  }

  private static void same(String xml) {
    same(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static void same(byte[] xml) {
    assertThat(events(xml, true))
        .as(new String(xml, StandardCharsets.UTF_8))
        .isEqualTo(events(xml, false));
  }

  @Test
  void aWorksheetIsToldAsTheJdksParserTellsIt() {
    String jdk = events(SHEET.getBytes(StandardCharsets.UTF_8), false);
    assertThat(jdk).contains("Côte d'Ivoire & é€", "a<b>c\"", " <text> ", "1\n2 3");
    same(SHEET);
    same("\uFEFF" + SHEET); // a byte-order mark
    same(SHEET.replace("\n", "\r\n")); // Windows line ends, in text and attributes
    same("<a>x\ry\r\nz<b c='1\r\n2'/></a>");
    same("<a>\uD83D\uDE00 emoji</a>"); // beyond the basic plane: a surrogate pair
  }

  @Test
  void malformedPartsAreRefusedAsTheJdksParserRefusesThem() {
    List<String> cases =
        List.of(
            "",
            "   ",
            "<a>",
            "<a></b>",
            "<a></a><b/>",
            "<a/>text",
            "text<a/>",
            "<a b='1' b='2'/>",
            "<a b=1/>",
            "<a b='<'/>",
            "<a b='1'c='2'/>",
            "<a>&nbsp;</a>",
            "<a>&#0;</a>",
            "<a>&#xD800;</a>",
            "<a>&#65;&#x42;</a>",
            "<a>&amp</a>",
            "<a>]]></a>",
            "<a><!-- x -- y --></a>",
            "<a><![CDATA[x]]></a>",
            "<a><![CDATA[x</a>",
            "<!DOCTYPE a><a/>",
            "<a>\u0001</a>",
            "<x:a/>",
            "<a x:b='1'/>",
            "<x:a xmlns:x='u'><x:b/></x:a>",
            "<a xmlns:x='u'/><x:b/>",
            "<a><?xml version='1.0'?></a>",
            "<?xml version='1.0'?><a/>",
            "<?xml version='1.0' encoding='UTF-8'?><a/>",
            "<?xml version='1.0' encoding='utf8'?><a/>",
            "<?xml version='1.0' encoding='ISO-8859-1'?><a>\u00e9</a>",
            "<?xml version='1.0' encoding='UTF-8' standalone='maybe'?><a/>",
            "<?xml encoding='UTF-8'?><a/>",
            " <?xml version='1.0'?><a/>",
            "<a><b></a></b>",
            "<1a/>",
            "<a 1b='x'/>",
            "<a b='x' / >",
            "<a></a >",
            "<a></ a>",
            "<:a :b='1'/>",
            "<:a:b/>",
            "<a x:='1' xmlns:x='u'/>",
            "<a xmlns:='u'/>",
            "<a xmlns:x=''/>",
            "<x:1a xmlns:x='u'/>",
            "<x:a:b xmlns:x='u'/>",
            "<x:é xmlns:x='u'/>");
    for (String xml : cases) {
      same(xml);
    }
    same(new byte[] {'<', 'a', '>', (byte) 0xC3, '<', '/', 'a', '>'}); // a cut UTF-8 sequence
    same(new byte[] {'<', 'a', '>', (byte) 0xFF, '<', '/', 'a', '>'});
    same(new byte[] {'<', 'a', '>', (byte) 0xC0, (byte) 0x80, '<', '/', 'a', '>'}); // overlong
    same(new byte[] {'<', 'a', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '<', '/', 'a', '>'});
  }

  @Test
  void damagedCopiesOfAWorksheetAreReadOrRefusedAsTheJdksParserDoes() {
    byte[] sheet = SHEET.getBytes(StandardCharsets.UTF_8);
    Random random = new Random(25);
    String[] inserts = {"<", ">", "&", "/>", "</c>", "<x>", "\"", "'", "]]>", "--", "\u0000", ":"};
    int refused = 0;
    int tried = 20_000;
    for (int i = 0; i < tried; i++) {
      byte[] b;
      switch (random.nextInt(3)) {
        case 0 -> {
          b = sheet.clone();
          for (int f = 1 + random.nextInt(3); f > 0; f--) {
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
          }
        }
        case 1 -> b = java.util.Arrays.copyOf(sheet, random.nextInt(sheet.length));
        default -> {
          int at = random.nextInt(sheet.length);
          byte[] insert = inserts[random.nextInt(inserts.length)].getBytes(StandardCharsets.UTF_8);
          b = new byte[sheet.length + insert.length];
          System.arraycopy(sheet, 0, b, 0, at);
          System.arraycopy(insert, 0, b, at, insert.length);
          System.arraycopy(sheet, at, b, at + insert.length, sheet.length - at);
        }
      }
      String jdk = events(b, false);
      assertThat(events(b, true))
          .as("damaged copy %d: %s", i, new String(b, StandardCharsets.UTF_8))
          .isEqualTo(jdk);
      refused += jdk.startsWith("refused") ? 1 : 0;
    }
    assertThat(refused).as("most damaged copies are refused").isGreaterThan(tried / 2);
  }

  @Test
  void aMalformedPartSaysWhereAndWhat() {
    assertThatThrownBy(
            () ->
                XmlScanner.parse(
                    "<a><b></a>".getBytes(StandardCharsets.UTF_8), new DefaultHandler()))
        .isInstanceOf(SAXException.class)
        .hasMessageContaining("\"b\" must be terminated by the matching end-tag")
        .hasMessageContaining("at byte");
  }

  @Test
  void deeplyNestedElementsAreRead() {
    String deep = "<a>" + "<x>".repeat(100_000) + "</x>".repeat(100_000) + "</a>";
    same(deep);
  }

  @Test
  void aLongTextIsHandedOnWhole() {
    String huge = "A".repeat(100_000) + "é".repeat(10_000);
    List<String> texts = new ArrayList<>();
    StringBuilder got = new StringBuilder();
    try {
      XmlScanner.parse(
          ("<a><t>" + huge + "</t></a>").getBytes(StandardCharsets.UTF_8),
          new DefaultHandler() {
            @Override
            public void characters(char[] ch, int start, int length) {
              got.append(ch, start, length);
              texts.add("chunk");
            }
          });
    } catch (SAXException e) {
      throw new AssertionError(e);
    }
    assertThat(got.toString()).isEqualTo(huge);
    assertThat(texts.size()).isGreaterThan(1); // in pieces, as a SAX parser hands long text on
  }

  @Test
  void theCellsUsualAttributesAreReadWithoutAStringEach() throws Exception {
    List<String> got = new ArrayList<>();
    List<String> types = new ArrayList<>();
    XmlScanner.parse(
        ("<r><c r='AB12' s='3' t='s'/><c r='A1' s='03' t='s'/><c r='$A$1' s=' 3'/>"
                + "<c r='ab12' s='1234567890'/><c r='ABCD1' s='&#51;'/><c r='A'/><c/></r>")
            .getBytes(StandardCharsets.UTF_8),
        new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String qName, Attributes a) {
            if (qName.equals("c")) {
              PlainAttributes p = (PlainAttributes) a;
              got.add(p.column("r") + "/" + p.digits("s"));
              types.add(p.shared("t"));
            }
          }
        });
    int other = PlainAttributes.OTHER;
    int absent = PlainAttributes.ABSENT;
    assertThat(got)
        .containsExactly(
            "27/3",
            "0/3",
            other + "/" + other,
            other + "/" + other,
            other + "/" + other,
            other + "/" + absent,
            absent + "/" + absent);
    assertThat(types.get(0)).isEqualTo("s").isSameAs(types.get(1));
    assertThat(types.get(2)).isNull();
  }
}
