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

  /**
   * The bytes do not depend on the machine's time zone or language: the same site built by {@code
   * stek build} in JVMs set to UTC and English, to Kiritimati (UTC+14) and Turkish (whose dotless ı
   * breaks careless lower-casing), and to Adak (UTC-10) and German (decimal commas) is the same.
   */
  @Test
  void buildsInOtherTimeZonesAndLocalesAreByteIdentical() throws Exception {
    TestSite site = GeneratedSite.write(dir);
    String[][] settings = {
      {"UTC", "en", "US"}, {"Pacific/Kiritimati", "tr", "TR"}, {"America/Adak", "de", "DE"}
    };
    Map<String, String> first = null;
    for (String[] s : settings) {
      Path out = dir.resolve("out-" + s[1]);
      build(
          site,
          out,
          "-Duser.timezone=" + s[0],
          "-Duser.language=" + s[1],
          "-Duser.country=" + s[2]);
      Map<String, String> files = SiteFiles.hashes(out);
      if (first == null) {
        first = files;
        assertTrue(files.keySet().stream().anyMatch(f -> f.endsWith(".zip")), "with the archive");
        continue;
      }
      assertEquals(first.keySet(), files.keySet(), s[0]);
      for (String f : first.keySet())
        assertEquals(first.get(f), files.get(f), f + " differs in " + String.join(" ", s));
    }
  }

  /** Runs {@code stek build} on the site in a JVM of its own with these options. */
  private static void build(TestSite site, Path out, String... jvm) throws Exception {
    java.util.List<String> cmd =
        TestSite.stekCommand(
            java.util.List.of(jvm),
            "build",
            "--content",
            site.content().toString(),
            "--theme",
            TestSite.REPO.resolve("themes/default").toString(),
            "--out",
            out.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), log);
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
