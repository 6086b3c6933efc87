package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.stek.BuildResult;
import org.stek.TestSite;

/**
 * The contribute form's profile kind, driven in headless Chromium from file://: a site whose
 * profiles offer and seek its themes offers the profile form beside the practice's, and what it
 * writes is a profile that {@code stek check} accepts.
 */
class ProfileFormTest {
  private static ChromeDriver browser;
  private static FormDriver page;
  @TempDir static Path dir;
  private static TestSite site;

  @BeforeAll
  static void build() {
    site =
        FormDriver.site(
            dir,
            "organisations:\n  offers: themes\n  seeks: themes\n"
                + "contribute:\n  repository: https://github.com/stek/kennisbank\n");
    page = FormDriver.start();
    browser = page.browser();
  }

  @AfterAll
  static void quit() {
    if (browser != null) browser.quit();
  }

  @Test
  void thePracticeFormLinksToTheProfileForm() {
    browser.get(site.out().resolve("contribute/index.html").toUri().toString());
    List<String> kinds =
        browser.findElements(By.cssSelector(".contribute-kinds a")).stream()
            .map(a -> a.getText() + " " + a.getAttribute("aria-current"))
            .toList();
    assertEquals(List.of("Een praktijk page", "Het profiel van een organisatie null"), kinds);
    browser.findElement(By.linkText("Het profiel van een organisatie")).click();
    assertEquals("Organisatieprofiel invullen", browser.findElement(By.tagName("h1")).getText());
  }

  @Test
  void writesAProfileThatPassesCheck() throws Exception {
    browser.get(site.out().resolve("contribute/organisation.html").toUri().toString());
    browser.executeScript("localStorage.clear();");
    browser.navigate().refresh();
    assertTrue(page.el("contribute-form").isDisplayed(), "the script shows the form");
    // what a profile offers and seeks are the themes, as checkboxes
    for (String box : List.of("f-offers-meertaligheid", "f-seeks-pesten", "f-seeks-onderwijs"))
      assertEquals("checkbox", page.el(box).getAttribute("type"), box);
    assertTrue(browser.findElements(By.id("f-title")).isEmpty(), "a profile has a name, no title");

    page.click("contribute-download");
    String s = page.el("contribute-summary").getText();
    assertTrue(s.contains("Naam:") && s.contains("Beschrijving:"), s);

    page.type("f-name", "Basisschool De Linde");
    page.type("f-description", "Een basisschool in Brussel die graag deelt.");
    page.type("f-kind", "Basisschool");
    page.type("f-place", "Brussel");
    page.type("f-website", "delinde.example.be");
    page.click("f-offers-meertaligheid");
    page.click("f-seeks-pesten");
    page.click("contribute-check");
    assertTrue(
        page.el("f-website-error").getText().contains("https://"),
        page.el("f-website-error").getText());

    page.type("f-website", "https://delinde.example.be/");
    page.type("f-body", "We delen graag hoe we met meertaligheid omgaan.");
    page.click("contribute-download");
    assertFalse(
        page.el("contribute-summary").isDisplayed(), page.el("contribute-summary").getText());
    assertEquals(
        "basisschool-de-linde.md", page.el("contribute-form").getAttribute("data-downloaded"));
    assertEquals("organisations/basisschool-de-linde.md", page.el("contribute-filename").getText());
    String card = page.el("contribute-output").getAttribute("value");
    assertTrue(card.startsWith("---\nname: \"Basisschool De Linde\"\n"), card);
    assertTrue(card.contains("\noffers: [\"meertaligheid\"]\n"), card);
    // "Propose" opens the host's new-file page in the organisations folder
    assertTrue(
        page.el("contribute-propose-link")
            .getAttribute("href")
            .startsWith(
                "https://github.com/stek/kennisbank/new/main/content/organisations?filename="
                    + "basisschool-de-linde.md&"),
        page.el("contribute-propose-link").getAttribute("href"));

    site.file("organisations/basisschool-de-linde.md", card);
    BuildResult r = site.check();
    assertEquals(List.of(), r.problems(), card);
  }
}
