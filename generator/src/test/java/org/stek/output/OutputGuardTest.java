package org.stek.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.SiteFiles;
import org.stek.Stek;
import org.stek.TestSite;

/** Output folders a build must never replace. */
class OutputGuardTest {
  @TempDir Path dir;

  private Path content() throws IOException {
    return Files.createDirectories(dir.resolve("content"));
  }

  private Path theme() throws IOException {
    return Files.createDirectories(dir.resolve("theme"));
  }

  @Test
  void refusesTheContentFolderItself() throws IOException {
    assertTrue(OutputGuard.check(content(), content(), theme()).contains("overlaps"));
  }

  @Test
  void refusesAFolderThatContainsTheContent() throws IOException {
    assertTrue(OutputGuard.check(dir, content(), theme()).contains("overlaps"));
    assertTrue(
        OutputGuard.check(content().resolve("site"), content(), theme()).contains("overlaps"));
    assertTrue(OutputGuard.check(theme(), content(), theme()).contains("overlaps"));
  }

  @Test
  void refusesTheRootAndProjectFolders() throws IOException {
    assertNotNull(OutputGuard.check(Path.of("/"), content(), theme()));
    assertNotNull(OutputGuard.check(TestSite.REPO, content(), theme()));
    assertNotNull(OutputGuard.check(Path.of(System.getProperty("user.home")), content(), theme()));
  }

  @Test
  void refusesAFolderWithFilesStekDidNotWrite() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("thesis.docx"), "years of work");
    String why = OutputGuard.check(out, content(), theme());
    assertTrue(why.contains("did not write"), why);
  }

  @Test
  void acceptsANewFolderAnEmptyOneOrAnEarlierSite() throws IOException {
    assertNull(OutputGuard.check(dir.resolve("new"), content(), theme()));
    assertNull(
        OutputGuard.check(Files.createDirectories(dir.resolve("empty")), content(), theme()));
    Path old = Files.createDirectories(dir.resolve("old"));
    Files.writeString(old.resolve(OutputGuard.MARKER), "");
    Files.writeString(old.resolve("index.html"), "<p>old</p>");
    assertNull(OutputGuard.check(old, content(), theme()));
  }

  @Test
  void aRefusedBuildTouchesNothing() throws IOException {
    TestSite site = TestSite.in(dir.resolve("s")).practice("cafe", "Café", "onderwijs", "Tekst.");
    Files.createDirectories(site.out());
    Files.writeString(site.out().resolve("notes.txt"), "mine");
    var before = SiteFiles.hashes(site.out());
    IOException e = assertThrows(IOException.class, () -> Stek.build(site.options()));
    assertTrue(e.getMessage().contains("did not write"), e.getMessage());
    assertEquals(before, SiteFiles.hashes(site.out()));
  }
}
