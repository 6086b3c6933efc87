package org.stek.browser;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One shared headless Chromium per test class; pages are opened from disk. */
abstract class BrowserSession {
  static ChromeDriver driver;

  static ChromeDriver driver(int width, int height) {
    if (driver == null) driver = Chromium.start(width, height);
    return driver;
  }

  static void quit() {
    if (driver != null) driver.quit();
    driver = null;
  }

  /** Waits until the practices list shows what its state asks for (browse.js). */
  static void waitForList(ChromeDriver d) {
    new WebDriverWait(d, Duration.ofSeconds(20))
        .until(
            x ->
                (Boolean)
                    ((JavascriptExecutor) x)
                        .executeScript(
                            "var s = document.getElementById('browse-status');"
                                + " var n = s && s.getAttribute('data-count');"
                                + " return n !== null && n !== undefined && window.stek.browseMs !== undefined"
                                + " && document.querySelectorAll('#browse-results > li').length"
                                + " === Math.min(30, +n);"));
  }

  static String url(Path root, String page) {
    return root.resolve(page).toUri().toString();
  }
}
