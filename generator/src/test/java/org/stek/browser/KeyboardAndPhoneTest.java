package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/** The site works with a keyboard alone, shows where the focus is, and fits a phone's width. */
class KeyboardAndPhoneTest extends BrowserSession {
  @AfterAll
  static void done() {
    quit();
  }

  @Test
  void theSkipLinkComesFirstAndLeadsToTheContent() {
    ChromeDriver d = driver(1280, 900);
    d.manage().window().setSize(new Dimension(1280, 900));
    d.get(url(BuiltSite.site(), "practices/onderwijscafe-in-brugge.html"));
    new Actions(d).sendKeys(Keys.TAB).perform();
    WebElement first = d.switchTo().activeElement();
    assertEquals("skip-link", first.getAttribute("class"));
    assertTrue(first.isDisplayed(), "the skip link shows when focused");
    first.sendKeys(Keys.ENTER);
    assertEquals("main", d.switchTo().activeElement().getAttribute("id"));
  }

  @Test
  void everyNavigationLinkIsReachedByTabAndShowsFocus() {
    ChromeDriver d = driver(1280, 900);
    d.manage().window().setSize(new Dimension(1280, 900));
    d.get(url(BuiltSite.site(), "index.html"));
    List<String> navLinks = new ArrayList<>();
    d.findElements(org.openqa.selenium.By.cssSelector(".site-nav a"))
        .forEach(a -> navLinks.add(a.getAttribute("href")));
    // The home page, the practices, recommendations, search, the themes and the content pages.
    assertTrue(navLinks.size() >= 4, "navigation links found: " + navLinks);
    List<String> reached = new ArrayList<>();
    for (int i = 0; i < 40 && !reached.containsAll(navLinks); i++) {
      new Actions(d).sendKeys(Keys.TAB).perform();
      WebElement f = d.switchTo().activeElement();
      if (f.getTagName().equals("a")) {
        reached.add(f.getAttribute("href"));
        String outline = f.getCssValue("outline-style");
        String shadow = f.getCssValue("box-shadow");
        assertTrue(
            !outline.equals("none") || !shadow.equals("none"),
            "no visible focus on " + f.getAttribute("href"));
      }
    }
    assertTrue(reached.containsAll(navLinks), "reached " + reached + " of " + navLinks);
    // Following a link by keyboard works: Enter on the first practice teaser opens it.
    d.get(url(BuiltSite.site(), "practices/index.html"));
    WebElement link = d.findElement(org.openqa.selenium.By.cssSelector(".teaser-title a"));
    String target = link.getAttribute("href");
    link.sendKeys(Keys.ENTER);
    assertEquals(target, d.getCurrentUrl());
    assertNotEquals(0, d.findElements(org.openqa.selenium.By.tagName("h1")).size());
  }

  @Test
  void noPageScrollsSidewaysOnAPhone() {
    ChromeDriver d = driver(390, 844);
    d.manage().window().setSize(new Dimension(390, 844));
    List<String> wide = new ArrayList<>();
    for (String page : BuiltSite.pageKinds()) {
      d.get(url(BuiltSite.site(), page));
      Number scroll = (Number) d.executeScript("return document.scrollingElement.scrollWidth");
      Number inner = (Number) d.executeScript("return window.innerWidth");
      if (scroll.intValue() > inner.intValue()) wide.add(page + ": " + scroll + " > " + inner);
    }
    assertEquals(List.of(), wide);
  }
}
