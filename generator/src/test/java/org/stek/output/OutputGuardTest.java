package org.stek.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  /**
   * Each of these refusals is the guard's own rule, not the general one for a folder with files
   * Stek did not write: the folders below carry Stek's marker, so only that rule can refuse them.
   */
  @Test
  void refusesTheRoot() throws IOException {
    assertEquals(
        "the output folder cannot be the file-system root",
        OutputGuard.check(Path.of("/"), content(), theme()));
  }

  @Test
  void refusesTheHomeFolderEvenWithStekMarker() throws IOException {
    Path home = ours("home");
    String realHome = System.getProperty("user.home");
    try {
      System.setProperty("user.home", home.toString());
      assertEquals(
          "the output folder cannot be your home folder",
          OutputGuard.check(home, content(), theme()));
      assertNull(OutputGuard.check(home.resolve("site"), content(), theme()));
    } finally {
      System.setProperty("user.home", realHome);
    }
  }

  @Test
  void refusesProjectFoldersEvenWithStekMarker() throws IOException {
    for (String sign : new String[] {".git", "pom.xml"}) {
      Path project = ours("project-" + sign);
      assertNull(OutputGuard.check(project, content(), theme()), "marked, before " + sign);
      Files.createDirectories(project.resolve(".git"));
      if (sign.equals("pom.xml")) {
        Files.delete(project.resolve(".git"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
      }
      String why = OutputGuard.check(project, content(), theme());
      assertEquals("the output folder " + project + " looks like a project folder", why, sign);
    }
  }

  /** A folder that Stek's marker says a build wrote. */
  private Path ours(String name) throws IOException {
    Path p = Files.createDirectories(dir.resolve(name));
    Files.writeString(p.resolve(OutputGuard.MARKER), "");
    return p;
  }

  @Test
  void refusesAFolderWithFilesStekDidNotWrite() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("thesis.docx"), "years of work");
    String why = OutputGuard.check(out, content(), theme());
    assertTrue(why.contains("did not write"), why);
  }

  @Test
  void refusesAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("site.html"), "<p>mine</p>");
    assertEquals(file + " is a file, not a folder", OutputGuard.check(file, content(), theme()));
  }

  /** Without a content or theme folder (a build from a zip, say) only the other rules apply. */
  @Test
  void withoutContentOrThemeFolderTheOtherRulesStillApply() throws IOException {
    assertNull(OutputGuard.check(dir.resolve("new"), null, null));
    assertEquals(
        "the output folder cannot be the file-system root",
        OutputGuard.check(Path.of("/"), null, null));
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
