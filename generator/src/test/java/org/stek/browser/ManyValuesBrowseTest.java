package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stek.browser.BrowserSession.url;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stek.BuildResult;
import org.stek.TestSite;

/**
 * A taxonomy of 300 municipalities and one of 60 topics (both beyond what one JavaScript number
 * holds as a bitmask): the site builds, and the practices list filters and counts on them in
 * Chromium, with the facet data under 100 bytes a card.
 */
class ManyValuesBrowseTest {
  static final int MUNICIPALITIES = 300;
  static final int TOPICS = 60;
  static final int CARDS = 900;

  @TempDir static Path dir;
  static TestSite site;
  static ChromeDriver d;

  /** Card i lies in municipality i % 300 and has topics i % 60 and (i * 7) % 60. */
  static int municipality(int i) {
    return i % MUNICIPALITIES;
  }

  static List<Integer> topics(int i) {
    return List.of(i % TOPICS, (i * 7) % TOPICS);
  }

  @BeforeAll
  static void build() {
    StringBuilder yaml =
        new StringBuilder(
            TestSite.SITE_YAML.replace(
                "taxonomies:\n",
                "taxonomies:\n  gemeenten:\n    label: {nl: Gemeenten}\n    field: gemeente\n"
                    + "    multiple: false\n    values:\n"
                    + values("g", MUNICIPALITIES)
                    + "  onderwerpen:\n    label: {nl: Onderwerpen}\n    values:\n"
                    + values("o", TOPICS)));
    site = TestSite.in(dir).file("site.yaml", yaml.toString());
    for (int i = 0; i < CARDS; i++) {
      String topics = String.join(", ", topics(i).stream().distinct().map(t -> "o-" + t).toList());
      site.file(
          "practices/p-" + i + ".md",
          TestSite.practiceText(
              "Praktijk " + i,
              "gemeente: g-%d\nonderwerpen: [%s]\norganisation: \"Organisatie %d\""
                  .formatted(municipality(i), topics, i)));
    }
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
    d = Chromium.start(1280, 900);
  }

  private static String values(String prefix, int n) {
    StringBuilder s = new StringBuilder();
    for (int j = 0; j < n; j++) {
      s.append("      - {key: ").append(prefix).append('-').append(j);
      s.append(", label: {nl: \"").append(prefix.toUpperCase()).append(' ').append(j);
      s.append("\"}}\n");
    }
    return s.toString();
  }

  @AfterAll
  static void quit() {
    if (d != null) d.quit();
  }

  @Test
  void theFacetDataStaysUnderAHundredBytesACard() throws Exception {
    long bytes = Files.size(site.out().resolve("search/facets.js"));
    // The values' keys and labels are listed once; what grows with the cards must stay small.
    long labels = (MUNICIPALITIES + TOPICS) * 30L;
    assertTrue((bytes - labels) / CARDS < 100, bytes + " bytes for " + CARDS + " cards");
  }

  @Test
  void filteringOnAMunicipalityAndATopicGivesExactlyTheirCardsAndCounts() {
    d.get(url(site.out(), "practices/index.html") + "?gemeenten=g-250&gemeenten=g-7");
    settle();
    List<String> want =
        IntStream.range(0, CARDS)
            .filter(i -> municipality(i) == 250 || municipality(i) == 7)
            .mapToObj(i -> "p-" + i)
            .sorted()
            .toList();
    assertEquals(want, shown());
    assertTrue(d.findElement(By.id("f-gemeenten-g-250")).isSelected());
    // Counts beside a topic: the cards of the chosen municipalities that have it.
    for (int t : List.of(0, 7, 49, 59)) {
      long n =
          IntStream.range(0, CARDS)
              .filter(i -> municipality(i) == 250 || municipality(i) == 7)
              .filter(i -> topics(i).contains(t))
              .count();
      assertEquals(
          "(" + n + ")",
          d.findElement(By.cssSelector("[data-count='onderwerpen:o-" + t + "']")).getText(),
          "topic " + t);
    }
    // A municipality's own count ignores the municipality filter (choosing it would add it).
    assertEquals("(3)", d.findElement(By.cssSelector("[data-count='gemeenten:g-299']")).getText());

    d.get(url(site.out(), "practices/index.html") + "?onderwerpen=o-59");
    settle();
    List<String> withTopic = new ArrayList<>();
    for (int i = 0; i < CARDS; i++) if (topics(i).contains(59)) withTopic.add("p-" + i);
    assertEquals(withTopic.stream().sorted().toList(), shownAll());
  }

  private static void settle() {
    BrowserSession.waitForList(d);
  }

  /** The cards the list shows, all of them (pressing "more" until it is gone). */
  private static List<String> shownAll() {
    while (d.findElement(By.id("browse-more")).isDisplayed()) {
      int before = shownCount();
      d.findElement(By.id("browse-more")).click();
      new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> shownCount() > before);
    }
    return shown();
  }

  private static int shownCount() {
    return d.findElements(By.cssSelector("#browse-results > li")).size();
  }

  @SuppressWarnings("unchecked")
  private static List<String> shown() {
    List<String> slugs =
        (List<String>)
            ((JavascriptExecutor) d)
                .executeScript(
                    "return Array.from(document.querySelectorAll('#browse-results > li'))"
                        + ".map(li => li.getAttribute('data-card'));");
    return slugs.stream().sorted().toList();
  }
}
