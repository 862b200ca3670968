package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: Debian's Chromium, headless, driven by Selenium against the real
 * server. Runs in the browser profile (see .ci/run); fails, never skips, when Chromium is missing.
 * Screenshots of every page go to target/screenshots for review.
 */
@Tag("browser")
class BrowserTest {
  static TestBrowser tb;
  static TestServer server;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    tb = new TestBrowser();
    server = tb.server;
    browser = tb.driver;
  }

  @AfterAll
  static void stop() throws Exception {
    if (tb != null) {
      tb.close();
    }
  }

  private static void open(String path) {
    tb.open(path);
  }

  private static void waitForCharts() {
    tb.waitForCharts();
  }

  private static Object js(String script, Object... args) {
    return tb.js(script, args);
  }

  private static void screenshot(String name) throws Exception {
    tb.screenshot(name);
  }

  private static void noConsoleErrors() {
    tb.noConsoleErrors();
  }

  private static List<Object> chartSeries(String chartId, int series) {
    @SuppressWarnings("unchecked")
    List<Object> data =
        (List<Object>)
            js(
                "return echarts.getInstanceByDom(document.getElementById(arguments[0]))"
                    + ".getOption().series[arguments[1]].data"
                    // a point is drawn as an item ({value, itemStyle}) to mark estimates
                    + ".map(function (d) { return d !== null && typeof d === 'object' ? d.value : d; });",
                chartId,
                series);
    return data;
  }

  @Test
  void overviewAsOfTheClaimDateShowsTheJune2019Figures() throws Exception {
    browser.manage().window().setSize(new Dimension(1280, 1000));
    open("/?year=2019&asOf=2019-11-28");
    assertThat(browser.findElement(By.id("usa")).getText()).contains("730,149");
    assertThat(browser.findElement(By.id("others")).getText()).contains("305,928");
    assertThat(browser.findElement(By.id("ratio")).getText()).isEqualTo("2.39");
    WebElement timeTable = browser.findElement(By.id("table-time"));
    String last = timeTable.findElement(By.cssSelector("tbody tr:last-child")).getText();
    assertThat(last)
        .startsWith("2019")
        .contains("730,149")
        .contains("305,928")
        .contains("nato-2019-06");
    // 2018 and 2019 were estimates: drawn on their own dashed series, after the two published
    List<Object> usa = chartSeries("chart-time", 2);
    List<Object> others = chartSeries("chart-time", 3);
    assertThat(chartSeries("chart-time", 0).get(usa.size() - 1)).isNull();
    assertThat(((Number) usa.get(usa.size() - 1)).doubleValue()).isEqualTo(730_149.0);
    assertThat(Math.round(((Number) others.get(others.size() - 1)).doubleValue()))
        .isEqualTo(305_928);
    assertThat(browser.findElements(By.cssSelector("#table-rank tbody tr"))).hasSize(28);
    assertThat(chartSeries("chart-rank", 0)).hasSize(28);
    // what the allies' spending went to: four categories stacked, each year adding up to 100 %
    Object sum =
        js(
            "var o = echarts.getInstanceByDom(document.getElementById('chart-spending'))"
                + ".getOption(); var last = o.series[0].data.length - 1;"
                + "return [o.series.length, o.xAxis[0].data[last],"
                + " o.series.reduce(function (s, x) { return s + x.data[last].value; }, 0)];");
    assertThat((List<?>) sum).first().isEqualTo(4L);
    assertThat(((List<?>) sum).get(1)).isEqualTo("2019");
    assertThat(((Number) ((List<?>) sum).get(2)).doubleValue()).isCloseTo(100, within(0.3));
    noConsoleErrors();
    screenshot("overview");
  }

  @Test
  void changingYearAndAsOfDateIsAShareableLink() throws Exception {
    open("/?year=2019&asOf=2019-11-28");
    WebElement date = browser.findElement(By.id("asOf"));
    js("arguments[0].value = '2024-07-01';", date);
    tb.submit(By.cssSelector("form.choose button"));
    new Select(browser.findElement(By.id("year"))).selectByValue("2024");
    tb.submit(By.cssSelector("form.choose button"));
    assertThat(browser.getCurrentUrl()).contains("year=2024").contains("asOf=2024-07-01");
    assertThat(browser.findElement(By.id("at2")).getText()).isEqualTo("23 of 32");
    String shared = browser.getCurrentUrl();
    open(shared.substring(server.base().length()).replace("asOf=2024-07-01", "asOf=2026-11-01"));
    assertThat(browser.findElement(By.id("at2")).getText()).isEqualTo("17 of 32");
  }

  @Test
  void theTableCanBeReachedByKeyboardAloneFromTheSkipLink() throws Exception {
    open("/?year=2019&asOf=2019-11-28");
    js("document.activeElement.blur(); window.scrollTo(0, 0);");
    WebElement body = browser.findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    WebElement first = browser.switchTo().activeElement();
    assertThat(first.getText()).isEqualTo("Skip to content");
    first.sendKeys(Keys.ENTER);
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    boolean reached = false;
    // Tab reaches the ranking's views (chart, map, table); the arrow keys choose one
    for (int i = 0; i < 30 && !reached; i++) {
      browser.switchTo().activeElement().sendKeys(Keys.TAB);
      reached = "tab".equals(browser.switchTo().activeElement().getAttribute("role"));
    }
    assertThat(reached).as("the ranking's tabs take focus by Tab").isTrue();
    WebElement tab = browser.switchTo().activeElement();
    assertThat(tab.getText()).isEqualTo("Chart");
    tab.sendKeys(Keys.END);
    assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Table");
    assertThat(browser.switchTo().activeElement().getAttribute("aria-selected")).isEqualTo("true");
    assertThat(browser.findElement(By.id("table-rank")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("chart-rank")).isDisplayed()).isFalse();
    assertThat(browser.getCurrentUrl()).contains("view=table");
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    WebElement now = browser.switchTo().activeElement();
    assertThat(now.getAttribute("role"))
        .as("the ranking table's region takes focus by Tab")
        .isEqualTo("region");
    assertThat(now.findElements(By.id("table-rank"))).hasSize(1);
  }

  /** The map: every ally with a figure is an area, and the slider moves it through the years. */
  @Test
  void theMapShowsEveryAllyAndItsSliderChangesTheYear() throws Exception {
    open("/map?year=2024&asOf=2026-11-01");
    @SuppressWarnings("unchecked")
    List<String> shown =
        (List<String>)
            js(
                "return echarts.getInstanceByDom(document.getElementById('chart-map'))"
                    + ".getOption().series[0].data.map(function (d) { return d.name; });");
    assertThat(shown).hasSize(31).doesNotContain("ISL").contains("USA", "CAN", "DEU", "TUR");
    @SuppressWarnings("unchecked")
    List<String> areas =
        (List<String>)
            js(
                "return echarts.getMap('burdenshare-na').geoJSON.features"
                    + ".concat(echarts.getMap('burdenshare-eu').geoJSON.features)"
                    + ".map(function (f) { return f.properties.key; });");
    assertThat(areas).as("every ally has a shape on the map").containsAll(shown).contains("ISL");
    assertThat(browser.findElements(By.cssSelector("#table-map tbody tr"))).hasSize(31);
    String foot = mapFoot();
    assertThat(foot).startsWith("Source: NATO").contains("Natural Earth");
    String germany2024 = mapValue("DEU");
    WebElement slider = browser.findElement(By.id("map-year"));
    assertThat(slider.isDisplayed()).isTrue();
    slider.sendKeys(Keys.ARROW_LEFT);
    assertThat(browser.findElement(By.id("map-year-shown")).getText()).isEqualTo("2023");
    assertThat(slider.getAttribute("aria-valuetext")).isEqualTo("2023");
    assertThat(browser.getCurrentUrl()).contains("year=2023");
    assertThat(mapTitle()).isEqualTo("Defence expenditure as a share of GDP, 2023");
    assertThat(mapValue("DEU")).isNotEqualTo(germany2024);
    assertThat(browser.findElement(By.id("caption-map")).getText()).contains("2023");
    // the table follows: Germany's row shows the map's figure
    String row =
        browser.findElement(By.xpath("//table[@id='table-map']//tr[td[text()='DEU']]")).getText();
    assertThat(row).contains(mapValue("DEU"));
    // the slider's year is in the address: the link opens the same map
    open(browser.getCurrentUrl().substring(server.base().length()));
    assertThat(mapTitle()).endsWith("2023");
    for (String metric : List.of("change", "perhead")) {
      open("/map?metric=" + metric + "&asOf=2026-11-01");
      assertThat(mapFoot()).as(metric).startsWith("Source: NATO");
      noConsoleErrors();
    }
    screenshot("map");
  }

  private static String mapTitle() {
    return (String)
        js(
            "return echarts.getInstanceByDom(document.getElementById('chart-map'))"
                + ".getOption().title[0].text;");
  }

  private static String mapFoot() {
    return (String)
        js(
            "return echarts.getInstanceByDom(document.getElementById('chart-map'))"
                + ".getOption().title[1].text;");
  }

  private static String mapValue(String country) {
    return String.valueOf(
        js(
            "var c = arguments[0];"
                + " return echarts.getInstanceByDom(document.getElementById('chart-map'))"
                + ".getOption().series[0].data.find(function (d) { return d.name === c; })"
                + ".value;",
            country));
  }

  /**
   * The overview shows its ranking as a chart, a map or a table; the view is in the address. On a
   * phone, the charting library is not loaded until a chart comes near the screen.
   */
  @Test
  void theOverviewLoadsItsChartsOnlyWhenNeededAndShowsTheRankingAsAMap() throws Exception {
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      browser.get(server.base() + "/?asOf=2026-11-01");
      assertThat(js("return typeof echarts;")).isEqualTo("undefined");
      assertThat(scriptBytes()).as("scripts loaded before any chart is near").isLessThan(60_000);
      js("document.getElementById('chart-rank').scrollIntoView();");
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(d -> "true".equals(d.findElement(By.id("chart-rank")).getAttribute("data-drawn")));
      // the library's part for bar charts (the ranking's), not the map's nor the SVG renderer
      String loaded =
          "return performance.getEntriesByType('resource')"
              + ".some(r => r.name.indexOf('/assets/echarts/' + arguments[0] + '.') >= 0);";
      assertThat(js(loaded, "bar")).isEqualTo(true);
      assertThat(js(loaded, "map")).isEqualTo(false);
      assertThat(js(loaded, "svg")).isEqualTo(false);
      // the map tab loads the map's part; on a phone, beside charts that have legends, the map
      // has none (its colour key is its legend)
      js("document.getElementById('rank-view-map-tab').click();");
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(
              d ->
                  "true"
                      .equals(
                          d.findElement(By.id("chart-overview-map")).getAttribute("data-drawn")));
      assertThat(js(loaded, "map")).isEqualTo(true);
      assertThat(
              js(
                  "var o = echarts.getInstanceByDom(document.getElementById('chart-overview-map'))"
                      + ".getOption(); return (o.legend || []).length;"))
          .isEqualTo(0L);
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1000));
    }
    open("/?asOf=2026-11-01&view=map");
    assertThat(browser.findElement(By.id("chart-overview-map")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("chart-rank")).isDisplayed()).isFalse();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(
            d ->
                "true"
                    .equals(d.findElement(By.id("chart-overview-map")).getAttribute("data-drawn")));
    browser.findElement(By.id("rank-view-chart-tab")).click();
    assertThat(browser.getCurrentUrl()).doesNotContain("view=");
    assertThat(browser.findElement(By.id("chart-rank")).isDisplayed()).isTrue();
    noConsoleErrors();
  }

  /**
   * Sharing: a chart's embed snippet frames it from another origin, where no other page may be
   * framed; the link preview's image is the page's chart with its source line.
   */
  @Test
  void aChartEmbedsInAnotherSiteAndNoOtherPageDoes() throws Exception {
    open("/?asOf=2026-11-01");
    browser
        .findElement(By.cssSelector("button[aria-label^='Embed the chart “Share of GDP']"))
        .click();
    String html = browser.findElement(By.id("chart-rank-embed")).getAttribute("value");
    assertThat(html)
        .startsWith(
            "<iframe src=\"" + server.base() + "/embed?asOf=2026-11-01&amp;chart=chart-rank\"")
        .contains("title=\"Share of GDP, 2024\"");
    assertThat(browser.findElement(By.cssSelector(".copy-link button")).getText())
        .isEqualTo("Copy link to this view");
    // another origin: a page on a second server that frames the embed and the overview
    String embed = server.base() + "/embed?asOf=2026-11-01&chart=chart-rank";
    String page = server.base() + "/?asOf=2026-11-01";
    com.sun.net.httpserver.HttpServer other =
        TestBrowser.anotherSite(
            "<!doctype html><title>another site</title>"
                + "<iframe id=embed width=800 height=600 src=\""
                + embed
                + "\"></iframe>"
                + "<iframe id=page width=800 height=600 src=\""
                + page
                + "\"></iframe>");
    try {
      browser.get("http://localhost:" + other.getAddress().getPort() + "/");
      browser.switchTo().frame("embed");
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(d -> "true".equals(d.findElement(By.id("chart-rank")).getAttribute("data-drawn")));
      // the heading is for screen readers once the chart, with its title inside, is drawn
      assertThat(browser.findElement(By.tagName("h1")).getAttribute("textContent"))
          .isEqualTo("Defence expenditure as a share of GDP, 2024");
      assertThat(browser.findElement(By.linkText("Open in burdenshare")).getAttribute("href"))
          .isEqualTo(server.base() + "/?asOf=2026-11-01");
      browser.switchTo().defaultContent();
      browser.switchTo().frame("page");
      assertThat(browser.findElements(By.id("main")))
          .as("the overview refuses to be framed")
          .isEmpty();
    } finally {
      browser.switchTo().defaultContent();
      other.stop(0);
      browser
          .manage()
          .logs()
          .get(org.openqa.selenium.logging.LogType.BROWSER); // the refusal is logged
    }
    // the link preview: og:image is the page's chart, drawn on the server with its source line
    open("/ally/DEU?asOf=2026-11-01");
    String image =
        browser.findElement(By.cssSelector("meta[property='og:image']")).getAttribute("content");
    assertThat(image).isEqualTo(server.base() + "/ally/DEU?asOf=2026-11-01&format=png");
    assertThat(
            browser
                .findElement(By.cssSelector("meta[name='twitter:card']"))
                .getAttribute("content"))
        .isEqualTo("summary_large_image");
    HttpResponse<byte[]> png =
        server.http.send(
            HttpRequest.newBuilder(URI.create(image)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(png.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
    java.awt.image.BufferedImage read =
        javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
    assertThat(read.getWidth()).isEqualTo(1200);
    assertThat(read.getHeight()).isEqualTo(630);
  }

  /**
   * The allies list is searched by any of an ally's names; the ally page adds allies to its chart.
   */
  @Test
  void alliesAreFoundByNameInAnyOfSevenLanguagesAndComparedOnOneChart() throws Exception {
    open("/ally");
    WebElement search = browser.findElement(By.id("ally-search"));
    assertThat(search.isDisplayed()).isTrue();
    search.sendKeys("niemcy");
    List<WebElement> shown =
        browser.findElements(By.cssSelector("#table-allies tbody tr")).stream()
            .filter(WebElement::isDisplayed)
            .toList();
    assertThat(shown).hasSize(1);
    assertThat(shown.get(0).getText()).startsWith("Germany");
    assertThat(browser.findElement(By.id("ally-search-count")).getText())
        .isEqualTo("1 of 32 allies");
    // on the ally page, the picker's field takes names in other languages too
    open("/ally/DEU?asOf=2026-11-01");
    WebElement with = browser.findElement(By.id("with"));
    assertThat(with.getAttribute("list")).isEqualTo("ally-places");
    with.sendKeys("Francja, Italia");
    tb.submit(By.cssSelector("form.choose button"));
    assertThat(browser.getCurrentUrl()).contains("with=Francja%2C+Italia");
    @SuppressWarnings("unchecked")
    List<String> names =
        (List<String>)
            js(
                "return echarts.getInstanceByDom(document.getElementById('chart-share'))"
                    + ".getOption().series.map(function (s) { return s.name; });");
    // each ally's line, then the dashed stretches of their estimates (2025 and 2026) under the
    // same names, so that the legend lists each ally once, and one key for the dashes
    assertThat(names)
        .containsExactly(
            "Germany, share of GDP (%)",
            "France, share of GDP (%)",
            "Italy, share of GDP (%)",
            "Germany, share of GDP (%)",
            "France, share of GDP (%)",
            "Italy, share of GDP (%)",
            "estimate");
    assertThat(names.stream().distinct()).as("legend entries").hasSize(4);
    noConsoleErrors();
  }

  /** The bytes of script the page has loaded so far, as the browser decoded them. */
  private static long scriptBytes() {
    return ((Number)
            js(
                "return performance.getEntriesByType('resource')"
                    + ".filter(function (e) { return e.initiatorType === 'script'; })"
                    + ".reduce(function (n, e) { return n + e.decodedBodySize; }, 0);"))
        .longValue();
  }

  @Test
  void everyPageLoadsWithLandmarksLabelsAndNoConsoleErrors() throws Exception {
    String[][] pages = {
      {"ally", "/ally/DEU?asOf=2026-11-01"},
      {"allies", "/ally"},
      {"compare", "/compare?a=USA&b=NATO-USA&asOf=2019-11-28"},
      {"guidelines", "/guidelines?year=2026&asOf=2026-11-01"},
      {"sources", "/sources"},
      {"targets", "/targets?asOf=2026-11-01"},
      {"scenarios", "/scenarios?target=3.5&by=2035&country=POL"},
      {"fairshare", "/fairshare?year=2024&asOf=2026-11-01"}
    };
    for (String[] p : pages) {
      open(p[1]);
      assertThat(browser.findElements(By.cssSelector("a.skip[href='#main']"))).as(p[0]).hasSize(1);
      assertThat(browser.findElements(By.cssSelector("header nav[aria-label]")))
          .as(p[0])
          .hasSize(1);
      assertThat(browser.findElements(By.cssSelector("main#main h1"))).as(p[0]).hasSize(1);
      for (WebElement input : browser.findElements(By.cssSelector("form input, form select"))) {
        String id = input.getAttribute("id");
        assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']")))
            .as(p[0] + " " + id)
            .hasSize(1);
      }
      for (WebElement table : browser.findElements(By.tagName("table"))) {
        assertThat(table.findElements(By.tagName("caption"))).as(p[0]).hasSize(1);
      }
      noConsoleErrors();
      screenshot(p[0]);
    }
    open("/compare?a=USA&b=NATO-USA&asOf=2019-11-28");
    String last =
        browser.findElement(By.cssSelector("#table-compare tbody tr:last-child")).getText();
    assertThat(last).startsWith("2019").contains("730,149").contains("305,928");
    // the 2019 estimate is on the first series' dashed companion, after the two published ones
    List<Object> a = chartSeries("chart-compare", 2);
    assertThat(((Number) a.get(a.size() - 1)).doubleValue()).isEqualTo(730_149.0);
    // the relative view: each side as a share of the alliance's total, which adds up to 100 %
    WebElement relative =
        browser.findElement(
            By.xpath("//button[normalize-space()=\"Share of the alliance's total\"]"));
    assertThat(relative.getAttribute("aria-pressed")).isEqualTo("false");
    relative.click();
    assertThat(relative.getAttribute("aria-pressed")).isEqualTo("true");
    List<Object> usShare = chartSeries("chart-compare", 2);
    List<Object> othersShare = chartSeries("chart-compare", 3);
    double us = ((Number) usShare.get(usShare.size() - 1)).doubleValue();
    double others = ((Number) othersShare.get(othersShare.size() - 1)).doubleValue();
    assertThat(us).isBetween(60.0, 80.0);
    assertThat(us + others).isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(
            (String)
                js(
                    "return echarts.getInstanceByDom(document.getElementById('chart-compare'))"
                        + ".getOption().yAxis[0].name;"))
        .isEqualTo("% of the alliance's total");
    relative.click();
    assertThat(((Number) chartSeries("chart-compare", 2).get(a.size() - 1)).doubleValue())
        .isEqualTo(730_149.0);
    // the timeline: a range of years, the same figures for those years, in either view
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("chart-compare-from")))
        .selectByVisibleText("2016");
    @SuppressWarnings("unchecked")
    List<Object> shownYears =
        (List<Object>)
            js(
                "return echarts.getInstanceByDom(document.getElementById('chart-compare'))"
                    + ".getOption().xAxis[0].data;");
    assertThat(shownYears).first().isEqualTo("2016");
    assertThat(shownYears).last().isEqualTo("2019");
    List<Object> fromSixteen = chartSeries("chart-compare", 2);
    assertThat(fromSixteen).hasSize(shownYears.size());
    assertThat(((Number) fromSixteen.get(fromSixteen.size() - 1)).doubleValue())
        .isEqualTo(730_149.0);
    relative.click();
    assertThat(chartSeries("chart-compare", 0)).hasSize(shownYears.size());
    relative.click();
    noConsoleErrors();
    open("/guidelines?year=2026&asOf=2026-11-01");
    @SuppressWarnings("unchecked")
    List<Object> points =
        (List<Object>)
            js(
                "return echarts.getInstanceByDom(document.getElementById('chart-guidelines')).getOption().series[0].data;");
    assertThat(points)
        .hasSize(browser.findElements(By.cssSelector("#table-guidelines tbody tr")).size());
  }

  /**
   * A chart carries its source and the estimate key inside itself, draws estimates apart, and
   * downloads as PNG and SVG with its source line.
   */
  @Test
  void everyChartIsAPublishableFigure() throws Exception {
    open("/?year=2019&asOf=2019-11-28");
    for (String id : List.of("chart-rank", "chart-time")) {
      String foot =
          (String)
              js(
                  "return echarts.getInstanceByDom(document.getElementById(arguments[0]))"
                      + ".getOption().title[1].text;",
                  id);
      assertThat(foot).as(id).startsWith("Source: NATO").contains("e = estimate");
      assertThat(
              browser.findElements(
                  By.xpath(
                      "//div[@id='"
                          + id
                          + "']/following-sibling::p[@class='downloads'][1]//button")))
          .extracting(WebElement::getText)
          .containsExactly("PNG", "SVG", "Embed");
    }
    // the rank chart: 2019 figures were estimates in June 2019, drawn hatched
    Object decal =
        js(
            "return echarts.getInstanceByDom(document.getElementById('chart-rank'))"
                + ".getOption().series[0].data[0].itemStyle.decal;");
    assertThat(decal).isNotNull();
    String png =
        (String)
            js(
                "return echarts.getInstanceByDom(document.getElementById('chart-rank'))"
                    + ".getDataURL({type: 'png'});");
    assertThat(png).startsWith("data:image/png;base64,");
    // the SVG copy draws the same source line as text
    String svg = (String) js("return window.burdenshareChartSvg('chart-time');");
    assertThat(svg).startsWith("<svg").contains("Source: NATO").contains("United States");
    noConsoleErrors();
  }

  @Test
  void everyChartsTableDownloadsAsCsv() throws Exception {
    open("/?year=2019&asOf=2019-11-28");
    String href = browser.findElement(By.cssSelector("#caption-time a.csv")).getAttribute("href");
    HttpResponse<String> csv =
        server.http.send(
            HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body().lines().toList())
        .first()
        .isEqualTo(
            "Year,United States,United States estimate,Other allies,Other allies estimate,Ratio,"
                + "Release");
    // figures as the page shows them, rounded as NATO prints them, estimates marked
    assertThat(csv.body()).contains("2019,730149,e,305928,e,2.39,nato-2019-06");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .contains(
            "filename=\"defence-expenditure-united-states-and-other-allies-as-of-2019-11-28.csv\"");
  }

  @Test
  void atPhoneWidthNothingOverflowsSideways() throws Exception {
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      for (String path : new String[] {"/?year=2019&asOf=2019-11-28", "/ally/POL", "/sources"}) {
        open(path);
        long overflow =
            (Long) js("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as(path).isLessThanOrEqualTo(1);
      }
      // a wide table of years opens on the newest, its first column in view, and says so
      open("/ally/DEU");
      WebElement wrap =
          browser.findElement(By.xpath("//table[@id='table-indicators']/parent::div"));
      long scrolled = (Long) js("return Math.round(arguments[0].scrollLeft);", wrap);
      assertThat(scrolled).isPositive();
      assertThat(
              browser
                  .findElement(
                      By.xpath(
                          "//table[@id='table-indicators']/parent::div/following-sibling::p[1]"))
                  .getText())
          .contains("Earlier years");
      // what the spending went to: four categories stacked, each year's adding up to 100 %
      Object sum =
          js(
              "var o = echarts.getInstanceByDom(document.getElementById('chart-categories'))"
                  + ".getOption(); var last = o.series[0].data.length - 1;"
                  + "return o.series.reduce(function (s, x) { return s + x.data[last].value; }, 0);");
      assertThat(((Number) sum).doubleValue()).isCloseTo(100, within(0.5));
      WebElement first = wrap.findElement(By.cssSelector("tbody th"));
      assertThat(first.getCssValue("position")).isEqualTo("sticky");
      open("/?year=2019&asOf=2019-11-28");
      screenshot("overview-phone");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1000));
    }
  }

  @Test
  void checkATextMarksEachClaimWithItsVerdict() throws Exception {
    open("/check");
    WebElement text = browser.findElement(By.id("text"));
    text.sendKeys(
        "WASHINGTON, Nov. 28, 2019. The U.S. spends more on defense than all other 28 allies"
            + " combined. Only nine of NATO's 29 members meet the 2 % target. The summit is next week.");
    browser.findElement(By.cssSelector("form.check button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> !d.findElements(By.cssSelector("ol.claims > li")).isEmpty());
    List<WebElement> claims = browser.findElements(By.cssSelector("ol.claims > li"));
    assertThat(claims).hasSize(2);
    assertThat(claims.get(0).findElement(By.cssSelector(".badge")).getText())
        .isEqualToIgnoringCase("supported");
    assertThat(claims.get(1).findElement(By.cssSelector(".badge")).getText())
        .isEqualToIgnoringCase("contradicted");
    assertThat(browser.findElement(By.xpath("//p[@role='status']")).getText())
        .contains("2019-11-28");
    claims.get(0).findElement(By.tagName("summary")).click();
    assertThat(claims.get(0).getText()).contains("730,149").contains("nato-2019-06");
    noConsoleErrors();
    screenshot("check");
  }
}
