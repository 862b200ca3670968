package org.burdenshare.server.pages;

/**
 * One chart or map of a page, framed for another site: its heading, the figure, the same figures as
 * a table (folded), and a link to the full page. Only this page may be shown in a frame.
 *
 * @param chart the chart, or null when the figure is a map
 * @param map the map, or null when the figure is a chart
 * @param table the figures of the chart as a table, or null
 */
public record EmbedPage(
    String title, Chart chart, MapView map, ShownTable table, Link full, String echartsVersion)
    implements PageModel {

  public static EmbedPage of(String title, Chart chart, MapView map, ShownTable table, Link full) {
    return new EmbedPage(Bounded.text(title), chart, map, table, full, WebVersions.echarts());
  }
}
