package org.stek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same input give the same files with the same bytes. */
class DeterminismTest {
  @TempDir Path dir;

  @Test
  void twoBuildsAreByteIdentical() throws IOException {
    TestSite site = GeneratedSite.write(dir);
    BuildResult first = Stek.build(site.options().withOut(dir.resolve("one")));
    BuildResult second = Stek.build(site.options().withOut(dir.resolve("two")));
    assertFalse(first.hasErrors(), first.problems().toString());
    assertFalse(second.hasErrors());

    Map<String, String> one = SiteFiles.hashes(dir.resolve("one"));
    Map<String, String> two = SiteFiles.hashes(dir.resolve("two"));
    assertTrue(one.size() > 20, "a real site: " + one.keySet());
    assertTrue(
        one.containsKey("sitemap.xml") && one.containsKey("feed.xml"), one.keySet().toString());
    assertEquals(one.keySet(), two.keySet());
    for (String f : one.keySet()) assertEquals(one.get(f), two.get(f), f + " differs");
    assertTrue(Files.isRegularFile(dir.resolve("one/practices/foto.svg")));
  }
}
