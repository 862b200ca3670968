package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;

/**
 * Every page, at desktop and at phone size: no accessibility violation that axe-core finds, nothing
 * wider than the screen, and every chart with its source line drawn in it.
 */
@Tag("browser")
class AccessibilityTest {
  static TestBrowser tb;

  @BeforeAll
  static void start() throws Exception {
    tb = new TestBrowser();
  }

  @AfterAll
  static void stop() throws Exception {
    if (tb != null) {
      tb.close();
    }
  }

  /** Every page, in the states that show something else (a view, a measure, an error). */
  static final List<String> PAGES =
      List.of(
          "/?asOf=2026-11-01",
          "/?asOf=2026-11-01&view=map",
          "/?asOf=2026-11-01&view=table",
          "/map?asOf=2026-11-01",
          "/ally",
          "/ally/DEU?asOf=2026-11-01",
          "/ally/DEU?with=France,Poland&asOf=2026-11-01",
          "/compare?a=USA&b=NATO-USA&asOf=2019-11-28",
          "/guidelines?year=2026&asOf=2026-11-01",
          "/targets?asOf=2026-11-01",
          "/scenarios?target=3.5&by=2035&country=POL",
          "/fairshare?year=2024&asOf=2026-11-01",
          "/check?text=Germany+spent+2.1+%25+of+GDP+in+2024.&asOf=2026-11-01",
          "/sources",
          "/ally/XYZ",
          "/api/docs");

  /** At desktop size, also the other maps, an empty check and an unknown address. */
  static List<String> desktopPages() {
    List<String> all = new java.util.ArrayList<>(PAGES);
    all.addAll(
        List.of(
            "/map?metric=change&year=2026&asOf=2026-11-01",
            "/map?metric=perhead&asOf=2026-11-01",
            "/check",
            "/no-such-page"));
    return all;
  }

  static List<String> phonePages() {
    return PAGES;
  }

  @ParameterizedTest(name = "{0} at desktop size")
  @MethodSource("desktopPages")
  void atDesktopSize(String path) throws Exception {
    check(path, 1280, 1000);
  }

  @ParameterizedTest(name = "{0} at phone size")
  @MethodSource("phonePages")
  void atPhoneSize(String path) throws Exception {
    check(path, 390, 844);
  }

  private static void check(String path, int width, int height) throws Exception {
    tb.driver.manage().window().setSize(new Dimension(width, height));
    try {
      tb.open(path);
      if (path.startsWith("/api/docs")) {
        // Swagger UI draws the page with its script: wait for the operations
        new org.openqa.selenium.support.ui.WebDriverWait(
                tb.driver, java.time.Duration.ofSeconds(15))
            .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector(".opblock")).isEmpty());
      }
      Results results = new AxeBuilder().analyze(tb.driver);
      assertThat(results.getViolations().stream().map(AccessibilityTest::describe).toList())
          .as(path + " at " + width + " px: accessibility violations")
          .isEmpty();
      long overflow =
          (Long) tb.js("return document.documentElement.scrollWidth - window.innerWidth;");
      assertThat(overflow)
          .as(
              path
                  + " wider than the screen at "
                  + width
                  + " px: "
                  + tb.js(
                      "return Array.from(document.querySelectorAll('body *'))"
                          + ".filter(el => el.getBoundingClientRect().right > innerWidth + 1)"
                          + ".slice(0, 6).map(el => el.tagName + '.' + el.className + '#' + el.id"
                          + " + ' ' + Math.round(el.getBoundingClientRect().right)).join(', ');"))
          .isLessThanOrEqualTo(1);
      @SuppressWarnings("unchecked")
      List<String> feet =
          (List<String>)
              tb.js(
                  "return Array.from(document.querySelectorAll('.chart[data-drawn]'))"
                      + ".map(el => echarts.getInstanceByDom(el).getOption().title[1].text);");
      assertThat(feet)
          .as(path + ": every chart's source line: " + feet)
          .allMatch(
              f -> f.startsWith("Source: ") || f.startsWith("Projection by burdenshare from "));
      // an error page's own status is logged as an error; nothing else may be
      tb.noConsoleErrorsBut(path);
      tb.screenshot(
          "a11y-" + width + "-" + path.replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("^-|-$", ""));
    } finally {
      tb.driver.manage().window().setSize(new Dimension(1280, 1000));
    }
  }

  /** A violation in a line: the rule, what it asks, and the first elements that break it. */
  private static String describe(Rule v) {
    return v.getId()
        + " ("
        + v.getHelp()
        + "): "
        + v.getNodes().size()
        + " elements, e.g. "
        + v.getNodes().stream()
            .limit(3)
            .map(n -> String.valueOf(n.getTarget()))
            .collect(Collectors.joining(", "));
  }
}
