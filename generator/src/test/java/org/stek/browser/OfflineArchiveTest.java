package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.stek.LinkCrawler;

/**
 * The downloaded archive, unzipped and opened from disk: every page, link, image, stylesheet and
 * the search work, with every request recorded and none leaving the archive, and no console error.
 * The one link that leads out of it is to the download page, which is not in the archive.
 */
class OfflineArchiveTest {
  static ChromeDriver driver;
  static final ObjectMapper JSON = new ObjectMapper();

  /** The browser, started by the first test that needs it (the archive's own checks do not). */
  static ChromeDriver driver() {
    if (driver != null) return driver;
    ChromeOptions o = Chromium.options(1280, 1000);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    return driver = Chromium.start(o);
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
  }

  @Test
  void theArchiveHoldsAWholeSiteWithoutBrokenLinks() {
    Path root = BuiltSite.offline();
    assertTrue(Files.isRegularFile(root.resolve("index.html")));
    // The download page is not in the archive: the links to it are the one expected gap.
    List<String> gaps = LinkCrawler.broken(root);
    List<String> broken = gaps.stream().filter(b -> !b.matches(DOWNLOAD_PAGE_LINK)).toList();
    assertEquals(List.of(), broken);
    Set<String> linking = new java.util.TreeSet<>();
    gaps.forEach(g -> linking.add(g.substring(0, g.indexOf(':'))));
    assertTrue(linking.contains("index.html") && linking.size() > 20, linking.toString());
    assertFalse(Files.exists(root.resolve("download")), "no download folder in the archive");
  }

  /** A link to the download page, as the link crawler reports it when it is not there. */
  static final String DOWNLOAD_PAGE_LINK =
      ".*: <a href=(\\.\\./)*download/index\\.html> \\(no such file\\)";

  /**
   * Whichever file of the archive a reader opens (a page, a feed, a script, the licence), the
   * browser asks nothing of the network and the page's CSP reports nothing: a reader opening {@code
   * 404.html} or {@code feed.xml} from the folder stays offline as well.
   */
  @Test
  void noFileOfTheArchiveOpenedFromDiskMakesANetworkRequest() throws IOException {
    Path root = BuiltSite.offline();
    List<Path> files;
    try (var walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    List<String> problems = new ArrayList<>();
    int pages = 0;
    int recorded = 0;
    for (Path file : files) {
      String name = root.relativize(file).toString();
      // A CSV or a zip would be a download, not a page: nothing the browser renders.
      if (name.endsWith(".csv")) continue;
      List<String> requests = open(file.toUri().toString());
      recorded += requests.size();
      if (name.endsWith(".html")) pages++;
      for (String r : requests) {
        // A PDF (an attachment) opens in Chromium's own viewer, an extension inside the browser.
        boolean viewer = name.endsWith(".pdf") && r.startsWith("chrome-extension:");
        if (!r.startsWith("file:") && !r.startsWith("data:") && !viewer)
          problems.add(name + " requested " + r);
      }
      for (LogEntry e : driver().manage().logs().get(LogType.BROWSER)) {
        if (e.getLevel().intValue() >= Level.SEVERE.intValue())
          problems.add(name + ": console " + e.getMessage());
      }
      if (name.endsWith(".html")) problems.addAll(unstyledOrBrokenImages(name));
    }
    System.out.println(
        "offline: "
            + files.size()
            + " files ("
            + pages
            + " pages) opened, "
            + problems.size()
            + " network requests or errors");
    assertTrue(pages > 50, "pages opened: " + pages);
    assertTrue(recorded >= files.size() - 1, "requests recorded: " + recorded);
    assertEquals(List.of(), problems);
  }

  /** The open page's problems: its stylesheet not applied, or an image that did not load. */
  private static List<String> unstyledOrBrokenImages(String page) {
    List<String> problems = new ArrayList<>();
    Object styled =
        driver()
            .executeScript(
                "const h = document.querySelector('.site-header');"
                    + " return h ? getComputedStyle(h).backgroundColor : 'no header'");
    if ("rgba(0, 0, 0, 0)".equals(styled) || "no header".equals(styled)) {
      problems.add(page + ": stylesheet not applied (" + styled + ")");
    }
    Object badImages =
        driver()
            .executeScript(
                "return [...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)");
    if (!((List<?>) badImages).isEmpty()) problems.add(page + ": images not loaded " + badImages);
    return problems;
  }

  @Test
  void searchWorksFromTheArchiveOnDisk() throws IOException {
    Path root = BuiltSite.offline();
    String page =
        Files.exists(root.resolve("search/index.html")) ? "search/index.html" : "search.html";
    List<String> requests = open(root.resolve(page).toUri() + "?q=leerkrachten");
    new org.openqa.selenium.support.ui.WebDriverWait(driver(), java.time.Duration.ofSeconds(10))
        .until(
            d -> !d.findElements(By.cssSelector("#main ol li a, .search-results li a")).isEmpty());
    List<WebElement> results =
        driver().findElements(By.cssSelector("#main ol li a, .search-results li a"));
    assertTrue(results.size() >= 3, "results: " + results.size());
    requests.addAll(requests());
    assertTrue(
        requests.stream().allMatch(r -> r.startsWith("file:") || r.startsWith("data:")),
        requests.toString());
    Path shots = Path.of("target/screenshots");
    Files.createDirectories(shots);
    Files.write(shots.resolve("offline-search.png"), driver().getScreenshotAs(OutputType.BYTES));
    open(root.resolve("index.html").toUri().toString());
    Files.write(shots.resolve("offline-home.png"), driver().getScreenshotAs(OutputType.BYTES));
  }

  /** Opens a page and returns every URL it requested. */
  private static List<String> open(String url) throws IOException {
    requests(); // drop what earlier pages left in the log
    driver().manage().logs().get(LogType.BROWSER);
    driver().get(url);
    return requests();
  }

  private static List<String> requests() throws IOException {
    List<String> urls = new ArrayList<>();
    for (LogEntry e : driver().manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode m = JSON.readTree(e.getMessage()).path("message");
      if (m.path("method").asText().equals("Network.requestWillBeSent")) {
        urls.add(m.path("params").path("request").path("url").asText());
      }
    }
    return urls;
  }
}
