package org.burdenshare.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The values {@link SnapshotCodec} writes beyond numbers: strings, lists, dates, instants. */
final class SnapshotIo {
  private SnapshotIo() {}

  /** The writing side: strings of any length, and null where a field may be absent. */
  static final class Out extends DataOutputStream {
    Out(ByteArrayOutputStream to) {
      super(to);
    }

    void string(String s) throws IOException {
      if (s == null) {
        writeInt(-1);
        return;
      }
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      writeInt(b.length);
      write(b);
    }

    void strings(List<String> list) throws IOException {
      writeInt(list.size());
      for (String s : list) {
        string(s);
      }
    }

    void date(LocalDate d) throws IOException {
      writeBoolean(d != null);
      if (d != null) {
        writeLong(d.toEpochDay());
      }
    }

    void instant(Instant t) throws IOException {
      writeBoolean(t != null);
      if (t != null) {
        writeLong(t.getEpochSecond());
        writeInt(t.getNano());
      }
    }
  }

  /** The reading side of {@link Out}. */
  static final class In extends DataInputStream {
    In(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    String string() throws IOException {
      int n = readInt();
      if (n == -1) {
        return null;
      }
      if (n < 0 || n > available()) {
        throw new IOException("a string longer than what is left");
      }
      byte[] b = new byte[n];
      readFully(b);
      return new String(b, StandardCharsets.UTF_8);
    }

    List<String> strings() throws IOException {
      int n = readInt();
      if (n < 0 || n > available()) {
        throw new IOException("a list longer than what is left");
      }
      List<String> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(string());
      }
      return list;
    }

    LocalDate date() throws IOException {
      return readBoolean() ? LocalDate.ofEpochDay(readLong()) : null;
    }

    Instant instant() throws IOException {
      return readBoolean() ? Instant.ofEpochSecond(readLong(), readInt()) : null;
    }
  }
}
