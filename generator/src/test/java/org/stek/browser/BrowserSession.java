package org.stek.browser;

import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;

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

  static String url(Path root, String page) {
    return root.resolve(page).toUri().toString();
  }
}
