package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * What a reader on a phone (390 px wide) sees: figures beside each table's names, captions and
 * their CSV links in view, and chart labels that do not cover each other. Measured by the browser's
 * own boxes, not by looking.
 */
@Tag("browser")
class PhoneTest {
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
}
