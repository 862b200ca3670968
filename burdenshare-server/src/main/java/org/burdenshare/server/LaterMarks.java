package org.burdenshare.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.releases.Release;
import org.burdenshare.render.Json;

/**
 * Marks, in an API answer asked as of a date, every release and every figure that comes from a
 * release published after that date: the object naming it gains {@code "later": true}. One rule for
 * every endpoint, applied to the answer as it is written, so that a program reading any cell can
 * tell a figure of the date from one that was published afterwards, without parsing the answer's
 * words.
 */
final class LaterMarks {
  private LaterMarks() {}

  /** The answer as a tree with its later releases marked, or the answer itself if none is. */
  static Object mark(Object answer, LocalDate asOf, Figures data) {
    Map<String, LocalDate> published = new HashMap<>();
    for (Release r : data.releases()) {
      if (r.published().isAfter(asOf)) {
        published.put(r.id(), r.published());
      }
    }
    if (published.isEmpty()) {
      return answer;
    }
    JsonNode tree = Json.COMPACT.valueToTree(answer);
    walk(tree, published);
    return tree;
  }

  private static void walk(JsonNode node, Map<String, LocalDate> later) {
    if (node instanceof ObjectNode o) {
      if (names(o, "release", later) || (names(o, "id", later) && o.has("published"))) {
        o.put("later", true);
      }
    }
    if (node.isContainerNode()) {
      node.forEach(child -> walk(child, later));
    }
  }

  /** Whether the field holds the id of a release published after the date. */
  private static boolean names(ObjectNode o, String field, Map<String, LocalDate> later) {
    JsonNode v = o.get(field);
    return v != null && v.isTextual() && later.containsKey(v.asText());
  }
}
