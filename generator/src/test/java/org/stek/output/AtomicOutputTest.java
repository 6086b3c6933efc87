package org.stek.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildOptions;
import org.stek.BuildResult;
import org.stek.SiteFiles;
import org.stek.Stek;
import org.stek.TestSite;
import org.stek.render.SiteRenderer;

/** A failing build leaves the previous site exactly as it was; a good one replaces it whole. */
class AtomicOutputTest {
  @TempDir Path dir;

  private TestSite goodSite() {
    return TestSite.in(dir)
        .practice("cafe", "Onderwijscafé", "onderwijs", "Ouders praten over school.")
        .practice("klassen", "Klassen", "onderwijs, pesten", "Leraren leren van elkaar.");
  }

  @Test
  void aFailedBuildLeavesTheOldSiteByteIdentical() throws IOException {
    TestSite site = goodSite();
    assertTrue(site.build().written());
    Map<String, String> before = SiteFiles.hashes(site.out());
    assertTrue(before.containsKey("practices/cafe.html"));

    site.file("practices/klassen.md", "---\ntitle: Klassen\nthemes: [onderwjs]\n---\nKapot.\n");
    BuildResult r = site.build();
    assertTrue(r.hasErrors());
    assertFalse(r.written());

    assertEquals(before, SiteFiles.hashes(site.out()));
    assertEquals(List.of("content", "site"), siblings());
  }

  @Test
  void aGoodBuildReplacesTheSiteWholeAndLeavesNoStaging() throws IOException {
    TestSite site = goodSite();
    site.build();
    Files.delete(site.content().resolve("practices/klassen.md"));
    assertTrue(site.build().written());
    Map<String, String> after = SiteFiles.hashes(site.out());
    assertFalse(after.containsKey("practices/klassen.html"), "a removed card leaves no page");
    assertTrue(after.containsKey("practices/cafe.html"));
    assertTrue(after.containsKey(OutputGuard.MARKER));
    assertEquals(List.of("content", "site"), siblings());
  }

  @Test
  void aThemeThatFailsHalfwayLeavesTheOldSiteAndNoStaging() throws IOException {
    TestSite site = goodSite();
    site.build();
    Map<String, String> before = SiteFiles.hashes(site.out());
    Path theme = dir.resolve("content-theme-copy");
    TestSite.copyTree(TestSite.REPO.resolve("themes/default"), theme);
    Path practice = theme.resolve("templates/practice.ftlh");
    Files.writeString(
        practice, Files.readString(practice).replace("${p.title}", "${p.noSuchField}"));
    BuildOptions o = site.options();
    assertThrows(
        SiteRenderer.ThemeException.class,
        () -> Stek.build(new BuildOptions(o.content(), theme, o.out(), false, o.today())));
    assertEquals(before, SiteFiles.hashes(site.out()));
    assertEquals(List.of("content", "content-theme-copy", "site"), siblings());
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
