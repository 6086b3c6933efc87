package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stek.browser.BrowserSession.url;

import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stek.Stek;
import org.stek.TestSite;
import org.stek.config.Taxonomy;
import org.stek.config.TaxonomyValue;
import org.stek.content.KnowledgeBase;
import org.stek.content.Practice;
import org.stek.report.Problems;

/**
 * The practices list with filters, sorting and comparing, in headless Chromium on the sample site
 * opened from disk. Every expectation is computed from the cards, not written down.
 */
class BrowseTest {
  static ChromeDriver d;
  static KnowledgeBase kb;

  @BeforeAll
  static void start() {
    d = Chromium.start(1280, 900);
    kb = Stek.read(TestSite.sample(null), new Problems()).kb();
  }

  @AfterAll
  static void quit() {
    if (d != null) d.quit();
  }

  private static void open(String query) {
    d.get(url(BuiltSite.site(), "practices/index.html") + query);
    settle();
  }

  private static void settle() {
    BrowserSession.waitForList(d);
  }

  @SuppressWarnings("unchecked")
  private static List<String> shownSlugs() {
    return (List<String>)
        ((JavascriptExecutor) d)
            .executeScript(
                "return Array.from(document.querySelectorAll('#browse-results > li'))"
                    + ".map(li => li.getAttribute('data-card'));");
  }

  private static List<String> expected(Predicate<Practice> keep) {
    return kb.practices().stream().filter(keep).map(Practice::slug).sorted().toList();
  }

  private static List<String> sortedCopy(List<String> l) {
    List<String> c = new ArrayList<>(l);
    c.sort(null);
    return c;
  }

  /** A theme, a level and a region that the sample has together, and the minimum reach 2. */
  @Test
  void combinedFiltersGiveExactlyTheMatchingCards() {
    Predicate<Practice> want =
        p ->
            (p.values("themes").contains("onderwijs")
                    || p.values("themes").contains("samenwerking"))
                && p.values("school_levels").contains("basisonderwijs")
                && p.ratings().getOrDefault("reach", 0) >= 2;
    open("?themes=onderwijs&themes=samenwerking&school_levels=basisonderwijs&reach=2");
    List<String> shown = shownSlugs();
    assertFalse(shown.isEmpty(), "the sample has such cards");
    assertEquals(expected(want), sortedCopy(shown));
    assertTrue(d.findElement(By.id("static-list")).getAttribute("hidden") != null);
    assertTrue(d.findElement(By.id("f-themes-onderwijs")).isSelected());
    assertTrue(d.findElement(By.id("f-school_levels-basisonderwijs")).isSelected());
    assertEquals("2", d.findElement(By.id("f-reach")).getAttribute("value"));
    // The counts beside the values: what the list would show with that value added.
    for (Taxonomy t : kb.config().taxonomies()) {
      for (TaxonomyValue v : t.values()) {
        WebElement cb = d.findElement(By.id("f-" + t.key() + "-" + v.key()));
        long n = kb.practices().stream().filter(p -> countsFor(p, t.key(), v.key())).count();
        String count =
            d.findElement(By.cssSelector("[data-count='" + t.key() + ":" + v.key() + "']"))
                .getText();
        assertEquals("(" + n + ")", count, t.key() + "=" + v.key());
        assertEquals(n == 0 && !cb.isSelected(), !cb.isEnabled(), v.key() + " disabled iff 0");
      }
    }
  }

  /** The filters of the test above, except the value's own taxonomy, plus the value. */
  private static boolean countsFor(Practice p, String taxonomy, String value) {
    if (!p.values(taxonomy).contains(value)) return false;
    if (p.ratings().getOrDefault("reach", 0) < 2) return false;
    boolean themes =
        taxonomy.equals("themes")
            || p.values("themes").contains("onderwijs")
            || p.values("themes").contains("samenwerking");
    boolean levels =
        taxonomy.equals("school_levels") || p.values("school_levels").contains("basisonderwijs");
    return themes && levels;
  }

  @Test
  void theUrlHoldsTheStateAndBackStepsThroughChanges() {
    open("?regions=noord-brabant");
    List<String> first = shownSlugs();
    assertEquals(expected(p -> p.values("regions").contains("noord-brabant")), sortedCopy(first));
    d.findElement(By.cssSelector("label[for='f-themes-professionalisering']")).click();
    settle();
    assertTrue(d.getCurrentUrl().contains("themes=professionalisering"), d.getCurrentUrl());
    assertTrue(d.getCurrentUrl().contains("regions=noord-brabant"), d.getCurrentUrl());
    List<String> second = shownSlugs();
    assertEquals(
        expected(
            p ->
                p.values("regions").contains("noord-brabant")
                    && p.values("themes").contains("professionalisering")),
        sortedCopy(second));
    String shared = d.getCurrentUrl();
    d.navigate().back();
    settle();
    assertFalse(d.getCurrentUrl().contains("themes="), d.getCurrentUrl());
    assertFalse(d.findElement(By.id("f-themes-professionalisering")).isSelected());
    assertEquals(first, shownSlugs());
    // A shared link gives the same view.
    d.get(shared);
    settle();
    assertEquals(second, shownSlugs());
    assertTrue(d.findElement(By.id("f-themes-professionalisering")).isSelected());
  }

  @Test
  void everySortOrderFollowsTheCards() {
    Collator nl = Collator.getInstance(Locale.forLanguageTag("nl"));
    Map<String, Comparator<Practice>> orders =
        Map.of(
            "",
            Comparator.comparing(Practice::published).reversed(),
            "title",
            Comparator.comparing(Practice::title, nl),
            "reach",
            Comparator.comparing((Practice p) -> p.ratings().getOrDefault("reach", 0))
                .reversed()
                .thenComparing(Comparator.comparing(Practice::published).reversed()),
            "recurrence",
            Comparator.comparing((Practice p) -> p.ratings().getOrDefault("recurrence", 0))
                .reversed()
                .thenComparing(Comparator.comparing(Practice::published).reversed()));
    for (var e : orders.entrySet()) {
      open(e.getKey().isEmpty() ? "" : "?sort=" + e.getKey());
      List<String> want =
          kb.practices().stream()
              .sorted(e.getValue().thenComparing(Practice::title, nl))
              .map(Practice::slug)
              .toList();
      assertEquals(want, shownSlugs(), "sort " + e.getKey());
    }
    // With words, relevance: the order of the search itself.
    open("?q=ouders&sort=relevance");
    @SuppressWarnings("unchecked")
    List<String> ranked =
        (List<String>)
            ((JavascriptExecutor) d)
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + "stek.search('ouders', {limit: 1000}).then(r => done(r.map(h => h.url)"
                        + ".filter(u => u.startsWith('practices/')).map(u => u.slice(10, -5))));");
    assertEquals(ranked, shownSlugs());
  }

  @Test
  void twoToFourPracticesAreComparedSideBySide() {
    open("");
    List<WebElement> picks = d.findElements(By.cssSelector("#browse-results .compare-pick input"));
    for (int i = 0; i < 4; i++) {
      picks.get(i).click();
      // As a reader does: the next pick after the bar has counted this one.
      String n = String.valueOf(i + 1);
      new WebDriverWait(d, Duration.ofSeconds(10))
          .until(
              x ->
                  x.findElement(By.cssSelector("#compare-bar .compare-msg")).getText().contains(n));
    }
    assertEquals(
        4, d.findElements(By.cssSelector("#browse-results .compare-pick input:checked")).size());
    picks.get(4).click();
    assertTrue(picks.get(4).isSelected() == false, "a fifth is refused");
    assertTrue(
        d.findElement(By.cssSelector("#compare-bar .compare-msg")).getText().contains("4"),
        "the bar says so");
    picks.get(3).click(); // three remain
    WebElement go = d.findElement(By.cssSelector("#compare-bar a"));
    String href = go.getAttribute("href");
    List<String> slugs = shownSlugs().subList(0, 3);
    assertTrue(href.endsWith("compare.html?ids=" + String.join(",", slugs)), href);
    assertTrue(d.getCurrentUrl().contains("compare=" + String.join("%2C", slugs)));
    go.click();
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(x -> x.findElements(By.cssSelector("#compare-table tbody tr")).size() > 5);
    List<WebElement> heads = d.findElements(By.cssSelector("#compare-table thead th"));
    assertEquals(3, heads.size());
    for (int i = 0; i < 3; i++) {
      String slug = slugs.get(i);
      Practice p = kb.practices().stream().filter(x -> x.slug().equals(slug)).findFirst().get();
      assertEquals(p.title(), heads.get(i).getText());
      List<WebElement> row = d.findElements(By.cssSelector("#compare-table tbody tr"));
      String reach = row.get(0).findElements(By.tagName("td")).get(i).getText();
      assertTrue(reach.contains("Bereik: " + p.ratings().get("reach") + " op 4"), reach);
      String summary = row.get(row.size() - 1).findElements(By.tagName("td")).get(i).getText();
      assertEquals(p.summary(), summary);
    }
    assertTrue(d.findElement(By.id("compare-nojs")).getAttribute("hidden") != null);
  }

  @Test
  void keyboardAloneFiltersAndTheCountIsAnnounced() {
    open("");
    String before = d.findElement(By.id("browse-status")).getAttribute("data-count");
    d.findElement(By.id("f-q")).click();
    // Tab from the search box to the first theme's checkbox, then Space.
    WebElement target = d.findElement(By.id("f-themes-meertaligheid"));
    Actions keys = new Actions(d);
    for (int i = 0; i < 30; i++) {
      if (target.equals(d.switchTo().activeElement())) break;
      keys.sendKeys(Keys.TAB).perform();
    }
    if (!target.equals(d.switchTo().activeElement())) {
      // The first theme may come earlier in the form; go there by Tab from the box again.
      d.findElement(By.id("f-q")).click();
      for (int i = 0; i < 40 && !target.equals(d.switchTo().activeElement()); i++)
        keys.sendKeys(Keys.TAB).perform();
    }
    assertEquals(target, d.switchTo().activeElement(), "reached by Tab");
    keys.sendKeys(Keys.SPACE).perform();
    assertTrue(target.isSelected());
    long n =
        kb.practices().stream().filter(p -> p.values("themes").contains("meertaligheid")).count();
    // The announcement follows a moment later (so that typing is not read out letter by letter).
    String said = n == 1 ? "1 voorbeeld" : n + " voorbeelden";
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(
            x -> {
              WebElement s = x.findElement(By.id("browse-status"));
              return String.valueOf(n).equals(s.getAttribute("data-count"))
                  && s.getText().startsWith(said);
            });
    settle();
    WebElement status = d.findElement(By.id("browse-status"));
    assertEquals("polite", status.getAttribute("aria-live"));
    assertNotEquals(before, status.getAttribute("data-count"));
  }
}
