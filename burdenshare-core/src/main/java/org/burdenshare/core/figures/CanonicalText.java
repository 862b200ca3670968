package org.burdenshare.core.figures;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A value written out the same way in every run: maps by key and sets in order, records by their
 * components. {@code toString()} of an immutable map or set ({@code Map.of}, {@code Set.copyOf})
 * follows an iteration order that the JVM randomises at each start, so a fingerprint taken over it
 * (a snapshot's id, an API answer's ETag) changed at every restart of the same data.
 */
final class CanonicalText {
  private CanonicalText() {}

  static String of(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(of(k), v));
      out.append('{');
      sorted.forEach(
          (k, v) -> {
            out.append(k).append('=');
            write(v, out);
            out.append(';');
          });
      out.append('}');
    } else if (value instanceof Set<?> set) {
      List<String> items = new ArrayList<>();
      set.forEach(v -> items.add(of(v)));
      items.sort(null);
      out.append('[').append(String.join(";", items)).append(']');
    } else if (value instanceof Collection<?> list) {
      out.append('(');
      list.forEach(
          v -> {
            write(v, out);
            out.append(';');
          });
      out.append(')');
    } else if (value != null && value.getClass().isRecord()) {
      out.append(value.getClass().getSimpleName()).append('(');
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        try {
          write(c.getAccessor().invoke(value), out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + c.getName(), e);
        }
        out.append(',');
      }
      out.append(')');
    } else {
      out.append(value);
    }
  }
}
