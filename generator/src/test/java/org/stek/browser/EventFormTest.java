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
 * The contribute form's event kind, in headless Chromium from file://: a site with a time zone
 * offers it beside the practice's, a start that is no date (or date and time) is refused at its
 * field, and what it writes is an event that {@code stek check} accepts.
 */
class EventFormTest {
  private static ChromeDriver browser;
  private static FormDriver page;
  @TempDir static Path dir;
  private static TestSite site;

  @BeforeAll
  static void build() {
    site = FormDriver.site(dir, "time_zone: Europe/Brussels\n");
    page = FormDriver.start();
    browser = page.browser();
  }

  @AfterAll
  static void quit() {
    if (browser != null) browser.quit();
  }

  @Test
  void writesAnEventThatPassesCheck() throws Exception {
    browser.get(site.out().resolve("contribute/index.html").toUri().toString());
    List<String> kinds =
        browser.findElements(By.cssSelector(".contribute-kinds a")).stream()
            .map(a -> a.getText())
            .toList();
    assertEquals(List.of("Een praktijk", "Een bijeenkomst"), kinds);
    browser.findElement(By.linkText("Een bijeenkomst")).click();
    assertEquals("Een bijeenkomst aankondigen", browser.findElement(By.tagName("h1")).getText());
    browser.executeScript("localStorage.clear();");
    browser.navigate().refresh();
    assertTrue(page.el("contribute-form").isDisplayed(), "the script shows the form");

    page.type("f-title", "Meet-up in Gent");
    page.type("f-start", "14 april 2027");
    page.type("f-end", "2027-04-14 21:00");
    page.type("f-place", "Gent");
    page.click("f-themes-onderwijs");
    page.type("f-body", "Een avond om praktijken uit te wisselen.");
    page.click("contribute-check");
    assertTrue(
        page.el("f-start-error").getText().contains("2027-04-14 19:30"),
        page.el("f-start-error").getText());

    page.type("f-start", "2027-04-14 19:30");
    page.click("contribute-download");
    assertFalse(
        page.el("contribute-summary").isDisplayed(), page.el("contribute-summary").getText());
    assertEquals("events/meet-up-in-gent.md", page.el("contribute-filename").getText());
    String card = page.el("contribute-output").getAttribute("value");
    assertTrue(card.contains("\nstart: \"2027-04-14 19:30\"\n"), card);

    site.file("events/meet-up-in-gent.md", card);
    BuildResult r = site.check();
    assertEquals(List.of(), r.problems(), card);
  }
}
