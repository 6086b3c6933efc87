package org.stek.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stek.report.Problem;
import org.stek.report.Problems;

/**
 * A card's bytes become front matter and body, with the lines each starts on; bytes that are not a
 * card's text are refused at the line and column of the first bad byte (columns count characters,
 * not bytes).
 */
class SourceReaderTest {
  static final Path FILE = Path.of("content/practices/a.md");

  private final Problems problems = new Problems();

  private SourceFile read(byte[] bytes) {
    return SourceReader.read(FILE, "practices/a.md", bytes, problems);
  }

  private SourceFile read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof String s) out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      else out.write((Integer) p);
    }
    return out.toByteArray();
  }

  private List<String> reported() {
    return problems.sorted().stream()
        .map(Problem::format)
        .map(s -> s.substring(FILE.toString().length()))
        .toList();
  }

  @Test
  void frontMatterAndBodyWithTheLinesTheyStartOn() {
    assertEquals(
        new SourceFile(FILE, "practices/a.md", "title: A\nsummary: B\n", 2, "Tekst.\n", 5),
        read("---\ntitle: A\nsummary: B\n---\nTekst.\n"));
    // YAML's end-of-document marker closes it too, and trailing spaces after either are fine.
    assertEquals(
        new SourceFile(FILE, "practices/a.md", "title: A\n", 2, "Tekst.", 4),
        read("---\ntitle: A\n...  \nTekst."));
    assertEquals(
        new SourceFile(FILE, "practices/a.md", "title: A\n", 2, "", 4), read("---\ntitle: A\n---"));
    assertEquals(new SourceFile(FILE, "practices/a.md", "", 2, "x\n", 3), read("---\n---   \nx\n"));
    assertEquals(List.of(), reported());
  }

  @Test
  void aByteOrderMarkAndWindowsOrOldMacLineEndsAreRead() {
    SourceFile want = new SourceFile(FILE, "practices/a.md", "title: A\n", 2, "Een\ntwee\n", 4);
    assertEquals(want, read(bytes(0xEF, 0xBB, 0xBF, "---\r\ntitle: A\r\n---\r\nEen\r\ntwee\r\n")));
    assertEquals(want, read("---\rtitle: A\r---\rEen\rtwee\r"));
    assertEquals(List.of(), reported());
  }

  /** The one problem reading {@code bytes} reports; nothing is read. */
  private String refusal(byte[] bytes) {
    Problems own = new Problems();
    assertNull(SourceReader.read(FILE, "practices/a.md", bytes, own));
    List<Problem> all = own.sorted();
    assertEquals(1, all.size(), all.toString());
    return all.get(0).format().substring(FILE.toString().length());
  }

  private String refusal(String text) {
    return refusal(text.getBytes(StandardCharsets.UTF_8));
  }

  static final String NO_FRONT_MATTER =
      ":1:1: error: missing front matter (the first line must be '---', followed by fields"
          + " such as 'title: ...' and another '---')";
  static final String NOT_CLOSED =
      ":1:1: error: the front matter is not closed (add a line '---' after the last field)";

  @Test
  void filesThatAreNoCardAreRefusedAtTheirFirstLine() {
    assertEquals(
        ":1:1: error: the file is empty (start with a front matter block between '---' lines)",
        refusal(" \n\t\n"));
    assertEquals(NO_FRONT_MATTER, refusal("title: A\n---\n"));
    assertEquals(NO_FRONT_MATTER, refusal("----\ntitle: A\n---\n"));
    assertEquals(NOT_CLOSED, refusal("---\ntitle: A\nTekst.\n"));
    assertEquals(NOT_CLOSED, refusal("---\ntitle: A"));
    assertEquals(NOT_CLOSED, refusal("---"));
  }

  @Test
  void utf16AndBinaryFilesAreRefused() {
    String utf16 = ":1:1: error: the file is UTF-16 (save it as UTF-8)";
    assertEquals(utf16, refusal("---\ntitle: A\n---\n".getBytes(StandardCharsets.UTF_16)));
    assertEquals(utf16, refusal(bytes(0xFF, 0xFE, "-", 0, "-", 0)));
    assertEquals(utf16, refusal(bytes(0xFE, 0xFF)));
    // the NUL's line and column, é counted as one character
    assertEquals(
        ":2:2: error: the file contains a NUL byte: it is binary, not text"
            + " (save the card as plain UTF-8 text)",
        refusal(bytes("---\né", 0, "title: A\n---\n")));
  }

  @Test
  void invalidUtf8IsReportedAtItsFirstBadByte() {
    String utf8 = " (save the file as UTF-8)";
    // a Latin-1 é at the end: a lead byte without the bytes it announces
    assertEquals(":2:4: error: invalid UTF-8 at byte 7" + utf8, refusal(bytes("---\ncaf", 0xE9)));
    assertEquals(
        ":2:4: error: invalid UTF-8 at byte 7" + utf8, refusal(bytes("---\ncaf", 0xE9, "\n---\n")));
    // a continuation byte with nothing before it, an overlong lead byte, one above U+10FFFF
    assertEquals(
        ":3:1: error: invalid UTF-8 at byte 14" + utf8, refusal(bytes("---\ntitle: é\n", 0x80)));
    assertEquals(
        ":2:1: error: invalid UTF-8 at byte 4" + utf8, refusal(bytes("---\n", 0xC1, 0x81)));
    assertEquals(
        ":2:2: error: invalid UTF-8 at byte 8" + utf8,
        refusal(bytes("---\n", 0xF0, 0x9F, 0x98, 0x80, 0xF5, 0x80, 0x80, 0x80)));
    // a two-byte sequence whose second byte is no continuation
    assertEquals(
        ":2:2: error: invalid UTF-8 at byte 5" + utf8, refusal(bytes("---\nx", 0xC3, "A")));
    // well-formed bytes that encode a surrogate: the decoder refuses them; reported at the end
    assertEquals(
        ":2:2: error: invalid UTF-8 at byte 6" + utf8, refusal(bytes("---\n", 0xED, 0xA0, 0x80)));
  }
}
