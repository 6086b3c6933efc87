package org.stek.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staging folder on its own: what it links to the previous site and what it writes anew, what
 * it refuses, and the swap. The whole-build tests (AtomicOutputTest, RebuildTest) build sites.
 */
class StagedOutputTest {
  @TempDir Path dir;

  /** A previous site in {@code dir/site} holding {@code a.txt} ("alpha") and {@code b/c.txt}. */
  Path previousSite() throws IOException {
    Path out = Files.createDirectories(dir.resolve("site/b"));
    Files.writeString(dir.resolve("site/a.txt"), "alpha");
    Files.writeString(out.resolve("c.txt"), "gamma");
    return dir.resolve("site");
  }

  @Test
  void theStagingFolderIsBesideTheOutputReadableAndMarked() throws IOException {
    try (StagedOutput s = new StagedOutput(dir.resolve("site"))) {
      assertEquals(dir.resolve("site"), s.out());
      assertEquals(dir, s.staging().getParent());
      assertTrue(s.staging().getFileName().toString().startsWith(".site.staging-"));
      assertEquals(
          PosixFilePermissions.fromString("rwxr-xr-x"),
          Files.getPosixFilePermissions(s.staging()),
          "a web server must read the published site");
      assertTrue(
          Files.readString(s.staging().resolve(OutputGuard.MARKER)).contains("written by Stek"));
    }
  }

  @Test
  void theBytesOfThePreviousFileAreLinkedOtherBytesWritten() throws IOException {
    Path out = previousSite();
    try (StagedOutput s = new StagedOutput(out)) {
      s.write("a.txt", bytes("alpha"));
      s.write("b/c.txt", bytes("gamma!"));
      s.write("new/d.txt", bytes("delta"));
      assertTrue(Files.isSameFile(out.resolve("a.txt"), s.staging().resolve("a.txt")));
      assertFalse(Files.isSameFile(out.resolve("b/c.txt"), s.staging().resolve("b/c.txt")));
      assertEquals("gamma!", Files.readString(s.staging().resolve("b/c.txt")));
      assertEquals("delta", Files.readString(s.staging().resolve("new/d.txt")));
      assertEquals("gamma", Files.readString(out.resolve("b/c.txt")), "the previous site is kept");
    }
  }

  @Test
  void bytesOfTheSameLengthButOthersAreNotLinked() throws IOException {
    Path out = previousSite();
    try (StagedOutput s = new StagedOutput(out)) {
      s.write("a.txt", bytes("alphA"));
      assertFalse(Files.isSameFile(out.resolve("a.txt"), s.staging().resolve("a.txt")));
      assertEquals("alpha", Files.readString(out.resolve("a.txt")));
    }
  }

  /** A staged file may be a link into the previous site: writing it again must not write there. */
  @Test
  void writingALinkedFileAgainLeavesThePreviousSiteAlone() throws IOException {
    Path out = previousSite();
    try (StagedOutput s = new StagedOutput(out)) {
      s.write("a.txt", bytes("alpha"));
      s.write("a.txt", bytes("omega"));
      assertEquals("omega", Files.readString(s.staging().resolve("a.txt")));
      assertEquals("alpha", Files.readString(out.resolve("a.txt")));
      s.write("b/c.txt", bytes("gamma"));
      try (OutputStream o = s.open("b/c.txt")) {
        o.write(bytes("streamed"));
      }
      assertEquals("streamed", Files.readString(s.staging().resolve("b/c.txt")));
      assertEquals("gamma", Files.readString(out.resolve("b/c.txt")));
    }
  }

  @Test
  void aCopiedFileIsLinkedAsAWrittenOneIs() throws IOException {
    Path out = previousSite();
    Path same = Files.writeString(dir.resolve("same.txt"), "gamma");
    Path other = Files.writeString(dir.resolve("other.txt"), "Alpha");
    try (StagedOutput s = new StagedOutput(out)) {
      s.copy(same, "b/c.txt");
      assertTrue(Files.isSameFile(out.resolve("b/c.txt"), s.staging().resolve("b/c.txt")));
      s.copy(other, "a.txt"); // the first byte differs
      assertEquals("Alpha", Files.readString(s.staging().resolve("a.txt")));
      assertEquals("alpha", Files.readString(out.resolve("a.txt")));
      s.copy(other, "b/c.txt"); // over a linked file
      assertEquals("Alpha", Files.readString(s.staging().resolve("b/c.txt")));
      assertEquals("gamma", Files.readString(out.resolve("b/c.txt")));
      s.copy(other, "x/y.txt");
      assertEquals("Alpha", Files.readString(s.staging().resolve("x/y.txt")));
    }
  }

  @Test
  void aSymbolicLinkInThePreviousSiteIsNotFollowed() throws IOException {
    Path out = previousSite();
    Path secret = Files.writeString(dir.resolve("secret.txt"), "alpha");
    Files.createSymbolicLink(out.resolve("s.txt"), secret);
    try (StagedOutput s = new StagedOutput(out)) {
      s.write("s.txt", bytes("alpha"));
      assertFalse(Files.isSymbolicLink(s.staging().resolve("s.txt")));
      assertFalse(Files.isSameFile(secret, s.staging().resolve("s.txt")));
    }
  }

  @Test
  void nothingIsWrittenOutsideTheStagingFolder() throws IOException {
    try (StagedOutput s = new StagedOutput(dir.resolve("site"))) {
      for (String url : List.of("../x.txt", "a/../../x.txt", "", ".")) {
        assertThrows(IllegalArgumentException.class, () -> s.write(url, bytes("x")), url);
        assertThrows(IllegalArgumentException.class, () -> s.open(url), url);
      }
      assertFalse(Files.exists(dir.resolve("x.txt")));
    }
  }

  @Test
  void commitSwapsTheNewSiteInWholeAndLeavesNothingBeside() throws IOException {
    Path out = previousSite();
    StagedOutput s = new StagedOutput(out);
    s.write("a.txt", bytes("alpha"));
    s.write("n.txt", bytes("new"));
    s.commit();
    s.close();
    assertEquals(List.of(".stek-site", "a.txt", "n.txt"), names(out));
    assertEquals(List.of("site"), names(dir), "no staging and no old site left");
  }

  @Test
  void theFirstCommitNeedsNoPreviousSite() throws IOException {
    StagedOutput s = new StagedOutput(dir.resolve("site"));
    s.write("a.txt", bytes("alpha"));
    s.commit();
    s.close();
    assertEquals(List.of(".stek-site", "a.txt"), names(dir.resolve("site")));
    assertEquals(List.of("site"), names(dir));
  }

  @Test
  void aFailedSwapPutsThePreviousSiteBack() throws IOException {
    Path out = previousSite();
    StagedOutput s = new StagedOutput(out);
    StagedOutput.delete(s.staging()); // the swap cannot find the new site
    assertThrows(IOException.class, s::commit);
    assertEquals(List.of("a.txt", "b"), names(out));
    assertEquals(List.of("site"), names(dir));
  }

  @Test
  void closingWithoutCommitRemovesTheStaging() throws IOException {
    Path out = previousSite();
    StagedOutput s = new StagedOutput(out);
    s.write("deep/er/n.txt", bytes("new"));
    s.close();
    assertEquals(List.of("site"), names(dir));
    assertEquals(List.of("a.txt", "b"), names(out));
    StagedOutput.delete(dir.resolve("nothing")); // not there: nothing to do
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
