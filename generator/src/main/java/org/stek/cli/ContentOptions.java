package org.stek.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every command that reads a content folder. */
final class ContentOptions {
  @Option(
      names = "--content",
      paramLabel = "DIR",
      description = "The content folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "content")
  Path content;

  @Option(
      names = "--theme",
      paramLabel = "DIR",
      description = "The theme folder (default: themes/default, else the theme inside stek.jar).")
  Path theme;

  @Option(names = "--drafts", description = "Include cards marked 'draft: true'.")
  boolean drafts;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print the time of each stage, and stack traces of bugs in Stek.")
  boolean verbose;
}
