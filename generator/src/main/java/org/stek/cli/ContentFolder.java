package org.stek.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --content} option: alone for the commands that write cards ({@code new}, {@code
 * import}), and within {@link ContentOptions} for those that read a content folder.
 */
class ContentFolder {
  @Option(
      names = "--content",
      paramLabel = "DIR",
      description = "The content folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "content")
  Path content;
}
