package org.stek.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.stek.report.Problems;

/**
 * Turns the bytes of a card into a {@link SourceFile}: strict UTF-8 (a BOM and CRLF are fine), then
 * the front matter between two {@code ---} lines.
 */
final class SourceReader {
  private SourceReader() {}

  static SourceFile read(Path path, String relative, byte[] bytes, Problems problems) {
    String text = decode(path, bytes, problems);
    if (text == null) return null;
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      problems.error(
          path, 1, 1, "the file is empty", "start with a front matter block between '---' lines");
      return null;
    }
    if (!text.startsWith("---\n") && !text.equals("---")) {
      problems.error(
          path,
          1,
          1,
          "missing front matter",
          "the first line must be '---', followed by fields such as 'title: ...' and another '---'");
      return null;
    }
    int start = 4;
    int line = 2;
    int pos = start;
    while (pos <= text.length()) {
      int end = text.indexOf('\n', pos);
      String l = end < 0 ? text.substring(pos) : text.substring(pos, end);
      if (l.stripTrailing().equals("---") || l.stripTrailing().equals("...")) {
        String front = text.substring(start, pos);
        String body = end < 0 ? "" : text.substring(end + 1);
        return new SourceFile(path, relative, front, 2, body, line + 1);
      }
      if (end < 0) break;
      pos = end + 1;
      line++;
    }
    problems.error(
        path, 1, 1, "the front matter is not closed", "add a line '---' after the last field");
    return null;
  }

  private static String decode(Path path, byte[] bytes, Problems problems) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      problems.error(path, 1, 1, "the file is UTF-16", "save it as UTF-8");
      return null;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        int[] lc = lineColumn(bytes, i);
        problems.error(
            path,
            lc[0],
            lc[1],
            "the file contains a NUL byte: it is binary, not text",
            "save the card as plain UTF-8 text");
        return null;
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalid(bytes);
      int[] lc = lineColumn(bytes, bad);
      problems.error(path, lc[0], lc[1], "invalid UTF-8 at byte " + bad, "save the file as UTF-8");
      return null;
    }
  }

  /** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
  private static int firstInvalid(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int n =
          c < 0x80
              ? 0
              : c >= 0xC2 && c < 0xE0
                  ? 1
                  : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
      if (n < 0 || i + n >= b.length + (n == 0 ? 1 : 0) && n > 0) return i;
      for (int k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) return i;
      i += n + 1;
    }
    return Math.max(0, b.length - 1);
  }

  private static int[] lineColumn(byte[] b, int offset) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < offset && i < b.length; i++) {
      if (b[i] == '\n') {
        line++;
        col = 1;
      } else if ((b[i] & 0xC0) != 0x80) col++;
    }
    return new int[] {line, col};
  }
}
