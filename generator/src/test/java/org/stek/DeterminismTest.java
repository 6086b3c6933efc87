package org.stek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same input give the same files with the same bytes. */
class DeterminismTest {
  @TempDir Path dir;

  @Test
  void twoBuildsAreByteIdentical() throws Exception {
    TestSite site = GeneratedSite.write(dir);
    BuildResult first = Stek.build(site.options().withOut(dir.resolve("one")));
    // The second build runs its parallel stages on one thread: the bytes must not depend on it.
    BuildResult second = oneThread(() -> Stek.build(site.options().withOut(dir.resolve("two"))));
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

  /** Parallel streams started inside a fork-join pool run in that pool. */
  private static BuildResult oneThread(Callable<BuildResult> build) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      return pool.submit(build).get();
    } finally {
      pool.shutdown();
    }
  }
}
