package org.burdenshare.server.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import org.burdenshare.render.Json;

/**
 * A chart: a container described for screen readers, and the data the page's script draws it from,
 * as JSON in which no "&lt;" can end the script element that holds it.
 */
public record Chart(String id, String label, String json) {
  public Chart {
    if (json.indexOf('<') >= 0) {
      throw new IllegalArgumentException("chart data must not hold '<': make it with Chart.of");
    }
  }

  public static Chart of(String id, String label, Map<String, Object> spec) {
    try {
      // "<" only occurs inside JSON strings, where \u003c means the same
      String json = Json.COMPACT.writeValueAsString(spec).replace("<", "\\u003c");
      return new Chart(id, label, json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
