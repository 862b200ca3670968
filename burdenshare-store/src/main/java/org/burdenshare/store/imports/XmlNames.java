package org.burdenshare.store.imports;

import java.nio.charset.StandardCharsets;

/** The parts' names, each made a String once: a part repeats a few dozen names. */
final class XmlNames {
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
