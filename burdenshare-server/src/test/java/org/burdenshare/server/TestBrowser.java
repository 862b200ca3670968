package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real server and Debian's Chromium, headless, driven by Selenium: what the browser tests
 * share. Fails, never skips, when Chromium is missing.
 */
final class TestBrowser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final TestServer server;
  final WebDriver driver;

  TestBrowser() throws Exception {
    assertThat(CHROMIUM)
        .as("the browser tests need Debian's chromium: apt-get install -y chromium chromium-driver")
        .exists();
    assertThat(CHROMEDRIVER)
        .as("the browser tests need Debian's chromium-driver: apt-get install -y chromium-driver")
        .exists();
    server = new TestServer();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(Path.of("target", "screenshots"));
  }

  /** Opens a page of the server and waits for its charts. */
  void open(String path) {
    driver.get(server.base() + path);
    waitForCharts();
  }

  /**
   * Draws every chart at once (the page draws a chart only as it nears the screen) and waits until
   * every chart container outside a hidden view has been drawn.
   */
  void waitForCharts() {
    // asked again on every try: after a form is sent, the first tries may still see the old page
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d ->
                (Boolean)
                    js(
                        "window.burdenshareDrawAll && window.burdenshareDrawAll();"
                            + " var charts = Array.from(document.querySelectorAll('.chart'))"
                            + ".filter(el => !el.closest('[hidden]'));"
                            + " return charts.length === 0 || (typeof echarts !== 'undefined'"
                            + " && charts.every(el => el.getAttribute('data-drawn') === 'true'));"));
  }

  /** Clicks a button that sends a form, and waits for the page it leads to and its charts. */
  /**
   * Presses the button {@code locator} finds and waits for the page the form leads to. The button
   * is looked up and pressed in one script: a click through the driver resolves the node twice, and
   * Chromium can answer "Node with given id does not belong to the document" when the page has just
   * swapped a part of itself in between (seen once in CI).
   */
  void submit(org.openqa.selenium.By locator) {
    org.openqa.selenium.WebElement page =
        driver.findElement(org.openqa.selenium.By.tagName("html"));
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> {
              js("arguments[0].click();", d.findElement(locator));
              return true;
            });
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    waitForCharts();
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  void screenshot(String name) throws Exception {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(Path.of("target", "screenshots", name + ".png"), png);
  }

  /** No errors in the console: a CSP violation or a script error would show here. */
  void noConsoleErrors() {
    noConsoleErrorsBut(null);
  }

  /**
   * No errors in the console but a page's own 404 (an error page's status), for {@code expected}.
   */
  void noConsoleErrorsBut(String expected) {
    List<LogEntry> severe =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .filter(
                e ->
                    expected == null
                        || !(e.getMessage().contains(server.base() + expected + " ")
                            && e.getMessage().contains("status of 404")))
            .toList();
    assertThat(severe).as("console errors").isEmpty();
  }

  /**
   * A page on another origin (a second server on a free port, reached as localhost rather than
   * 127.0.0.1) that holds the given HTML, as another site would; stop it when done.
   */
  static com.sun.net.httpserver.HttpServer anotherSite(String html) throws java.io.IOException {
    byte[] body = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    com.sun.net.httpserver.HttpServer other =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    other.createContext(
        "/",
        x -> {
          x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          x.sendResponseHeaders(200, body.length);
          x.getResponseBody().write(body);
          x.close();
        });
    other.start();
    return other;
  }

  @Override
  public void close() throws java.io.IOException {
    driver.quit();
    server.close();
  }
}
