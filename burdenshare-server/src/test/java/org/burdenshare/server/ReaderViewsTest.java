package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader on a phone (390 px wide) sees: figures beside each table's names, captions and
 * their CSV links in view, and chart labels that do not cover each other. Measured by the browser's
 * own boxes, not by looking.
 */
@Tag("browser")
class ReaderViewsTest {
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

  @BeforeEach
  void phone() {
    tb.driver.manage().window().setSize(new Dimension(390, 844));
  }

  @AfterEach
  void desktop() {
    tb.driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  /**
   * For each table of years: the first row's figure cells wholly in view beside its name, the
   * caption's start and CSV link in view, and the newest year in view.
   */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> tables() {
    return (List<Map<String, Object>>)
        tb.js(
            "return Array.from(document.querySelectorAll('.table-wrap'))"
                + ".filter(w => !w.closest('[hidden]') && w.querySelector('table:not(.stack)'))"
                + ".map(function (w) {"
                + "  var box = w.getBoundingClientRect();"
                + "  var row = w.querySelector('tbody tr');"
                + "  var name = row.querySelector('th').getBoundingClientRect();"
                + "  var figures = Array.from(row.querySelectorAll('td')).filter(function (td) {"
                + "    var r = td.getBoundingClientRect();"
                + "    return r.left >= name.right - 1 && r.right <= box.right + 1; }).length;"
                + "  var csv = w.querySelector('caption a.csv').getBoundingClientRect();"
                + "  var caption = w.querySelector('caption').getBoundingClientRect();"
                + "  return { id: w.querySelector('table').id, figures: figures,"
                + "    nameWidth: Math.round(name.width),"
                + "    captionInView: caption.left >= box.left - 1 && csv.right <= box.right + 1,"
                + "    newestInView: w.scrollLeft + w.clientWidth >= w.scrollWidth - 1 }; });");
  }

  @Test
  void anAllysTablesShowFiguresBesideTheirNamesWithCaptionAndLinkInView() throws Exception {
    for (String path : List.of("/ally/POL?asOf=2026-11-01", "/ally/DEU?asOf=2019-11-28")) {
      tb.open(path);
      List<Map<String, Object>> tables = tables();
      assertThat(tables).as(path).hasSizeGreaterThanOrEqualTo(2);
      for (Map<String, Object> t : tables) {
        assertThat(((Number) t.get("figures")).intValue()).as(path + " " + t).isGreaterThan(0);
        assertThat(((Number) t.get("nameWidth")).intValue()).as(path + " " + t).isLessThan(180);
        assertThat(t.get("captionInView")).as(path + " " + t).isEqualTo(true);
        assertThat(t.get("newestInView")).as(path + " " + t).isEqualTo(true);
      }
      tb.noConsoleErrors();
    }
    tb.screenshot("phone-ally-tables");
  }

  @Test
  void onADesktopTheCaptionStaysInViewWhenTheTableOpensOnTheNewestYears() throws Exception {
    tb.driver.manage().window().setSize(new Dimension(1000, 900));
    tb.open("/ally/POL?asOf=2026-11-01");
    for (Map<String, Object> t : tables()) {
      assertThat(t.get("captionInView")).as(t.toString()).isEqualTo(true);
      assertThat(t.get("newestInView")).as(t.toString()).isEqualTo(true);
    }
  }

  /** The HTML the Embed button of a chart gives. */
  static String snippet(String path, String chart) {
    tb.open(path);
    tb.driver
        .findElement(By.cssSelector("#" + chart + " + .downloads button[aria-expanded]"))
        .click();
    return tb.driver.findElement(By.id(chart + "-embed")).getAttribute("value");
  }

  @Test
  void anEmbedInAnotherSiteShowsAllItHoldsOnAPhoneAndOnADesktop() throws Exception {
    String map = snippet("/map?asOf=2026-11-01", "chart-map");
    String rank = snippet("/?asOf=2026-11-01", "chart-rank");
    assertThat(map).contains("<script>").contains("data-burdenshare");
    HttpServer other =
        TestBrowser.anotherSite(
            "<!doctype html><meta name=viewport content=\"width=device-width, initial-scale=1\">"
                + "<title>another site</title><h1>A newspaper</h1>"
                + map
                + "<p>Between the two.</p>"
                + rank);
    try {
      for (int width : new int[] {390, 1440}) {
        tb.driver.manage().window().setSize(new Dimension(width, width < 400 ? 844 : 900));
        tb.driver.get("http://localhost:" + other.getAddress().getPort() + "/");
        List<WebElement> frames =
            tb.driver.findElements(By.cssSelector("iframe[data-burdenshare]"));
        assertThat(frames).hasSize(2);
        for (int i = 0; i < frames.size(); i++) {
          WebElement frame = frames.get(i);
          tb.js("arguments[0].scrollIntoView();", frame);
          tb.driver.switchTo().frame(frame);
          new WebDriverWait(tb.driver, Duration.ofSeconds(15))
              .until(
                  d ->
                      "true"
                          .equals(
                              d.findElement(By.cssSelector(".chart")).getAttribute("data-drawn")));
          assertThat(tb.driver.findElement(By.tagName("h1")).getAttribute("class"))
              .as("the title is drawn in the chart, and said once")
              .contains("visually-hidden");
          tb.driver.switchTo().defaultContent();
          int at = i;
          // the frame takes the height its content reports, and the content fits in it
          new WebDriverWait(tb.driver, Duration.ofSeconds(10))
              .until(
                  d -> {
                    d.switchTo().defaultContent();
                    WebElement f =
                        d.findElements(By.cssSelector("iframe[data-burdenshare]")).get(at);
                    long outer = (Long) tb.js("return Math.round(arguments[0].clientHeight);", f);
                    d.switchTo().frame(f);
                    long inner = (Long) tb.js("return document.documentElement.scrollHeight;");
                    long content =
                        (Long)
                            tb.js(
                                "return Math.ceil(document.body.getBoundingClientRect().height);");
                    d.switchTo().defaultContent();
                    return inner <= outer && content <= outer && outer - content <= 2;
                  });
        }
        tb.screenshot("embed-in-another-site-" + width);
      }
    } finally {
      tb.driver.switchTo().defaultContent();
      other.stop(0);
    }
  }

  @Test
  void aPostedCheckHasTheAddressOfItsLink() throws Exception {
    tb.driver.manage().window().setSize(new Dimension(1280, 1000));
    tb.open("/check");
    tb.driver
        .findElement(By.id("text"))
        .sendKeys("The U.S. spends more on defense than all other 28 allies combined.");
    tb.driver.findElement(By.id("asOf")).sendKeys("11282019");
    tb.submit(By.cssSelector("form.check button"));
    String link = tb.driver.findElement(By.cssSelector(".permalink a")).getAttribute("href");
    assertThat(link)
        .startsWith(tb.server.base() + "/check?text=The+U.S.")
        .endsWith("asOf=2019-11-28");
    assertThat(tb.driver.getCurrentUrl()).as("what Copy link copies").isEqualTo(link);
    tb.noConsoleErrors();
  }

  @Test
  void theMapHasOneYearControlAPlayButtonAKeyForGreyAndSwitchesMeasureInPlace() throws Exception {
    tb.driver.manage().window().setSize(new Dimension(1280, 1000));
    tb.open("/map?asOf=2026-11-01&year=2019");
    assertThat(tb.driver.findElements(By.cssSelector("select#year")))
        .as("one year control")
        .isEmpty();
    WebElement slider = tb.driver.findElement(By.id("map-year"));
    assertThat(slider.getAttribute("value")).isEqualTo("2019");
    String key =
        (String)
            tb.js(
                "return JSON.stringify(echarts.getInstanceByDom(document.getElementById('chart-map'))"
                    + ".getOption().graphic);");
    assertThat(key).contains("No figures, or not an ally");
    // the measure changes in place: same page (a mark set on it survives), same year
    tb.js("window.notReloaded = true;");
    new org.openqa.selenium.support.ui.Select(tb.driver.findElement(By.id("metric")))
        .selectByValue("perhead");
    new WebDriverWait(tb.driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.tagName("h1")).getText().contains("per head"));
    assertThat(tb.js("return window.notReloaded === true;")).isEqualTo(true);
    assertThat(tb.driver.findElement(By.id("map-year-shown")).getText()).isEqualTo("2019");
    assertThat(tb.driver.getCurrentUrl()).contains("metric=perhead").contains("year=2019");
    assertThat(tb.driver.findElement(By.id("caption-map")).getText()).contains("per head, 2019");
    assertThat(
            tb.driver
                .findElement(By.id("caption-map"))
                .findElement(By.cssSelector("a.csv"))
                .getAttribute("href"))
        .contains("metric=perhead")
        .contains("year=2019");
    // play: the years move on by themselves, and pause stops them
    WebElement play = tb.driver.findElement(By.cssSelector(".slider button.play"));
    play.click();
    new WebDriverWait(tb.driver, Duration.ofSeconds(10))
        .until(d -> Integer.parseInt(d.findElement(By.id("map-year-shown")).getText()) >= 2021);
    play.click();
    assertThat(play.getAttribute("aria-pressed")).isEqualTo("false");
    // the form sends the slider's year
    assertThat(
            tb.driver
                .findElement(By.cssSelector("form.choose input[name=year]"))
                .getAttribute("value"))
        .isEqualTo(tb.driver.findElement(By.id("map-year-shown")).getText());
    tb.noConsoleErrors();
  }

  /**
   * The texts a chart draws (titles, axis labels, point labels, guideline labels, the source line),
   * under "texts", and those whose boxes overlap another's by more than a pixel each way, as "text
   * | text", under "overlaps".
   */
  @SuppressWarnings("unchecked")
  static Map<String, List<String>> texts(String chart) {
    return (Map<String, List<String>>)
        tb.js(
            "var chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                + "var boxes = [];"
                + "chart.getZr().storage.getDisplayList(true).forEach(function (el) {"
                + "  if (el.type !== 'tspan' || el.ignore || el.invisible || !el.style"
                + "      || !el.style.text || el.style.opacity === 0) { return; }"
                + "  var r = el.getBoundingRect().clone();"
                + "  if (el.transform) { r.applyTransform(el.transform); }"
                // what a clip path cuts off (a scrolling legend's items under its pager) is not
                // drawn
                + "  (el.__clipPaths || []).forEach(function (c) {"
                + "    if (!c.shape || c.shape.width === undefined) { return; }"
                + "    var k = c.getBoundingRect().clone();"
                + "    if (c.transform) { k.applyTransform(c.transform); }"
                + "    var x = Math.max(r.x, k.x), y = Math.max(r.y, k.y);"
                + "    r.width = Math.min(r.x + r.width, k.x + k.width) - x;"
                + "    r.height = Math.min(r.y + r.height, k.y + k.height) - y; r.x = x; r.y = y; });"
                + "  if (r.width > 0 && r.height > 0) { boxes.push({ t: String(el.style.text), r: r }); } });"
                + "var out = [];"
                + "for (var i = 0; i < boxes.length; i++) { for (var j = i + 1; j < boxes.length; j++) {"
                + "  var a = boxes[i].r, b = boxes[j].r;"
                + "  var w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);"
                + "  var h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);"
                + "  if (w > 1 && h > 1) { out.push(boxes[i].t + ' | ' + boxes[j].t); } } }"
                + "return { texts: boxes.map(function (b) { return b.t; }), overlaps: out };",
            chart);
  }

  @Test
  void noChartLabelCoversAnotherOnTheOverviewAndTheGuidelinesOnAPhone() throws Exception {
    for (String[] page :
        new String[][] {
          {"/?asOf=2026-11-01", "chart-rank", "chart-time", "chart-realchange", "chart-spending"},
          {"/?year=2019&asOf=2019-11-28", "chart-rank", "chart-time"},
          {"/guidelines?year=2026&asOf=2026-11-01", "chart-guidelines"},
          {"/guidelines?year=2019&asOf=2019-11-28", "chart-guidelines"}
        }) {
      tb.open(page[0]);
      for (int i = 1; i < page.length; i++) {
        Map<String, List<String>> t = texts(page[i]);
        assertThat(t.get("texts")).as(page[0] + " " + page[i]).hasSizeGreaterThan(10);
        assertThat(t.get("overlaps")).as(page[0] + " " + page[i]).isEmpty();
      }
      if (page[0].startsWith("/guidelines")) {
        assertThat(texts("chart-guidelines").get("texts")).contains("2 %", "20 %", "United States");
      }
    }
    @SuppressWarnings("unchecked")
    List<String> labels =
        (List<String>)
            tb.js(
                "return echarts.getInstanceByDom(document.getElementById('chart-guidelines'))"
                    + ".getOption().series[0].data.map(function (d) { return d.name; });");
    assertThat(labels).as("names, not codes").contains("Germany", "Canada").doesNotContain("DEU");
    // the fair-share scatter draws where an ally pays its economic share, and says its scale
    tb.open("/fairshare?year=2024&asOf=2026-11-01");
    assertThat(texts("chart-fairshare").get("texts"))
        .contains("pays its economic share")
        .anyMatch(t -> t.endsWith("(log scale)"));
  }
}
