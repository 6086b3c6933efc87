package org.stek.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild takes the deflated entry of a file that did not change from the previous zip, and the
 * zip is then byte for byte the one a fresh build writes; a file that only looks the same (its
 * label elsewhere) is deflated again.
 */
class PreviousArchiveTest {
  @TempDir Path dir;

  private static final String M = SiteArchive.SIZE_MARKER;

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Builds the files into {@code out}, over what is there; returns how many entries were reused.
   */
  private int build(Path out, String page, String css) throws IOException {
    try (StagedOutput staged =
        new StagedOutput(
            out, new SizeLabel(Files.exists(out) ? "x" : null), SiteArchive.url("kb"))) {
      staged.write("index.html", b(page));
      staged.write("assets/stek.css", b(css));
      SiteArchive.write(staged, "kb", size -> "x"); // a label that does not move
      int reused = staged.entries().reused();
      staged.commit();
      return reused;
    }
  }

  private byte[] zip(Path out) throws IOException {
    return Files.readAllBytes(out.resolve(SiteArchive.url("kb")));
  }

  @Test
  void anUnchangedFileTakesItsEntryFromThePreviousZip() throws IOException {
    String page =
        "<p>" + "ouders en school ".repeat(200) + "zip, " + M + "</p><footer>" + M + "</footer>";
    Path out = dir.resolve("site");
    assertEquals(0, build(out, page, "body{}"));
    assertEquals(2, build(out, page, "body{}"), "both files");
    assertEquals(1, build(out, page, "body{color:red}"), "the page, not the changed style");
    Path fresh = dir.resolve("fresh");
    build(fresh, page, "body{color:red}");
    assertArrayEquals(zip(fresh), zip(out));
  }

  @Test
  void aPageWithTheLabelElsewhereIsDeflatedAgain() throws IOException {
    // "A" + label + "xB" and "Ax" + label + "B" read the same with the label "x".
    Path out = dir.resolve("site");
    build(out, "A" + M + "xB", "");
    assertEquals(1, build(out, "Ax" + M + "B", ""), "only the style sheet");
    assertEquals("AxxB", Files.readString(out.resolve("index.html")));
    Path fresh = dir.resolve("fresh");
    build(fresh, "Ax" + M + "B", "");
    assertArrayEquals(zip(fresh), zip(out));
  }

  @Test
  void aZipStekDidNotWriteIsNotUsed() throws IOException {
    Path out = dir.resolve("site");
    build(out, "<p>" + M + "</p>", "a{}");
    Path zip = out.resolve(SiteArchive.url("kb"));
    byte[] bytes = Files.readAllBytes(zip);
    bytes[bytes.length - 1] ^= 1; // another comment: another deflater, as far as a build knows
    Files.write(zip, bytes);
    assertEquals(0, build(out, "<p>" + M + "</p>", "a{}"));
  }
}
