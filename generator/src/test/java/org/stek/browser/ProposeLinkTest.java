package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.stek.TestSite;

/**
 * The contribute form's "Voorstellen" link for each code host, in headless Chromium from file://:
 * its address opens the host's new-file page in the practices folder and, where the host fills it
 * in, carries the card's file name and text, exactly as the form made them. The link is only read,
 * never followed: the test stays on file:// and nothing is sent.
 */
class ProposeLinkTest {
  private static ChromeDriver browser;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    Chromium.assumeAvailable();
    browser = Chromium.start(1000, 900);
  }

  @AfterAll
  static void quit() {
    if (browser != null) browser.quit();
  }

  private static WebElement el(String id) {
    return browser.findElement(By.id(id));
  }

  /** Opens the form of a site whose repository is on this host, fills in a valid card. */
  private static void openFilledForm(String host, String url) {
    TestSite site =
        TestSite.in(dir.resolve(host))
            .file(
                "site.yaml",
                TestSite.SITE_YAML
                    + "contribute:\n  repository:\n    url: "
                    + url
                    + "\n    host: "
                    + host
                    + "\n    branch: voorstellen\n    folder: kennisbank/content\n")
            .practice("klassen", "Klassen", "onderwijs", "Over klassen.");
    assertFalse(site.build().hasErrors());
    browser.get(site.out().resolve("contribute/index.html").toUri().toString());
    browser.executeScript("localStorage.clear();");
    browser.navigate().refresh();
    assertTrue(el("contribute-propose").isDisplayed());
    el("f-title").sendKeys("Onderwijscafé & \"ouders\" in Brugge");
    el("f-summary").sendKeys("Leerkrachten ontmoeten elkaar, één thema per trimester #1?");
    el("f-organisation").sendKeys("Stad Brugge");
    browser.executeScript(
        "['f-themes-onderwijs', 'f-reach-2', 'f-recurrence-3'].forEach(function (id) {"
            + " document.getElementById(id).click(); });");
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> q = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      q.put(
          pair.substring(0, eq),
          URLDecoder.decode(pair.substring(eq + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    return q;
  }

  @ParameterizedTest
  @CsvSource({
    "github, https://github.com/org/kennisbank, /org/kennisbank/new/voorstellen/kennisbank/content/practices",
    "forgejo, https://codeberg.org/org/kennisbank, /org/kennisbank/_new/voorstellen/kennisbank/content/practices/",
    "gitea, https://gitea.example.org/org/kennisbank, /org/kennisbank/_new/voorstellen/kennisbank/content/practices/"
  })
  void theLinkCarriesTheCardsPathAndText(String host, String url, String path) {
    openFilledForm(host, url);
    String card = el("contribute-output").getAttribute("value");
    assertTrue(card.contains("title: \"Onderwijscafé & \\\"ouders\\\" in Brugge\""), card);
    URI href = URI.create(el("contribute-propose-link").getAttribute("href"));
    assertEquals(URI.create(url).getHost(), href.getHost());
    assertEquals(path, href.getPath());
    Map<String, String> q = query(href);
    assertEquals("onderwijscafe-ouders-in-brugge.md", q.get("filename"));
    assertEquals(card, q.get("value"));
    assertTrue(browser.getCurrentUrl().startsWith("file:"), "still on the site");
    assertEquals(1, browser.getWindowHandles().size());
  }

  @ParameterizedTest
  @CsvSource({"github, https://github.com/org/kennisbank"})
  void aCardTooLongForALinkGetsTheUploadSteps(String host, String url) {
    openFilledForm(host, url);
    assertTrue(el("contribute-propose-go").isDisplayed());
    assertFalse(el("contribute-propose-long").isDisplayed());
    browser.executeScript(
        "var b = document.getElementById('f-body'); b.value += '\\n' + 'Lange tekst. '.repeat(700);"
            + " b.dispatchEvent(new Event('input', {bubbles: true}));");
    assertFalse(el("contribute-propose-go").isDisplayed(), "no link that a host would cut off");
    WebElement steps = el("contribute-propose-long");
    assertTrue(steps.isDisplayed());
    assertTrue(steps.getText().contains("te lang"), steps.getText());
    assertEquals(
        "https://github.com/org/kennisbank/tree/voorstellen/kennisbank/content/practices",
        steps.findElement(By.tagName("a")).getAttribute("href"));
  }

  @ParameterizedTest
  @CsvSource({"gitlab, https://gitlab.com/org/kennisbank"})
  void gitLabOpensTheNewFilePageAndSaysWhatToPaste(String host, String url) {
    openFilledForm(host, url);
    URI href = URI.create(el("contribute-propose-link").getAttribute("href"));
    assertEquals("/org/kennisbank/-/new/voorstellen/kennisbank/content/practices", href.getPath());
    assertNull(href.getQuery(), "GitLab does not fill a new file in from the link");
    assertEquals(
        "practices/onderwijscafe-ouders-in-brugge.md", el("contribute-propose-name").getText());
    assertTrue(el("contribute-propose").getText().contains("plak de tekst"));
  }

  @ParameterizedTest
  @CsvSource({"github, https://github.com/org/kennisbank"})
  void anIncompleteCardIsNotProposed(String host, String url) {
    openFilledForm(host, url);
    el("f-title").clear();
    browser.executeScript("document.getElementById('contribute-propose-link').click();");
    assertTrue(el("contribute-summary").isDisplayed(), "the form says what to fix first");
    assertEquals(1, browser.getWindowHandles().size(), "no host page opened");
  }
}
