package org.stek.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for browser tests. Without it the calling test is skipped, and the
 * reason is printed once, so a missing browser is never silent; in CI ({@code CI=true}) it fails
 * instead, so a run without the browser can never pass as green.
 */
public final class Chromium {
  public static final Path BROWSER =
      Path.of(System.getProperty("stek.chromium", "/usr/bin/chromium"));
  public static final Path DRIVER =
      Path.of(System.getProperty("stek.chromedriver", "/usr/bin/chromedriver"));
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private Chromium() {}

  public static boolean available() {
    return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
  }

  /**
   * Skips the test (with one clear line on stderr) when Chromium is not installed, or fails it when
   * the environment says this is CI.
   */
  public static void assumeAvailable() {
    assumeAvailable(available(), System.getenv("CI"));
  }

  static void assumeAvailable(boolean available, String ci) {
    if (!available && "true".equalsIgnoreCase(ci)) {
      throw new AssertionError(
          "CI=true but no "
              + BROWSER
              + " or "
              + DRIVER
              + ": the browser tests cannot run"
              + " (apt-get install chromium chromium-driver)");
    }
    if (!available && WARNED.compareAndSet(false, true)) {
      System.err.println(
          "SKIPPED browser tests: no "
              + BROWSER
              + " or "
              + DRIVER
              + " (apt-get install chromium chromium-driver)");
    }
    Assumptions.assumeTrue(available, "Chromium not installed");
  }

  /** A new headless browser with the given window size; the caller quits it. */
  public static ChromeDriver start(int width, int height) {
    return start(options(width, height));
  }

  /** A new headless browser with these options (from {@link #options}); the caller quits it. */
  public static ChromeDriver start(ChromeOptions o) {
    assumeAvailable();
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    return new ChromeDriver(service, o);
  }

  /**
   * Headless, with no background traffic of its own (this machine's network is closed); as {@code
   * org.stek.bench.Browser} starts it for {@code stek bench}, which stek's tests do not depend on.
   */
  public static ChromeOptions options(int width, int height) {
    ChromeOptions o = new ChromeOptions();
    o.setBinary(BROWSER.toFile());
    o.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=" + width + "," + height);
    return o;
  }
}
