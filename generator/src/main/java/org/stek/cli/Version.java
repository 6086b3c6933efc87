package org.stek.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** The version from the jar's manifest ("dev" when run from classes), and the jar itself. */
public final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"stek " + number()};
  }

  /** The version, e.g. 0.1.0, or "dev" when not run from the jar. */
  public static String number() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** The stek.jar this runs from, or null when it runs from classes (tests, an IDE). */
  static Path jar() {
    try {
      Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(code) && code.toString().endsWith(".jar") ? code : null;
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
