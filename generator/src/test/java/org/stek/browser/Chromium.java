package org.stek.browser;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.stek.bench.Browser;

/**
 * Debian's headless Chromium for browser tests. Without it the calling test is skipped, and the
 * reason is printed once, so a missing browser is never silent.
 */
public final class Chromium {
  public static final Path BROWSER = Browser.BROWSER;
  public static final Path DRIVER = Browser.DRIVER;
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private Chromium() {}

  public static boolean available() {
    return Browser.available();
  }

  /** Skips the test (with one clear line on stderr) when Chromium is not installed. */
  public static void assumeAvailable() {
    if (!available() && WARNED.compareAndSet(false, true)) {
      System.err.println(
          "SKIPPED browser tests: no "
              + BROWSER
              + " or "
              + DRIVER
              + " (apt-get install chromium chromium-driver)");
    }
    Assumptions.assumeTrue(available(), "Chromium not installed");
  }

  /** A new headless browser with the given window size; the caller quits it. */
  public static ChromeDriver start(int width, int height) {
    return start(options(width, height));
  }

  /** A new headless browser with these options (from {@link #options}); the caller quits it. */
  public static ChromeDriver start(ChromeOptions o) {
    assumeAvailable();
    return Browser.start(o);
  }

  public static ChromeOptions options(int width, int height) {
    return Browser.options(width, height);
  }
}
