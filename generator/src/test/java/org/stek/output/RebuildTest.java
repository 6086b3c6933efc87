package org.stek.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.SiteFiles;
import org.stek.TestSite;

/**
 * A rebuild into an existing site stages unchanged files as links to the previous site's files, and
 * still gives the bytes of a fresh build, also when the archive's size, shown on every page, moves.
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

    assertTrue(site.build().written());

    assertEquals(first, SiteFiles.hashes(site.out()));
    assertEquals(inode, inode(site.out().resolve("practices/cafe.html")), "linked, not written");
    assertEquals(css, inode(site.out().resolve("assets/stek.css")), "a copied asset too");
  }

  @Test
  void whenTheSizeMovesEveryPageShowsTheNewSizeAsAFreshBuildDoes() throws IOException {
    TestSite site = site(dir.resolve("a"));
    site.build();
    String before = footerSize(site.out());
    Path cafe = site.out().resolve("practices/cafe.html");
    byte[] cafeBefore = Files.readAllBytes(cafe);
    Object inode = inode(cafe);

    // An image that does not deflate makes the archive much bigger; the cards are unchanged.
    byte[] noise = new byte[400_000];
    new Random(3).nextBytes(noise);
    site.bytes("practices/foto.png", noise);
    site.build();

    String after = footerSize(site.out());
    assertNotEquals(before, after);
    assertNotEquals(inode, inode(cafe), "a relabelled page is a new file");
    assertNotEquals(new String(cafeBefore, StandardCharsets.UTF_8), Files.readString(cafe));
    TestSite fresh = site(dir.resolve("b")).bytes("practices/foto.png", noise);
    fresh.build();
    assertEquals(SiteFiles.hashes(fresh.out()), SiteFiles.hashes(site.out()));
  }

  @Test
  void relabellingAStagedPageLeavesThePreviousSitesPageAsItWas() throws IOException {
    Path out = dir.resolve("site");
    Files.createDirectories(out);
    Files.writeString(out.resolve(OutputGuard.MARKER), "");
    String page = "<p>zip, 12 kB</p>";
    Files.writeString(out.resolve("index.html"), page);

    try (StagedOutput staged = new StagedOutput(out, new SizeLabel("12 kB"))) {
      staged.write(
          "index.html",
          ("<p>zip, " + SiteArchive.SIZE_MARKER + "</p>").getBytes(StandardCharsets.UTF_8));
      assertEquals(inode(out.resolve("index.html")), inode(staged.staging().resolve("index.html")));
      SiteArchive.write(staged, "kb", size -> size + " B");
      assertEquals(page, Files.readString(out.resolve("index.html")), "the live page is untouched");
      String relabelled = Files.readString(staged.staging().resolve("index.html"));
      assertTrue(relabelled.matches("<p>zip, \\d+ B</p>"), relabelled);
    }
  }

  private static Object inode(Path f) throws IOException {
    return Files.getAttribute(f, "unix:ino");
  }

  private static String footerSize(Path out) throws IOException {
    return Jsoup.parse(out.resolve("practices/cafe.html").toFile()).select("a[download]").text();
  }
}
