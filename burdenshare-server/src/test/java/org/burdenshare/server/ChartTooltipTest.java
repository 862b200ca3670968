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

  /** What the tooltip says at a point, and what the chart's option says should be there. */
  private record Hovered(List<String> lines, Map<String, Object> expected) {}

  /**
   * Runs {@code script} on chart {@code id} (as {@code c}, its option as {@code o}): it returns the
   * point to move to ({@code x}, {@code y}, pixels from the chart's top left) and what the tooltip
   * should say there; then moves the pointer there and reads the tooltip's lines.
   */
  @SuppressWarnings("unchecked")
  private static Hovered hover(String id, String script) {
    Map<String, Object> at =
        (Map<String, Object>)
            tb.js(
                "var c = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                    + " var o = c.getOption(); "
                    + script,
                id);
    WebElement el = tb.driver.findElement(By.id(id));
    tb.js("arguments[0].scrollIntoView({block: 'center'});", el);
    Dimension size = el.getSize();
    double x = ((Number) at.get("x")).doubleValue() - size.getWidth() / 2.0;
    double y = ((Number) at.get("y")).doubleValue() - size.getHeight() / 2.0;
    new Actions(tb.driver).moveToElement(el, (int) Math.round(x), (int) Math.round(y)).perform();
    WebElement tip =
        new WebDriverWait(tb.driver, Duration.ofSeconds(5))
            .until(d -> d.findElement(By.cssSelector("#" + id + " .chart-tip")));
    new WebDriverWait(tb.driver, Duration.ofSeconds(5)).until(d -> tip.isDisplayed());
    List<String> lines =
        tip.findElements(By.tagName("div")).stream().map(WebElement::getText).toList();
    return new Hovered(lines, at);
  }

  /** A figure as the tooltip writes it (as ECharts' did: all its digits, thousands separated). */
  private static final String FIGURE = ".toLocaleString('en', {maximumFractionDigits: 20})";

  /**
   * A line chart of years: the year under the pointer heads the tooltip, a line marks it, and each
   * measure's figure for that year follows, as the chart's option has it.
   */
  @Test
  void aLineChartsTooltipGivesEveryMeasureAtTheYearPointedAt() throws Exception {
    tb.open("/ally/POL?asOf=2026-11-01");
    tb.waitForCharts();
    String id =
        (String)
            tb.js(
                "return Array.from(document.querySelectorAll('.chart[data-drawn]')).find(el =>"
                    + " echarts.getInstanceByDom(el).getOption().series[0].type === 'line').id;");
    Hovered h =
        hover(
            id,
            "var i = Math.floor(o.xAxis[0].data.length / 2); var s = o.series[0];"
                + " var d = s.data[i]; var p = c.convertToPixel({gridIndex: 0}, [i, 0]);"
                + " return {x: p[0], y: c.getHeight() / 2, year: o.xAxis[0].data[i], name: s.name,"
                + " value: Number(d && typeof d === 'object' ? d.value : d)"
                + FIGURE
                + "};");
    tb.screenshot("tooltip-line");
    assertThat(h.lines().get(0)).isEqualTo(h.expected().get("year"));
    assertThat(h.lines())
        .anyMatch(l -> l.startsWith(h.expected().get("name") + ": " + h.expected().get("value")));
    assertThat(tb.driver.findElement(By.cssSelector("#" + id + " .chart-pointer")).isDisplayed())
        .isTrue();
    // the pointer leaves the chart: the tooltip goes
    new Actions(tb.driver).moveToElement(tb.driver.findElement(By.tagName("h1"))).perform();
    new WebDriverWait(tb.driver, Duration.ofSeconds(5))
        .until(d -> !d.findElement(By.cssSelector("#" + id + " .chart-tip")).isDisplayed());
    tb.noConsoleErrors();
  }

  /** A ranking (bars across, allies down): the ally pointed at and its figure. */
  @Test
  void aRankingsTooltipGivesTheAllyPointedAt() throws Exception {
    tb.open("/?asOf=2026-11-01");
    tb.waitForCharts();
    Hovered h =
        hover(
            "chart-rank",
            "var i = 5; var d = o.series[0].data[i]; var p = c.convertToPixel({gridIndex: 0}, [0, i]);"
                + " return {x: c.getWidth() / 2, y: p[1], ally: o.yAxis[0].data[i],"
                + " value: Number(typeof d === 'object' ? d.value : d)"
                + FIGURE
                + "};");
    assertThat(h.lines().get(0)).isEqualTo(h.expected().get("ally"));
    assertThat(h.lines().get(1)).contains(": " + h.expected().get("value"));
  }

  /** A scatter's point: its name and its two figures. */
  @Test
  void aScattersTooltipNamesThePointAndItsFigures() throws Exception {
    tb.open("/guidelines?year=2026&asOf=2026-11-01");
    tb.waitForCharts();
    Hovered h =
        hover(
            "chart-guidelines",
            "var d = o.series[0].data[0]; var p = c.convertToPixel({seriesIndex: 0}, d.value);"
                + " return {x: p[0], y: p[1], name: d.name,"
                + " figures: d.value[0].toFixed(2) + ', ' + d.value[1].toFixed(2)};");
    tb.screenshot("tooltip-scatter");
    assertThat(h.lines().get(0)).isEqualTo(h.expected().get("name"));
    assertThat(h.lines().get(1)).startsWith((String) h.expected().get("figures"));
  }

  /** The map: a country's name and its figure in the year shown (Warsaw, on the Europe pane). */
  @Test
  void theMapsTooltipGivesTheCountrysFigure() throws Exception {
    tb.open("/map?year=2024&asOf=2026-11-01");
    tb.waitForCharts();
    Hovered h =
        hover(
            "chart-map",
            "var p = c.convertToPixel({geoIndex: 1}, [21.0, 52.2]);"
                + " var d = o.series[0].data.find(x => x.name === 'POL');"
                + " return {x: p[0], y: p[1], label: d.label, value: d.value"
                + FIGURE
                + "};");
    tb.screenshot("tooltip-map");
    assertThat(h.lines().get(0)).isEqualTo(h.expected().get("label"));
    assertThat(h.lines().get(1)).startsWith(h.expected().get("value") + " ");
  }
}
