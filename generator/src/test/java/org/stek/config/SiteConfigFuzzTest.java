package org.stek.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.stek.BuildResult;
import org.stek.TestSite;
import org.stek.report.Problem;

/**
 * Any bytes as {@code site.yaml}, with one valid card: a build either writes the site or reports
 * problems (each with a message), and never throws; writing is included because names from
 * site.yaml become file names. Runs on the saved inputs (SiteConfigFuzzTestInputs) in `./mvnw
 * verify`; `JAZZER_FUZZ=1` fuzzes it.
 */
class SiteConfigFuzzTest {
  private static final Path DIR = TestSite.tempDir("stek-site-fuzz");

  @FuzzTest(maxDuration = "10m")
  void anySiteYamlBuildsOrIsReported(byte[] yaml) {
    TestSite site = TestSite.in(DIR).bytes("site.yaml", yaml);
    site.practice("a", "Een kaart", "onderwijs", "Tekst.");
    var before = hashes(site.out());
    BuildResult r = site.build();
    for (Problem p : r.problems()) {
      assertFalse(p.message() == null || p.message().isBlank(), p::toString);
      String f = p.file().getFileName().toString();
      assertTrue(f.equals("site.yaml") || f.equals("a.md"), p::toString);
    }
    if (r.hasErrors()) {
      // Nothing written: the previous site (of an earlier input) stays as it was.
      assertEquals(before, hashes(site.out()), "written despite errors");
    } else {
      // Written: the card's page and the home page.
      assertTrue(java.nio.file.Files.isRegularFile(site.out().resolve("practices/a.html")));
      assertTrue(java.nio.file.Files.isRegularFile(site.out().resolve("index.html")));
    }
  }

  private static java.util.Map<String, String> hashes(Path out) {
    return java.nio.file.Files.exists(out) ? org.stek.SiteFiles.hashes(out) : java.util.Map.of();
  }
}
