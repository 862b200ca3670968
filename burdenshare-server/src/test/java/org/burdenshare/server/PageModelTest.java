package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.burdenshare.server.pages.PageModel;
import org.junit.jupiter.api.Test;

/**
 * The naming rule that ties a page's model to its template: {@code FooPage} is drawn by {@code
 * foo.jte}, whose one parameter is a {@code FooPage}; every page template has its model and every
 * model its template. A page is found by its name in all three places (builder, model, template).
 */
class PageModelTest {
  private static final Path MODELS = Path.of("src/main/java/org/burdenshare/server/pages");
  private static final Path TEMPLATES = Path.of("src/main/jte");

  @Test
  void everyModelIsDrawnByTheTemplateItsNameGivesAndEveryTemplateHasItsModel() throws Exception {
    List<Class<?>> models = models();
    assertThat(models).hasSizeGreaterThanOrEqualTo(10);
    List<String> named = new ArrayList<>();
    for (Class<?> model : models) {
      assertThat(model.isRecord()).as(model + " is a record").isTrue();
      String template = PageModel.templateOf(model.asSubclass(PageModel.class));
      named.add(template);
      Path file = TEMPLATES.resolve(template);
      assertThat(file).as(model.getSimpleName() + "'s template").exists();
      assertThat(Files.readAllLines(file))
          .as(template + " takes a " + model.getSimpleName())
          .contains("@param " + model.getSimpleName() + " page");
    }
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      List<String> pages =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".jte") && !n.equals("layout.jte"))
              .toList();
      assertThat(named).as("templates with a model").containsExactlyInAnyOrderElementsOf(pages);
    }
  }

  @Test
  void theRuleSeesAModelWithoutItsTemplate() throws Exception {
    // a model named against the rule points at a template that does not exist
    record StrayPage() implements PageModel {}
    assertThat(TEMPLATES.resolve(new StrayPage().template())).doesNotExist();
    assertThat(new StrayPage().template()).isEqualTo("stray.jte");
  }

  private static List<Class<?>> models() throws IOException, ClassNotFoundException {
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(MODELS)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString().replace(".java", "");
        if (name.equals("package-info") || name.equals("PageModel")) {
          continue;
        }
        Class<?> c = Class.forName(PageModel.class.getPackageName() + "." + name);
        if (PageModel.class.isAssignableFrom(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }
}
