package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stek.LinkCrawler;
import org.stek.XssSite;

/**
 * The XSS corpus's site in headless Chromium, from disk: before any page script runs, a recorder
 * replaces alert, confirm, prompt and console.log and listens for Content-Security-Policy
 * violations. Every page is opened (with mouse-over, focus and toggle events sent to every
 * element), then the search page answers a query that finds the payload cards, and the practices
 * list and the compare page render them from the facet and document data; queries in the address
 * carry payloads too. Nothing may be recorded.
 */
class XssBrowserTest {
  /** Runs in every document and frame before its own scripts (Chrome DevTools protocol). */
  private static final String RECORDER =
      """
      (function () {
        var seen = [];
        Object.defineProperty(window, '__xss', {value: seen});
        function record(kind) {
          return function () {
            seen.push(kind + ': ' + Array.prototype.map.call(arguments, String).join(' '));
          };
        }
        window.alert = record('alert');
        window.confirm = record('confirm');
        window.prompt = record('prompt');
        var log = console.log;
        console.log = function () {
          if (Array.prototype.some.call(arguments, function (a) { return /xss-/.test(String(a)); }))
            seen.push('console.log: ' + Array.prototype.map.call(arguments, String).join(' '));
          return log.apply(console, arguments);
        };
        document.addEventListener('securitypolicyviolation', function (e) {
          seen.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
        }, true);
      })();
      """;

  /** Sends the events that inline handlers wait for to every element, then waits a little. */
  private static final String PROVOKE =
      """
      var done = arguments[arguments.length - 1];
      document.querySelectorAll('body *').forEach(function (e) {
        ['mouseover', 'mouseenter', 'focus', 'toggle', 'load', 'error'].forEach(function (t) {
          try { e.dispatchEvent(new Event(t)); } catch (x) {}
        });
      });
      setTimeout(done, 150);
      """;

  static ChromeDriver d;
  static Path site;

  @BeforeAll
  static void start() {
    d = Chromium.start(1280, 900);
    d.executeCdpCommand("Page.enable", Map.of());
    d.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
    d.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    site = XssSite.site();
  }

  @AfterAll
  static void quit() {
    if (d != null) d.quit();
  }

  /** What the recorder saw on the current page. */
  @SuppressWarnings("unchecked")
  private static List<String> seen() {
    return new ArrayList<>(
        (List<String>) d.executeScript("return window.__xss || ['no recorder'];"));
  }

  private static List<String> visit(String page, String query, List<String> problems) {
    d.get(BrowserSession.url(site, page) + query);
    d.executeAsyncScript(PROVOKE);
    List<String> seen = seen();
    // The 404 page names the site's files by its address (it may be served at any depth); from
    // disk that address is another origin, so the policy blocks them. Not a payload.
    if (page.equals("404.html"))
      seen.removeIf(s -> s.matches("csp: \\S+ " + XssSite.BASE_URL + ".*"));
    for (String s : seen) problems.add(page + query + ": " + s);
    return seen;
  }

  /** The recorder itself works: an alert and an inline script (blocked by the CSP) are seen. */
  @Test
  void theRecorderSeesAlertsAndPolicyViolations() {
    d.get(BrowserSession.url(site, "index.html"));
    d.executeScript(
        "alert('probe'); var s = document.createElement('script');"
            + " s.textContent = 'alert(1)'; document.body.appendChild(s);");
    new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> seen().size() >= 2);
    List<String> seen = seen();
    assertEquals("alert: probe", seen.get(0));
    assertTrue(seen.get(1).startsWith("csp: script-src"), seen.toString());
  }

  @Test
  void noPayloadRunsOnAnyPage() {
    List<String> problems = new ArrayList<>();
    List<Path> pages = LinkCrawler.pages(site);
    for (Path p : pages) visit(site.relativize(p).toString().replace('\\', '/'), "", problems);
    assertTrue(pages.size() > 15, "pages: " + pages.size());
    assertEquals(List.of(), problems);
    // The body's <a id="stek"> did not take the name of the site's script API.
    d.get(BrowserSession.url(site, "practices/kwaadaardige-tekst.html"));
    assertEquals(
        true,
        d.executeScript(
            "return !(window.stek instanceof Element) && !(window.stekValidate instanceof Element)"
                + " && !(window.stekSchemas instanceof Element) && typeof stek.search === 'function'"));
  }

  @Test
  void searchResultsWithPayloadsRunNothing() {
    List<String> problems = new ArrayList<>();
    d.get(BrowserSession.url(site, "search/index.html") + "?q=" + XssSite.WORD);
    new WebDriverWait(d, Duration.ofSeconds(20))
        .until(x -> x.findElements(By.cssSelector("#search-results li")).size() >= 3);
    String shown = d.findElement(By.id("search-results")).getText();
    assertTrue(shown.contains("onerror=alert('xss-title')"), "the payload title, as text");
    d.executeAsyncScript(PROVOKE);
    for (String s : seen()) problems.add("search: " + s);
    // Queries in the address are the reader's, or a stranger's link: shown, never run.
    for (String q :
        List.of(
            "\"><img src=x onerror=alert('xss-query')>",
            "</script><script>alert('xss-query-script')</script> " + XssSite.WORD,
            "javascript:alert('xss-query-js')")) {
      visit("search/index.html", "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), problems);
      visit("practices/index.html", "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), problems);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theFilteredListAndTheComparisonRunNothing() {
    List<String> problems = new ArrayList<>();
    String both = "kwaadaardige-velden,kwaadaardige-tekst";
    for (String query :
        List.of(
            "?themes=onderwijs&themes=pesten&country=BE&target_groups=leerkrachten",
            "?q=" + XssSite.WORD + "&sort=relevance&compare=" + both,
            "?reach=1&sort=title&compare="
                + both
                + ",%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E")) {
      d.get(BrowserSession.url(site, "practices/index.html") + query);
      new WebDriverWait(d, Duration.ofSeconds(10))
          .until(x -> !x.findElements(By.cssSelector("#browse-results > li")).isEmpty());
      d.executeAsyncScript(PROVOKE);
      for (String s : seen()) problems.add("practices/index.html" + query + ": " + s);
    }
    String shown = d.findElement(By.id("browse-results")).getText();
    assertTrue(shown.contains("xss-title"), "the payload title, as text: " + shown);
    List<String> seen = visit("compare.html", "?ids=" + both, problems);
    assertTrue(d.findElements(By.cssSelector("#compare-table tbody tr")).size() > 3, "compared");
    assertEquals(List.of(), seen);
    assertEquals(List.of(), problems);
  }
}
