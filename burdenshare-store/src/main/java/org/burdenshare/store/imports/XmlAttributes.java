package org.burdenshare.store.imports;

import java.util.Arrays;
import org.xml.sax.Attributes;

/** The attributes of the element being read; values are decoded when asked for. */
final class XmlAttributes implements Attributes, PlainAttributes {
  private final XmlChars part;
  private final byte[] in;
  private final XmlNames shortValues = new XmlNames(); // short values a handler shares
  private String[] qNames = new String[8];
  private String[] locals = new String[8];
  private int[] starts = new int[8];
  private int[] ends = new int[8];
  private boolean[] plain = new boolean[8];
  private String[] values = new String[8];
  private int count;

  private String[] declarations = new String[4];
  private int declared;

  XmlAttributes(XmlChars part) {
    this.part = part;
    this.in = part.in;
  }

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
      values[index] = part.decode(starts[index], ends[index], plain[index]);
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
