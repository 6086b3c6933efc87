package org.stek;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to build.
 *
 * @param theme the theme folder, or null for {@code themes/default} if present, else the theme
 *     embedded in stek.jar
 * @param today the date that decides which cards are "in the future" (a warning, never dropped)
 */
public record BuildOptions(Path content, Path theme, Path out, boolean drafts, LocalDate today) {
  public BuildOptions withOut(Path o) {
    return new BuildOptions(content, theme, o, drafts, today);
  }
}
