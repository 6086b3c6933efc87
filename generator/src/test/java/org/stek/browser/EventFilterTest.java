package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.stek.TestSite;

/**
 * The sample's events index (events/index.html) from file:// in Chromium: whole before filtering; a
 * theme chosen with the keyboard shows exactly the events of that theme, the number shown is
 * announced, the choice is in the URL (back and forward follow it) and a reload restores it;
 * upcoming and past likewise, each against the events' front matter and the tests' build date.
 */
class EventFilterTest extends BrowserSession {
  @AfterAll
  static void done() {
    quit();
  }

  /** An event of the sample as its card says it: its themes and last day. */
  record Card(List<String> themes, LocalDate last) {}

  static Map<String, Card> cards() throws Exception {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    Map<String, Card> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(TestSite.REPO.resolve("content/events"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        String text = Files.readString(f);
        JsonNode front = yaml.readTree(text.substring(4, text.indexOf("\n---", 4)));
        List<String> themes = new ArrayList<>();
        front.path("themes").forEach(v -> themes.add(v.asText()));
        LocalDate last = LocalDate.parse(front.path("end").asText().substring(0, 10));
        out.put(f.getFileName().toString().replace(".md", ""), new Card(themes, last));
      }
    }
    return out;
  }

  static List<String> shown(ChromeDriver d) {
    return d.findElements(By.cssSelector(".event-list > li[data-slug]")).stream()
        .filter(WebElement::isDisplayed)
        .map(li -> li.getAttribute("data-slug"))
        .sorted()
        .toList();
  }

  static String status(ChromeDriver d) {
    return d.findElement(By.id("event-status")).getText();
  }

  static String query(ChromeDriver d) {
    String url = d.getCurrentUrl();
    return url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
  }

  @Test
  void aThemeShowsExactlyItsEventsAndTheUrlKeepsTheChoice() throws Exception {
    Map<String, Card> cards = cards();
    // a theme some events have and others have not
    String theme =
        cards.values().stream()
            .flatMap(c -> c.themes().stream())
            .filter(t -> cards.values().stream().anyMatch(c -> !c.themes().contains(t)))
            .sorted()
            .findFirst()
            .orElseThrow();
    List<String> expected =
        cards.entrySet().stream()
            .filter(e -> e.getValue().themes().contains(theme))
            .map(Map.Entry::getKey)
            .toList();

    ChromeDriver d = driver(1280, 900);
    d.get(url(BuiltSite.site(), "events/index.html"));
    assertEquals(List.copyOf(cards.keySet()), shown(d), "every event before filtering");
    assertTrue(d.findElement(By.id("event-browse")).isDisplayed(), "the script shows the filters");
    assertEquals("polite", d.findElement(By.id("event-status")).getAttribute("aria-live"));

    WebElement box =
        d.findElement(By.cssSelector("#event-filters input[name='themes'][value='" + theme + "']"));
    box.sendKeys(Keys.SPACE);
    assertTrue(box.isSelected(), "space ticks the box");
    assertEquals(expected, shown(d), "theme " + theme);
    assertEquals(expected.size() + " van " + cards.size() + " bijeenkomsten", status(d));
    assertEquals("themes=" + theme, query(d));

    d.navigate().back();
    assertEquals(List.copyOf(cards.keySet()), shown(d), "back: every event again");
    assertEquals("", query(d));
    d.navigate().forward();
    assertEquals(expected, shown(d), "forward: theme " + theme + " again");

    d.navigate().refresh();
    assertTrue(
        d.findElement(By.cssSelector("#event-filters input[value='" + theme + "']")).isSelected(),
        "the reload restores the choice");
    assertEquals(expected, shown(d), "theme " + theme + " after a reload");
    assertEquals(expected.size() + " van " + cards.size() + " bijeenkomsten", status(d));

    d.findElement(By.cssSelector("#event-filters button[type='reset']")).click();
    assertEquals(List.copyOf(cards.keySet()), shown(d), "every event after clearing");
    assertEquals("", query(d));
  }

  @Test
  void upcomingAndPastFromASharedLink() throws Exception {
    Map<String, Card> cards = cards();
    LocalDate today = BuiltSite.today();
    ChromeDriver d = driver(1280, 900);
    for (String when : List.of("upcoming", "past")) {
      List<String> expected =
          cards.entrySet().stream()
              .filter(e -> e.getValue().last().isBefore(today) == when.equals("past"))
              .map(Map.Entry::getKey)
              .toList();
      assertFalse(expected.isEmpty(), "the sample has " + when + " events");
      d.get(url(BuiltSite.site(), "events/index.html") + "?when=" + when);
      assertTrue(
          d.findElement(By.cssSelector("#event-filters input[name='when'][value='" + when + "']"))
              .isSelected(),
          when + " is ticked from the link");
      assertEquals(expected, shown(d), when);
      String other = when.equals("past") ? "upcoming-title" : "past-title";
      assertFalse(
          d.findElement(By.id(other)).isDisplayed(), "the other section is hidden for " + when);
      // the live count beside the other value: what ticking it as well would add
      WebElement otherBox =
          d.findElement(
              By.cssSelector("#event-filters input[name='when']:not([value='" + when + "'])"));
      String label =
          d.findElement(By.cssSelector("label[for='" + otherBox.getAttribute("id") + "']"))
              .getText();
      assertTrue(label.endsWith("(" + (cards.size() - expected.size()) + ")"), "count in " + label);
    }
  }
}
