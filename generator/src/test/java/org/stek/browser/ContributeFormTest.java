package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.stek.BuildResult;
import org.stek.TestSite;

/** The "Deel je praktijk" form, driven in headless Chromium from file://, as an author uses it. */
class ContributeFormTest {
  private static ChromeDriver browser;
  private static FormDriver page;
  @TempDir static Path dir;
  private static TestSite site;

  @BeforeAll
  static void build() {
    site = FormDriver.site(dir, "contribute:\n  email: redactie@test.example.org\n");
    page = FormDriver.start();
    browser = page.browser();
  }

  @AfterAll
  static void quit() {
    if (browser != null) browser.quit();
  }

  /**
   * WCAG 2.1 A and AA rules of axe-core, on the form and its tables (the theme has its own tests).
   */
  private void assertNoAxeViolations() {
    com.deque.html.axecore.results.Results r =
        new com.deque.html.axecore.selenium.AxeBuilder()
            .include(List.of(".contribute"))
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(browser);
    assertEquals(
        List.of(),
        r.getViolations().stream()
            .map(
                v ->
                    v.getId()
                        + ": "
                        + v.getHelp()
                        + " "
                        + v.getNodes().stream().map(n -> n.getTarget().toString()).toList())
            .toList());
  }

  /** The form's validator (card-schema.js) and a reference validator agree on every fixture. */
  @Test
  void theFormRejectsWhatTheSchemaAndCheckReject() throws Exception {
    browser.get(site.out().resolve("contribute/index.html").toUri().toString());
    String script =
        "var e = []; stekValidate(stekSchemas.practice, JSON.parse(arguments[0]), '', e);"
            + " return e.map(function (x) { return x.path + ' ' + x.keyword; }).join(', ');";
    String valid =
        org.stek.schema.CardSchemaTest.json(org.stek.schema.CardSchemaTest.VALID).toString();
    assertEquals("", browser.executeScript(script, valid));
    for (String line : org.stek.schema.CardSchemaTest.invalid()) {
      String json =
          org.stek.schema.CardSchemaTest.json(org.stek.schema.CardSchemaTest.invalidCard(line))
              .toString();
      Object found = browser.executeScript(script, json);
      assertFalse(found.toString().isEmpty(), "the form accepted " + line);
      // Every error is about the field the line changed (its path is the field or inside it).
      String key = line.substring(0, line.indexOf(':'));
      for (String error : found.toString().split(", "))
        assertTrue(
            error.startsWith(key + " ") || error.startsWith(key + "."),
            line + ": the form blames " + error);
    }
  }

  @Test
  void producesACardThatPassesCheck() throws Exception {
    browser.get(site.out().resolve("contribute/index.html").toUri().toString());
    browser.executeScript("localStorage.clear();");
    browser.navigate().refresh();
    assertTrue(page.el("contribute-form").isDisplayed(), "the script shows the form");
    assertFalse(page.el("contribute-nojs").isDisplayed());
    assertTrue(browser.getPageSource().contains("redactie@test.example.org"));

    assertNoAxeViolations();

    // Empty: every required field is named, in the summary and at the field.
    page.click("contribute-download");
    assertNoAxeViolations();
    WebElement summary = page.el("contribute-summary");
    assertTrue(summary.isDisplayed());
    assertEquals(summary, browser.switchTo().activeElement(), "focus moves to the summary");
    String s = summary.getText();
    for (String label :
        List.of("Titel", "Samenvatting", "Organisatie", "Thema's", "Bereik", "Terugkerend")) {
      assertTrue(s.contains(label + ":"), label + " in " + s);
    }
    assertFalse(s.contains("Gemeente"), s);
    assertEquals("Kies er minstens één.", page.el("f-themes-error").getText());
    assertEquals("true", page.el("f-title").getAttribute("aria-invalid"));
    assertEquals(
        null,
        browser.executeScript(
            "return document.getElementById('contribute-form').getAttribute('data-downloaded')"));

    page.type("f-title", "Onderwijscafé in Brugge");
    page.type(
        "f-summary", "Leerkrachten ontmoeten elkaar in een café, rond één thema per trimester.");
    page.type("f-organisation", "Stad Brugge");
    page.type("f-municipality", "Brugge");
    page.click("f-themes-onderwijs");
    page.click("f-themes-pesten");
    page.click("f-region-west-vlaanderen");
    new Select(page.el("f-country")).selectByValue("BE");
    page.click("f-reach-2");
    page.click("f-recurrence-3");
    page.type("f-partners", "CLB Brugge\nHogeschool \"Vives\"");
    page.type("f-started", "2019");
    page.type("f-contact-name", "An Peeters");
    page.type("f-contact-email", "an.peeters@brugge");
    page.type("f-links-1-title", "Verslag: editie 2024");
    page.type("f-links-1-url", "brugge.be/onderwijscafe");
    page.type("f-published", "2025-02-30");
    page.click("contribute-check");
    s = page.el("contribute-summary").getText();
    assertTrue(s.contains("Schrijf een bestaande datum"), s);
    assertTrue(page.el("f-contact.email-error").getText().contains("geen e-mailadres"));
    assertTrue(page.el("f-links.0-error").getText().contains("https://"));

    page.type("f-contact-email", "an.peeters@brugge.be");
    page.type("f-links-1-url", "https://www.brugge.be/onderwijscafe");
    page.type("f-published", "2025-03-12");
    WebElement body = page.el("f-body");
    body.sendKeys("\n\nExtra alinea met een [link](https://example.org).");
    page.click("contribute-download");
    assertFalse(
        page.el("contribute-summary").isDisplayed(), page.el("contribute-summary").getText());
    assertEquals(
        "onderwijscafe-in-brugge.md", page.el("contribute-form").getAttribute("data-downloaded"));
    assertTrue(page.el("contribute-status").getText().contains("Alles is in orde"));
    String card = page.el("contribute-output").getAttribute("value");
    assertTrue(card.startsWith("---\ntitle: \"Onderwijscafé in Brugge\"\n"), card);
    assertTrue(card.contains("## Wat?"), card);

    Files.writeString(
        site.content().resolve("practices/onderwijscafe-in-brugge.md"),
        card,
        StandardCharsets.UTF_8);
    BuildResult r = site.check();
    assertEquals(List.of(), r.problems(), card);
    assertEquals(2, r.practices());

    // The draft survives a reload; "Begin opnieuw" clears it.
    browser.navigate().refresh();
    assertEquals("Onderwijscafé in Brugge", page.el("f-title").getAttribute("value"));
    assertTrue(page.el("f-themes-pesten").isSelected());
    page.click("contribute-clear");
    assertEquals("", page.el("f-title").getAttribute("value"));
    browser.navigate().refresh();
    assertEquals("", page.el("f-title").getAttribute("value"));
  }
}
