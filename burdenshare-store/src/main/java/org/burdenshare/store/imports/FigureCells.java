package org.burdenshare.store.imports;

import java.util.HashMap;
import java.util.Map;
import org.burdenshare.core.figures.Observation;

/**
 * The cells of an import's figures seen so far, each a number made of its indicator, country and
 * year, with the position of its figure: a table of its own rather than a map of strings, as every
 * figure of a workbook passes here.
 */
final class FigureCells {
  private final Map<String, Map<String, Integer>> series = new HashMap<>(); // indicator, country
  private long[] keys;
  private int[] positions;
  private int size;
  private int seriesCount;
  private String
      lastIndicator; // the series of the figure before: an importer gives a series' figures
  private String lastCountry; // one after another, and they are then not looked up again
  private long lastId;

  FigureCells(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2)) * 2;
    keys = new long[capacity];
    positions = new int[capacity];
  }

  /** Records a figure's cell; the position of an earlier figure of the same cell, or -1. */
  int add(Observation o, int position) {
    long id;
    if (o.indicator().equals(lastIndicator) && o.country().equals(lastCountry)) {
      id = lastId;
    } else {
      id =
          series
              .computeIfAbsent(o.indicator(), k -> new HashMap<>())
              .computeIfAbsent(o.country(), k -> seriesCount++);
      lastIndicator = o.indicator();
      lastCountry = o.country();
      lastId = id;
    }
    // 1 + so that no key is 0, the mark of an empty slot
    long key = 1 + (id << 32 | (o.year() & 0xffffffffL));
    if (size * 2 >= keys.length) {
      grow();
    }
    int earlier = put(key, position);
    if (earlier < 0) {
      size++;
    }
    return earlier;
  }

  private int put(long key, int position) {
    int mask = keys.length - 1;
    for (int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask; ; slot = slot + 1 & mask) {
      if (keys[slot] == 0) {
        keys[slot] = key;
        positions[slot] = position;
        return -1;
      }
      if (keys[slot] == key) {
        return positions[slot];
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldPositions = positions;
    keys = new long[oldKeys.length * 2];
    positions = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        put(oldKeys[i], oldPositions[i]);
      }
    }
  }
}
