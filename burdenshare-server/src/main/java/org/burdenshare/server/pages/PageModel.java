package org.burdenshare.server.pages;

import java.util.Locale;

/**
 * What a page shows, as one record per template. The naming rule ties the two by type: the record
 * {@code FooPage} is drawn by {@code src/main/jte/foo.jte}, whose one parameter is a {@code
 * FooPage}; a page's builder is {@code FooPages} (or a family such as {@code AnalysisPages}) in the
 * server package. {@code PageModelTest} holds the rule for every model and template.
 */
public interface PageModel {
  /** The template that draws this model, by the naming rule. */
  default String template() {
    return templateOf(getClass());
  }

  /** The template that draws a model of this type: FooPage is drawn by foo.jte. */
  static String templateOf(Class<? extends PageModel> model) {
    String name = model.getSimpleName();
    String stem = name.substring(0, name.length() - "Page".length());
    return stem.substring(0, 1).toLowerCase(Locale.ROOT) + stem.substring(1) + ".jte";
  }
}
