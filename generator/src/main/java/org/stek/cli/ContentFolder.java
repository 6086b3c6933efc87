package org.stek.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --content} option of the commands that write cards ({@code new}, {@code import}). */
final class ContentFolder {
  @Option(
      names = "--content",
      paramLabel = "DIR",
      description = "The content folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "content")
  Path content;
}
