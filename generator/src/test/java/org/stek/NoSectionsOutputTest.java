package org.stek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site that declares no sections, no rating provenance, no attachments, no profiles and no
 * synonyms builds exactly as recorded in {@code golden/no-sections.sha256}, but the theme's own
 * files ({@code assets/}) and the download folder (the zip holds them). It first held the features
 * of sections, provenance and attachments to main's output before them; now it holds every refactor
 * to byte-identical output. When a change is meant to alter these pages, record them again with
 * {@code -Dstek.golden=update} and say why in the commit.
 */
class NoSectionsOutputTest {
  private static final Path GOLDEN =
      TestSite.REPO.resolve("generator/src/test/resources/org/stek/golden/no-sections.sha256");

  @TempDir Path dir;

  @Test
  void aSiteWithoutTheNewFeaturesBuildsByteIdenticalToMain() throws IOException {
    BuildResult r = GeneratedSite.write(dir).build();
    assertFalse(r.hasErrors(), r.problems().toString());
    Map<String, String> now = SiteFiles.hashes(dir.resolve("site"));
    now.keySet().removeIf(f -> f.startsWith("assets/") || f.startsWith("download/"));
    if ("update".equals(System.getProperty("stek.golden"))) {
      StringBuilder s = new StringBuilder();
      now.forEach((f, h) -> s.append(h).append("  ").append(f).append('\n'));
      Files.writeString(GOLDEN, s, StandardCharsets.UTF_8);
    }
    Map<String, String> golden = new TreeMap<>();
    for (String line : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
      golden.put(line.substring(66), line.substring(0, 64));
    }
    golden.keySet().removeIf(f -> f.startsWith("assets/") || f.startsWith("download/"));
    assertEquals(golden.keySet(), now.keySet(), "the same files");
    List<String> differ =
        golden.keySet().stream().filter(f -> !golden.get(f).equals(now.get(f))).toList();
    assertEquals(List.of(), differ, "files that differ from the recorded ones");
  }
}
