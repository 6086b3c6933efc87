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

/** The sample's organisation profiles are found by the search page in Chromium, marked as such. */
class ProfileSearchTest extends BrowserSession {
  @AfterAll
  static void done() {
    quit();
  }

  @Test
  void searchFindsTheProfilesByNameAndByWhatTheyOffer() {
    ChromeDriver d = driver(1280, 900);
    d.get(url(BuiltSite.site(), "search/index.html") + "?q=pilootschool");
    new WebDriverWait(d, Duration.ofSeconds(20))
        .until(x -> x.findElements(By.cssSelector("#search-results li")).size() >= 3);
    List<WebElement> results = d.findElements(By.cssSelector("#search-results li"));
    List<String> profiles =
        results.stream()
            .map(li -> li.findElement(By.cssSelector("h2 a")).getAttribute("href"))
            .filter(h -> h.contains("/organisations/brusselse-pilootschool-"))
            .toList();
    assertEquals(3, profiles.size(), "the three pilot schools");
    WebElement first =
        results.stream()
            .filter(li -> li.getText().startsWith("Brusselse pilootschool"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        first.findElement(By.cssSelector(".search-meta")).getText().startsWith("Organisatie"),
        first.getText());
  }
}
