package org.burdenshare.server;

import java.util.Map;
import org.burdenshare.render.Json;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.Frame;
import org.burdenshare.server.pages.RawPage;

/**
 * Helpers for the pages still written as HTML in Java (escaping, chart data blocks); the frame and
 * tables come from the templates.
 */
final class Html {
  private Html() {}

  static String esc(Object o) {
    if (o == null) {
      return "";
    }
    String s = o.toString();
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** JSON for a data block inside a script element: "</" cannot close the element early. */
  static String jsonBlock(String id, Object data) {
    try {
      String json = Json.COMPACT.writeValueAsString(data).replace("</", "<\\/");
      return "<script type=\"application/json\" id=\""
          + esc(id)
          + "\" data-chart>"
          + json
          + "</script>";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A page whose content is still HTML written here, in the common frame (templates/raw). */
  static String page(String title, String current, String body) {
    return Templates.raw(new RawPage(Frame.of(title, current), body));
  }

  /** A table of numbers with a caption, keyboard-scrollable, with a CSV link (tag/table). */
  static String table(DataTable t, String csvHref) {
    return Templates.table(t, csvHref);
  }

  /** A chart container described for screen readers; its data follows as a JSON block. */
  static String chart(String id, String label, Map<String, Object> spec) {
    return "<div class=\"chart\" id=\""
        + esc(id)
        + "\" role=\"img\" aria-label=\""
        + esc(label + " The same figures are in the table below.")
        + "\"></div>"
        + jsonBlock(id + "-data", spec);
  }
}
