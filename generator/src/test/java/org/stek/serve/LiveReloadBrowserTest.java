package org.stek.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stek.TestSite;
import org.stek.browser.Chromium;

/** The preview as an author sees it: edit, the page reloads; break a card, the overlay says why. */
class LiveReloadBrowserTest {
  @TempDir Path dir;

  @Test
  void reloadsOnEditAndShowsTheErrorOverlayUntilFixed() throws Exception {
    Chromium.assumeAvailable();
    TestSite site = TestSite.in(dir).practice("klassen", "Klassen", "onderwijs", "Eerste versie.");
    try (PreviewServer server =
        new PreviewServer(site.options().withOut(dir.resolve("preview/site")), "127.0.0.1", 0)) {
      server.start();
      ChromeDriver browser = Chromium.start(1000, 800);
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://127.0.0.1:" + server.port() + "/practices/klassen.html");
        assertTrue(browser.getPageSource().contains("Eerste versie."));
        wait.until(d -> server.rebuilder() != null && liveClients(server) > 0);
        Path card = site.content().resolve("practices/klassen.md");
        String good = Files.readString(card);

        Files.writeString(card, good.replace("Eerste versie.", "Tweede versie."));
        wait.until(d -> d.getPageSource().contains("Tweede versie."));

        Files.writeString(card, good.replace("themes: [onderwijs]", "themes: [onderwjs]"));
        wait.until(d -> !d.findElements(By.id("stek-overlay")).isEmpty());
        String overlay = browser.findElement(By.id("stek-overlay")).getText();
        assertTrue(overlay.contains("1 error"), overlay);
        assertTrue(
            overlay.contains(
                "klassen.md:4:10: error: unknown theme 'onderwjs' (did you mean 'onderwijs'?)"),
            overlay);
        assertEquals("alert", browser.findElement(By.id("stek-overlay")).getAttribute("role"));
        assertTrue(browser.getPageSource().contains("Tweede versie."), "the last good page stays");
        assertEquals(
            "fixed",
            browser.executeScript(
                "return getComputedStyle(document.getElementById('stek-overlay')).position"),
            "the overlay's stylesheet applies");
        Path shot = Path.of("target", "screenshots", "serve-overlay.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        Files.writeString(card, good.replace("Eerste versie.", "Derde versie."));
        wait.until(d -> d.getPageSource().contains("Derde versie."));
        assertTrue(browser.findElements(By.id("stek-overlay")).isEmpty());
      } finally {
        browser.quit();
      }
    }
  }

  private static int liveClients(PreviewServer server) {
    return server.liveClients();
  }
}
