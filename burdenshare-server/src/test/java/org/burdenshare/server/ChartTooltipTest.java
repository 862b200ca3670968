package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The charts' tooltip (dashboard.js's own, over ECharts' events): under the pointer, the figures
 * the chart draws there, as its option holds them.
 */
@Tag("browser")
class ChartTooltipTest {
  static TestBrowser tb;

  @BeforeAll
  static void start() throws Exception {
    tb = new TestBrowser();
    tb.driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @AfterAll
  static void stop() throws Exception {
    if (tb != null) {
      tb.close();
    }
  }

  /** Moves the pointer to a point of a chart (pixels from its top left) and reads the tooltip. */
  private static List<String> hover(String chartId, double x, double y) {
    WebElement el = tb.driver.findElement(By.id(chartId));
    tb.js("arguments[0].scrollIntoView({block: 'center'});", el);
    Dimension size = el.getSize();
    new Actions(tb.driver)
        .moveToElement(
            el,
            (int) Math.round(x - size.getWidth() / 2.0),
            (int) Math.round(y - size.getHeight() / 2.0))
        .perform();
    WebElement tip =
        new WebDriverWait(tb.driver, Duration.ofSeconds(5))
            .until(d -> d.findElement(By.cssSelector("#" + chartId + " .chart-tip")));
    new WebDriverWait(tb.driver, Duration.ofSeconds(5)).until(d -> tip.isDisplayed());
    return tip.findElements(By.tagName("div")).stream().map(WebElement::getText).toList();
  }

  /**
   * A line chart of years: the year under the pointer heads the tooltip, a line marks it, and each
   * measure's figure for that year follows, as the chart's option has it.
   */
  @Test
  @SuppressWarnings("unchecked")
  void aLineChartsTooltipGivesEveryMeasureAtTheYearPointedAt() throws Exception {
    tb.open("/ally/POL?asOf=2026-11-01");
    tb.waitForCharts();
    String id =
        (String)
            tb.js(
                "return Array.from(document.querySelectorAll('.chart[data-drawn]')).find(el =>"
                    + " echarts.getInstanceByDom(el).getOption().series[0].type === 'line').id;");
    Map<String, Object> at =
        (Map<String, Object>)
            tb.js(
                "var c = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                    + " var o = c.getOption(); var i = Math.floor(o.xAxis[0].data.length / 2);"
                    + " var s = o.series[0]; var d = s.data[i];"
                    + " var p = c.convertToPixel({gridIndex: 0}, [i, 0]);"
                    + " return {x: p[0], y: c.getHeight() / 2, year: o.xAxis[0].data[i],"
                    + " name: s.name, value: d && typeof d === 'object' ? d.value : d};",
                id);
    List<String> lines =
        hover(id, ((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue());
    tb.screenshot("tooltip-line");
    assertThat(lines.get(0)).isEqualTo(at.get("year"));
    String value =
        (String)
            tb.js(
                "return Number(arguments[0]).toLocaleString('en', {maximumFractionDigits: 20});",
                at.get("value"));
    assertThat(lines).anyMatch(l -> l.startsWith(at.get("name") + ": " + value));
    assertThat(tb.driver.findElement(By.cssSelector("#" + id + " .chart-pointer")).isDisplayed())
        .isTrue();
    // the pointer leaves the chart: the tooltip goes
    new Actions(tb.driver).moveToElement(tb.driver.findElement(By.tagName("h1"))).perform();
    new WebDriverWait(tb.driver, Duration.ofSeconds(5))
        .until(d -> !d.findElement(By.cssSelector("#" + id + " .chart-tip")).isDisplayed());
    tb.noConsoleErrors();
  }

  /** A scatter's point: its name and its two figures. */
  @Test
  @SuppressWarnings("unchecked")
  void aScattersTooltipNamesThePointAndItsFigures() throws Exception {
    tb.open("/guidelines?year=2026&asOf=2026-11-01");
    tb.waitForCharts();
    Map<String, Object> at =
        (Map<String, Object>)
            tb.js(
                "var c = echarts.getInstanceByDom(document.getElementById('chart-guidelines'));"
                    + " var d = c.getOption().series[0].data[0];"
                    + " var p = c.convertToPixel({seriesIndex: 0}, d.value);"
                    + " return {x: p[0], y: p[1], name: d.name,"
                    + " figures: d.value[0].toFixed(2) + ', ' + d.value[1].toFixed(2)};");
    List<String> lines =
        hover(
            "chart-guidelines",
            ((Number) at.get("x")).doubleValue(),
            ((Number) at.get("y")).doubleValue());
    tb.screenshot("tooltip-scatter");
    assertThat(lines.get(0)).isEqualTo(at.get("name"));
    assertThat(lines.get(1)).startsWith((String) at.get("figures"));
  }

  /** The map: a country's name and its figure in the year shown. */
  @Test
  @SuppressWarnings("unchecked")
  void theMapsTooltipGivesTheCountrysFigure() throws Exception {
    tb.open("/map?year=2024&asOf=2026-11-01");
    tb.waitForCharts();
    // Warsaw, on the Europe pane
    Map<String, Object> at =
        (Map<String, Object>)
            tb.js(
                "var c = echarts.getInstanceByDom(document.getElementById('chart-map'));"
                    + " var p = c.convertToPixel({geoIndex: 1}, [21.0, 52.2]);"
                    + " var d = c.getOption().series[0].data.find(x => x.name === 'POL');"
                    + " return {x: p[0], y: p[1], label: d.label,"
                    + " value: d.value.toLocaleString('en', {maximumFractionDigits: 20})};");
    List<String> lines =
        hover(
            "chart-map",
            ((Number) at.get("x")).doubleValue(),
            ((Number) at.get("y")).doubleValue());
    tb.screenshot("tooltip-map");
    assertThat(lines.get(0)).isEqualTo(at.get("label"));
    assertThat(lines.get(1)).startsWith((String) at.get("value") + " ");
  }
}
