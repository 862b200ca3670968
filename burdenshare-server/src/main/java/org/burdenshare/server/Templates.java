package org.burdenshare.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.ErrorPage;

/**
 * Renders page models with the templates compiled at build time (src/main/jte); every value is
 * escaped by the context it lands in.
 */
final class Templates {
  private Templates() {}

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  /** A page model drawn by its own template. */
  static String render(org.burdenshare.server.pages.PageModel model) {
    return render(model.template(), model);
  }

  static String render(String template, Object model) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, model, out);
    return out.toString();
  }

  static String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, params, out);
    return out.toString();
  }

  static String error(ErrorPage page) {
    return render(page);
  }

  /** A table of a page, with the address of its CSV. */
  static String table(DataTable table, String csvHref) {
    return render("tag/table.jte", Map.of("table", table, "csvHref", csvHref));
  }
}
