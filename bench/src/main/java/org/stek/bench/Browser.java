package org.stek.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, for the benches: the paths and the options, the
 * same as the generator's browser tests use ({@code org.stek.browser.Chromium}, in its test code:
 * Selenium is not in stek.jar, and the generator's tests do not depend on this module).
 */
public final class Browser {
  public static final Path BROWSER =
      Path.of(System.getProperty("stek.chromium", "/usr/bin/chromium"));
  public static final Path DRIVER =
      Path.of(System.getProperty("stek.chromedriver", "/usr/bin/chromedriver"));

  private Browser() {}

  public static boolean available() {
    return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
  }

  /** A new headless browser with these options (from {@link #options}); the caller quits it. */
  public static ChromeDriver start(ChromeOptions o) {
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    return new ChromeDriver(service, o);
  }

  /** Headless, with no background traffic of its own (this machine's network is closed). */
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
