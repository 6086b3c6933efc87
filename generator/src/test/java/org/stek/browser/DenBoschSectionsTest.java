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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.stek.BuildResult;
import org.stek.TestSite;
import org.stek.report.Problem;

/**
 * The Den Bosch approach cards answer five fixed questions: a site that declares them in site.yaml,
 * with no change to Stek, checks every card for them and makes the contribute form ask each one.
 */
class DenBoschSectionsTest {
  static final String FIVE_QUESTIONS =
      """
      sections:
        practice:
          - key: bedoeling
            heading: "Vanuit welke bedoeling is de aanpak ontstaan?"
            help: "Het doel waarmee school en opleiding begonnen."
            required: true
          - key: actoren
            heading: "Welke actoren zijn betrokken en wat is hun bijdrage?"
            help: "Wie doet wat: coaches, begeleiders, directies, studenten."
            required: true
          - key: werking
            heading: "Hoe werkt het precies?"
            help: "Hoe vaak, met wie, over welke onderwerpen."
            required: true
          - key: succes
            heading: "Wat maakt de aanpak succesvol?"
            help: "Wat ervoor zorgt dat het werkt."
            required: true
          - key: trots
            heading: "Waar zijn jullie het meest trots op?"
            help: "Waar de betrokkenen het meest trots op zijn."
            required: true
      """;

  static final String ANSWERS =
      """
      ## Vanuit welke bedoeling is de aanpak ontstaan?
      Samen professionaliseren geeft aankomende leerkrachten een rijke leeromgeving.

      ## Welke actoren zijn betrokken en wat is hun bijdrage?
      Basisschoolcoaches, studieloopbaanbegeleiders en directeuren.

      ## Hoe werkt het precies?
      Twee studiedagen per schooljaar en vier intervisiebijeenkomsten.

      ## Wat maakt de aanpak succesvol?
      Werkveld en opleiding kiezen de onderwerpen samen.
      """;

  private static ChromeDriver browser;
  @TempDir static Path dir;
  private static TestSite site;

  @BeforeAll
  static void build() {
    site =
        TestSite.in(dir)
            .file("site.yaml", TestSite.SITE_YAML + FIVE_QUESTIONS)
            .practice(
                "studiedagen",
                "Studiedagen",
                "onderwijs",
                ANSWERS
                    + "\n## Waar zijn jullie het meest trots op?\nDe tandem van coach en begeleider.");
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
  }

  @AfterAll
  static void quit() {
    if (browser != null) browser.quit();
  }

  @Test
  void aCardWithoutOneQuestionFailsWithFileLineAndColumn() throws Exception {
    // The body starts on line 13; the missing last question belongs after the fourth's text.
    site.practice("intervisie", "Intervisie", "onderwijs", ANSWERS);
    try {
      BuildResult r = site.check();
      assertTrue(r.hasErrors());
      List<String> lines = r.problems().stream().map(Problem::format).toList();
      assertEquals(1, lines.size(), lines.toString());
      assertTrue(
          lines
              .get(0)
              .endsWith(
                  "practices/intervisie.md:23:1: error: the required section 'Waar zijn jullie"
                      + " het meest trots op?' is missing (under '## Waar zijn jullie het meest"
                      + " trots op?' write Waar de betrokkenen het meest trots op zijn.)"),
          lines.get(0));
    } finally {
      Files.delete(site.content().resolve("practices/intervisie.md"));
    }
  }

  @Test
  void theFormAsksEveryQuestionAndDemandsTheMissingOne() throws Exception {
    Chromium.assumeAvailable();
    browser = Chromium.start(1000, 900);
    browser.get(site.out().resolve("contribute/index.html").toUri().toString());
    browser.executeScript("localStorage.clear();");
    browser.navigate().refresh();
    for (String key : List.of("bedoeling", "actoren", "werking", "succes", "trots")) {
      assertTrue(el("f-section-" + key).isDisplayed(), key);
    }
    assertTrue(browser.findElements(By.id("f-body")).isEmpty(), "no free text area");
    type("f-title", "Intervisie in Den Bosch");
    type("f-summary", "Coaches en begeleiders leren samen.");
    type("f-organisation", "Opleidingsscholen Den Bosch");
    click("f-themes-onderwijs");
    click("f-reach-2");
    click("f-recurrence-4");
    type("f-published", "2025-09-08");
    type("f-section-bedoeling", "Samen opleiden.");
    type("f-section-actoren", "Coaches en begeleiders.");
    type("f-section-werking", "Vier keer per jaar intervisie.");
    type("f-section-succes", "Vaste tandems.\n\n## Hoe werkt het precies?\nNog eens.");
    click("contribute-check");
    String summary = el("contribute-summary").getText();
    assertTrue(summary.contains("Waar zijn jullie het meest trots op?: Vul dit veld in."), summary);
    assertEquals("Vul dit veld in.", el("f-section-trots-error").getText());
    assertEquals("true", el("f-section-trots").getAttribute("aria-invalid"));
    assertTrue(el("f-section-succes-error").getText().contains("eigen vak"), summary);

    type("f-section-succes", "Vaste tandems.\n\n## Een tussentitel\nMag.");
    type("f-section-trots", "De tandem van coach en begeleider.");
    click("contribute-check");
    assertFalse(el("contribute-summary").isDisplayed(), el("contribute-summary").getText());
    String card = el("contribute-output").getAttribute("value");
    assertTrue(card.contains("\n## Waar zijn jullie het meest trots op?\n\nDe tandem"), card);
    Path file = site.content().resolve("practices/intervisie-in-den-bosch.md");
    Files.writeString(file, card, StandardCharsets.UTF_8);
    try {
      assertEquals(List.of(), site.check().problems(), card);
    } finally {
      Files.delete(file);
    }
  }

  private WebElement el(String id) {
    return browser.findElement(By.id(id));
  }

  private void click(String id) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", el(id));
    el(id).click();
  }

  private void type(String id, String text) {
    WebElement e = el(id);
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    e.clear();
    e.sendKeys(text);
  }
}
