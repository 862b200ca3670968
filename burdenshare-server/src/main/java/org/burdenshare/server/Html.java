package org.burdenshare.server;

import java.util.List;
import java.util.Map;
import org.burdenshare.render.Json;
import org.burdenshare.render.Num;

/** Small helpers that write the dashboard's HTML: escaping, the page frame, tables, charts. */
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

  static final List<String[]> NAV =
      List.of(
          new String[] {"/", "Overview"},
          new String[] {"/ally", "Allies"},
          new String[] {"/compare", "Compare"},
          new String[] {"/guidelines", "2 % and 20 %"},
          new String[] {"/targets", "Targets"},
          new String[] {"/scenarios", "Scenarios"},
          new String[] {"/fairshare", "Fair share"},
          new String[] {"/check", "Check a text"},
          new String[] {"/sources", "Sources"},
          new String[] {"/api/docs", "API"});

  static String page(String title, String current, String body) {
    StringBuilder nav = new StringBuilder();
    for (String[] item : NAV) {
      boolean here = item[0].equals(current);
      nav.append("<li><a href=\"")
          .append(item[0])
          .append('"')
          .append(here ? " aria-current=\"page\"" : "")
          .append('>')
          .append(esc(item[1]))
          .append("</a></li>");
    }
    return """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s · burdenshare</title>
        <link rel="stylesheet" href="/static/style.css">
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
        <script src="/webjars/echarts/5.3.1/dist/echarts.min.js" defer></script>
        <script src="/static/dashboard.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
        <p class="brand"><a href="/">burdenshare</a> <span>who pays for the alliance</span></p>
        <nav aria-label="Main"><ul>%s</ul></nav>
        </header>
        <main id="main" tabindex="-1">
        <h1>%s</h1>
        %s
        </main>
        <footer class="site">
        <p>Figures: NATO, Defence Expenditure of NATO Countries; World Bank, World Development
        Indicators (CC BY 4.0). Every figure names its release; <abbr title="estimate">e</abbr>
        marks the publisher's estimates. See <a href="/sources">Sources</a>.</p>
        </footer>
        </body>
        </html>
        """
        .formatted(esc(title), nav, esc(title), body);
  }

  /** A table of numbers with a caption, keyboard-scrollable, with a CSV link. */
  static String table(DataTable t, String csvHref) {
    StringBuilder b = new StringBuilder();
    String captionId = "caption-" + t.id();
    b.append("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"")
        .append(captionId)
        .append("\">");
    b.append("<table id=\"table-").append(esc(t.id())).append("\">");
    b.append("<caption id=\"").append(captionId).append("\">").append(esc(t.caption()));
    b.append(" <a class=\"csv\" href=\"").append(esc(csvHref)).append("\" download>CSV</a>");
    b.append("</caption><thead><tr>");
    for (int i = 0; i < t.columns().size(); i++) {
      b.append("<th scope=\"col\"")
          .append(i >= t.firstNumeric() ? " class=\"num\"" : "")
          .append('>')
          .append(esc(t.columns().get(i)))
          .append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (List<Object> row : t.rows()) {
      b.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Object v = row.get(i);
        String tag = i == 0 ? "th scope=\"row\"" : "td";
        String end = i == 0 ? "th" : "td";
        if (v instanceof Num n) {
          b.append('<')
              .append(tag)
              .append(" class=\"num\" data-value=\"")
              .append(n.raw())
              .append('"');
          if (n.estimate()) {
            b.append(" title=\"estimate\"");
          }
          b.append('>').append(esc(n.text().replace(" e", "")));
          if (n.estimate()) {
            b.append(" <abbr title=\"estimate\">e</abbr>");
          }
          b.append("</").append(end).append('>');
        } else if (v instanceof Link l) {
          b.append('<')
              .append(tag)
              .append("><a href=\"")
              .append(esc(l.href()))
              .append("\">")
              .append(esc(l.text()))
              .append("</a></")
              .append(end)
              .append('>');
        } else {
          b.append('<').append(tag).append('>').append(esc(v)).append("</").append(end).append('>');
        }
      }
      b.append("</tr>");
    }
    b.append("</tbody></table></div>");
    return b.toString();
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

  /** A link inside a table cell. */
  record Link(String text, String href) {
    @Override
    public String toString() {
      return text;
    }
  }
}
