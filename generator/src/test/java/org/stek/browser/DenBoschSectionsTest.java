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
  private static FormDriver page;
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
                    + "\n## Waar zijn jullie het meest trots op?\nDe tandem van coach en begeleider.")
            .practice(
                "opleiden",
                "Opleiden in de school",
                "onderwijs",
                ANSWERS + "\n## Waar zijn jullie het meest trots op?\nStudenten die blijven.");
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

  private static void startBrowser() {
    Chromium.assumeAvailable();
    if (browser == null) browser = Chromium.start(1000, 900);
    page = new FormDriver(browser);
  }

  @Test
  void theComparePageShowsTheChosenQuestionSideBySide() {
    startBrowser();
    browser.get(
        site.out().resolve("compare.html").toUri() + "?ids=studiedagen,opleiden&section=trots");
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
        .until(b -> !b.findElements(By.id("compare-section-row")).isEmpty());
    List<String> cells =
        browser.findElements(By.cssSelector("#compare-section-row > *")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(
        List.of(
            "Waar zijn jullie het meest trots op?",
            "De tandem van coach en begeleider.",
            "Studenten die blijven."),
        cells);
  }

  @Test
  void theFormAsksEveryQuestionAndDemandsTheMissingOne() throws Exception {
    startBrowser();
    browser.get(site.out().resolve("contribute/index.html").toUri().toString());
    browser.executeScript("localStorage.clear();");
    browser.navigate().refresh();
    for (String key : List.of("bedoeling", "actoren", "werking", "succes", "trots")) {
      assertTrue(page.el("f-section-" + key).isDisplayed(), key);
    }
    assertTrue(browser.findElements(By.id("f-body")).isEmpty(), "no free text area");
    page.type("f-title", "Intervisie in Den Bosch");
    page.type("f-summary", "Coaches en begeleiders leren samen.");
    page.type("f-organisation", "Opleidingsscholen Den Bosch");
    page.click("f-themes-onderwijs");
    page.click("f-reach-2");
    page.click("f-recurrence-4");
    page.type("f-published", "2025-09-08");
    page.type("f-section-bedoeling", "Samen opleiden.");
    page.type("f-section-actoren", "Coaches en begeleiders.");
    page.type("f-section-werking", "Vier keer per jaar intervisie.");
    page.type("f-section-succes", "Vaste tandems.\n\n## Hoe werkt het precies?\nNog eens.");
    page.click("contribute-check");
    String summary = page.el("contribute-summary").getText();
    assertTrue(summary.contains("Waar zijn jullie het meest trots op?: Vul dit veld in."), summary);
    assertEquals("Vul dit veld in.", page.el("f-section-trots-error").getText());
    assertEquals("true", page.el("f-section-trots").getAttribute("aria-invalid"));
    assertTrue(page.el("f-section-succes-error").getText().contains("eigen vak"), summary);

    page.type("f-section-succes", "Vaste tandems.\n\n## Een tussentitel\nMag.");
    page.type("f-section-trots", "De tandem van coach en begeleider.");
    page.click("contribute-check");
    assertFalse(
        page.el("contribute-summary").isDisplayed(), page.el("contribute-summary").getText());
    String card = page.el("contribute-output").getAttribute("value");
    assertTrue(card.contains("\n## Waar zijn jullie het meest trots op?\n\nDe tandem"), card);
    Path file = site.content().resolve("practices/intervisie-in-den-bosch.md");
    Files.writeString(file, card, StandardCharsets.UTF_8);
    try {
      assertEquals(List.of(), site.check().problems(), card);
    } finally {
      Files.delete(file);
    }
  }
}
