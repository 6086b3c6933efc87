package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.stek.TestSite;

/**
 * The sample's profiles list (profiles/index.html) from file:// in Chromium: whole without a
 * filter, and filtered by what profiles offer it shows exactly the profiles whose card offers it;
 * the choice is in the URL, and a reload restores it.
 */
class ProfileFilterTest extends BrowserSession {
  @AfterAll
  static void done() {
    quit();
  }

  /** What each sample profile offers, by slug, read from its front matter. */
  private static Map<String, List<String>> offersBySlug() throws Exception {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    Map<String, List<String>> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(TestSite.REPO.resolve("content/organisations"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        String text = Files.readString(f);
        JsonNode front = yaml.readTree(text.substring(4, text.indexOf("\n---", 4)));
        List<String> offers = new java.util.ArrayList<>();
        front.path("offers").forEach(v -> offers.add(v.asText()));
        out.put(f.getFileName().toString().replace(".md", ""), offers);
      }
    }
    return out;
  }

  private static List<String> shown(ChromeDriver d) {
    return d.findElements(By.cssSelector("#profile-list > li")).stream()
        .filter(WebElement::isDisplayed)
        .map(li -> li.getAttribute("data-slug"))
        .sorted()
        .toList();
  }

  @Test
  void filteringByAnOfferedTopicShowsExactlyTheProfilesOfferingIt() throws Exception {
    Map<String, List<String>> offers = offersBySlug();
    // a topic some profiles offer and others do not
    String topic =
        offers.values().stream()
            .flatMap(List::stream)
            .filter(t -> offers.values().stream().anyMatch(o -> !o.contains(t)))
            .sorted()
            .findFirst()
            .orElseThrow();
    List<String> expected =
        offers.entrySet().stream()
            .filter(e -> e.getValue().contains(topic))
            .map(Map.Entry::getKey)
            .toList();

    ChromeDriver d = driver(1280, 900);
    d.get(url(BuiltSite.site(), "profiles/index.html"));
    assertEquals(List.copyOf(offers.keySet()), shown(d), "every profile before filtering");
    assertTrue(
        d.findElement(By.id("profile-browse")).isDisplayed(), "the script shows the filters");

    String label = topicLabel(topic);
    WebElement box =
        d.findElements(By.cssSelector("#profile-filters input[name='offers']")).stream()
            .filter(
                i ->
                    d.findElement(By.cssSelector("label[for='" + i.getAttribute("id") + "']"))
                        .getText()
                        .toLowerCase()
                        .startsWith(label))
            .findFirst()
            .orElseThrow();
    box.click();
    assertEquals(expected, shown(d), "offering " + topic);
    assertFalse(expected.isEmpty());
    assertTrue(
        d.findElement(By.id("profile-status")).getText().startsWith(expected.size() + " van "),
        d.findElement(By.id("profile-status")).getText());

    String url = d.getCurrentUrl();
    assertTrue(url.endsWith("profiles/index.html?offers=" + topic), "the URL keeps it: " + url);
    String id = box.getAttribute("id");
    d.navigate().refresh();
    assertEquals(expected, shown(d), "offering " + topic + " after a reload");
    box = d.findElement(By.id(id));
    assertTrue(box.isSelected(), "the reload ticks it again");

    box.click();
    assertEquals(List.copyOf(offers.keySet()), shown(d), "the filter taken off again");
    assertTrue(d.getCurrentUrl().endsWith("profiles/index.html"), d.getCurrentUrl());
  }

  /** The topic's label as the site shows it (the theme page's title), lower case. */
  private static String topicLabel(String topic) throws Exception {
    String page = Files.readString(BuiltSite.site().resolve("themes/" + topic + ".html"));
    return org.jsoup.Jsoup.parse(page).selectFirst("h1").text().toLowerCase();
  }
}
