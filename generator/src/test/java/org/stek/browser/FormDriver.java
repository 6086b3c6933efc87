package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.stek.BuildResult;
import org.stek.TestSite;

/** Fills in a form in Chromium as a person does: each element scrolled into view first. */
record FormDriver(ChromeDriver browser) {
  /**
   * The form tests' site, built: one practice (Klassen, theme onderwijs) and these lines added to
   * the test site.yaml (what the form offers depends on them). Skips the test without Chromium.
   */
  static TestSite site(Path dir, String siteYaml) {
    Chromium.assumeAvailable();
    TestSite site =
        TestSite.in(dir)
            .file("site.yaml", TestSite.SITE_YAML + siteYaml)
            .practice("klassen", "Klassen", "onderwijs", "Over klassen.");
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
    return site;
  }

  /** A new Chromium window the size the form tests use, to be quit by the test. */
  static FormDriver start() {
    return new FormDriver(Chromium.start(1000, 900));
  }

  WebElement el(String id) {
    return browser.findElement(By.id(id));
  }

  void click(String id) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", el(id));
    el(id).click();
  }

  void type(String id, String text) {
    WebElement e = el(id);
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    e.clear();
    e.sendKeys(text);
  }
}
