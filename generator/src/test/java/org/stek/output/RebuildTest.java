package org.stek.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.SiteFiles;
import org.stek.TestSite;

/**
 * A rebuild into an existing site stages unchanged files as links to the previous site's files, and
 * still gives the bytes of a fresh build, the zip included.
 */
class RebuildTest {
  @TempDir Path dir;

  private TestSite site(Path in) {
    return TestSite.in(in)
        .practice("cafe", "Onderwijscafé", "onderwijs", "Ouders praten over school.")
        .practice("klassen", "Klassen", "onderwijs, pesten", "Leraren leren van elkaar.");
  }

  @Test
  void aRebuildOfTheSameContentLinksEveryPageAndChangesNoByte() throws IOException {
    TestSite site = site(dir.resolve("a"));
    site.build();
    Map<String, String> first = SiteFiles.hashes(site.out());
    Object inode = inode(site.out().resolve("practices/cafe.html"));
    Object css = inode(site.out().resolve("assets/stek.css"));
    Object download = inode(site.out().resolve("download/index.html"));

    assertTrue(site.build().written());

    assertEquals(first, SiteFiles.hashes(site.out()));
    assertEquals(inode, inode(site.out().resolve("practices/cafe.html")), "linked, not written");
    assertEquals(css, inode(site.out().resolve("assets/stek.css")), "a copied asset too");
    assertEquals(
        download, inode(site.out().resolve("download/index.html")), "the same download page");
  }

  @Test
  void aRebuildAfterAnEditGivesTheBytesOfAFreshBuildZipIncluded() throws IOException {
    TestSite site = site(dir.resolve("a"));
    site.build();
    byte[] before = Files.readAllBytes(site.out().resolve("download/testbank.zip"));
    Object inode = inode(site.out().resolve("practices/klassen.html"));
    site.practice("cafe", "Onderwijscafé", "onderwijs", "Ouders en leraren praten over school.");
    site.build();
    TestSite fresh = site(dir.resolve("b"));
    fresh.practice("cafe", "Onderwijscafé", "onderwijs", "Ouders en leraren praten over school.");
    fresh.build();

    byte[] zip = Files.readAllBytes(site.out().resolve("download/testbank.zip"));
    assertNotEquals(sha(before), sha(zip), "the edit is in the zip");
    assertArrayEquals(Files.readAllBytes(fresh.out().resolve("download/testbank.zip")), zip);
    assertEquals(SiteFiles.hashes(fresh.out()), SiteFiles.hashes(site.out()));
    assertEquals(inode, inode(site.out().resolve("practices/klassen.html")), "still linked");
  }

  private static String sha(byte[] b) {
    return SiteArchiveTest.sha256(b);
  }

  private static Object inode(Path f) throws IOException {
    return Files.getAttribute(f, "unix:ino");
  }
}
