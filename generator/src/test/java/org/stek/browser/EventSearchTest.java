package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sample's events are found by the search page in Chromium, marked as events. */
class EventSearchTest extends BrowserSession {
  @AfterAll
  static void done() {
    quit();
  }

  @Test
  void searchFindsTheMeetUpsAndSaysTheyAreEvents() {
    ChromeDriver d = driver(1280, 900);
    d.get(url(BuiltSite.site(), "search/index.html") + "?q=landelijke+meet-up+online");
    new WebDriverWait(d, Duration.ofSeconds(20))
        .until(x -> !x.findElements(By.cssSelector("#search-results li")).isEmpty());
    List<WebElement> results = d.findElements(By.cssSelector("#search-results li"));
    WebElement first = results.get(0);
    assertEquals(
        "Landelijke Klassen meet-up (online)",
        first.findElement(By.cssSelector("h2 a")).getText(),
        "the online meet-up ranks first for its own words");
    assertTrue(
        first
            .findElement(By.cssSelector("h2 a"))
            .getAttribute("href")
            .endsWith("/events/klassen-landelijke-meetup-online.html"));
    assertTrue(
        first.findElement(By.cssSelector(".search-meta")).getText().startsWith("Bijeenkomst"),
        first.getText());
  }
}
