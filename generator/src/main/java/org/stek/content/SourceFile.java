package org.stek.content;

import java.nio.file.Path;

/**
 * A card file split into its front matter and body, with the lines where each starts so that
 * problems found later (YAML values, Markdown links) point into the original file.
 *
 * @param path the file as shown to the user
 * @param relative the path inside the content folder, with '/' separators
 */
public record SourceFile(
    Path path,
    String relative,
    String frontMatter,
    int frontMatterLine,
    String body,
    int bodyLine) {

  /** The folder of the file inside the content folder ("" at the top), with a trailing '/'. */
  public String folder() {
    int slash = relative.lastIndexOf('/');
    return slash < 0 ? "" : relative.substring(0, slash + 1);
  }

  /** The 1-based line in the file of a character offset in the body. */
  public int bodyLineOf(int offset) {
    int line = bodyLine;
    for (int i = 0; i < offset && i < body.length(); i++) if (body.charAt(i) == '\n') line++;
    return line;
  }

  /** The 1-based column in the file of a character offset in the body. */
  public int bodyColumnOf(int offset) {
    int start = body.lastIndexOf('\n', Math.max(0, Math.min(offset, body.length()) - 1));
    return offset - start;
  }

  /** The same file without its text, which is not needed once the card is parsed and rendered. */
  public SourceFile withoutText() {
    return new SourceFile(path, relative, "", frontMatterLine, "", bodyLine);
  }
}
