package org.stek.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * stek init, then check and build in the new folder, with nothing but the packaged jar, as a new
 * user does.
 */
class InitIT {
  @TempDir Path tmp;

  @Test
  void initThenCheckThenBuildWithTheJarAlone() throws Exception {
    JarProcess init =
        JarProcess.java(
            tmp, "-jar", JarProcess.JAR.toString(), "init", "kb", "--title", "Kennisbank \"Gent\"");
    assertEquals(0, init.exit(), init.toString());
    Path kb = tmp.resolve("kb");
    for (String f :
        List.of(
            "stek.jar",
            "README.md",
            ".gitignore",
            ".vscode/settings.json",
            ".github/workflows/check.yml",
            ".github/workflows/publish.yml",
            ".gitlab-ci.yml",
            "content/site.yaml",
            "content/practices/voorbeeldpraktijk.md",
            "content/recommendations/voorbeeldaanbeveling.md",
            "content/pages/over.md")) {
      assertTrue(Files.isRegularFile(kb.resolve(f)), f);
    }
    assertEquals(Files.size(JarProcess.JAR), Files.size(kb.resolve("stek.jar")));

    // From here on only the knowledge base's own stek.jar.
    JarProcess check = JarProcess.java(kb, "-jar", "stek.jar", "check");
    assertEquals(0, check.exit(), check.toString());
    assertTrue(
        check
            .out()
            .contains(
                "1 practices, 1 recommendations, 1 pages, 0 organisations, 0 events checked: 0 errors, 0 warnings"),
        check.toString());

    JarProcess build = JarProcess.java(kb, "-jar", "stek.jar", "build");
    assertEquals(0, build.exit(), build.toString());
    Document home = Jsoup.parse(kb.resolve("site/index.html").toFile());
    assertEquals("nl", home.selectFirst("html").attr("lang"));
    assertTrue(home.title().contains("Kennisbank \"Gent\""), home.title());
    Document practice = Jsoup.parse(kb.resolve("site/practices/voorbeeldpraktijk.html").toFile());
    assertTrue(practice.selectFirst("h1").text().startsWith("Voorbeeldpraktijk"), practice.title());
    assertTrue(
        Files.isRegularFile(kb.resolve("site/schema/practice.schema.json")),
        "the schemas .vscode maps");
    try (var zips = Files.list(kb.resolve("site/download"))) {
      assertTrue(zips.anyMatch(p -> p.toString().endsWith(".zip")), "the offline archive");
    }
  }

  @Test
  void refusesAFolderThatIsNotEmpty() throws Exception {
    Path kb = Files.createDirectories(tmp.resolve("kb"));
    Files.writeString(kb.resolve("notes.txt"), "mine");
    JarProcess init = JarProcess.java(tmp, "-jar", JarProcess.JAR.toString(), "init", "kb");
    assertEquals(2, init.exit(), init.toString());
    assertTrue(init.err().contains("is not empty"), init.toString());
    try (var files = Files.list(kb)) {
      assertEquals(List.of(kb.resolve("notes.txt")), files.toList());
    }
  }

  @Test
  void englishKnowledgeBaseWithEverySettingCommented() throws Exception {
    JarProcess init =
        JarProcess.java(tmp, "-jar", JarProcess.JAR.toString(), "init", "kb", "--language", "en");
    assertEquals(0, init.exit(), init.toString());
    Path kb = tmp.resolve("kb");
    String yaml = Files.readString(kb.resolve("content/site.yaml"));
    assertTrue(yaml.contains("\nlanguage: en\n"), yaml);
    assertTrue(yaml.contains("title: \"Knowledge base\""), yaml);
    assertTrue(Files.readString(kb.resolve("README.md")).contains("## Adding a card"));
    // Every setting site.yaml knows is in the file, set or commented out, each under a comment.
    List<String> lines = yaml.lines().toList();
    Pattern key = Pattern.compile("^(\\s*)(?:# ?)?\\s*([a-z_]+):");
    for (String setting :
        List.of(
            "title",
            "tagline",
            "description",
            "language",
            "base_url",
            "contribute",
            "email",
            "repository",
            "url",
            "host",
            "branch",
            "folder",
            "countries",
            "taxonomies",
            "label",
            "field",
            "multiple",
            "values",
            "ratings",
            "levels",
            "limits",
            "card_warning_kb",
            "card_error_kb")) {
      boolean found = false;
      for (int i = 1; i < lines.size(); i++) {
        Matcher m = key.matcher(lines.get(i));
        if (m.find() && m.group(2).equals(setting)) {
          found = true;
          assertTrue(lines.get(i - 1).strip().startsWith("#"), "no comment above " + lines.get(i));
          break;
        }
      }
      assertTrue(found, setting + " is not in site.yaml");
    }
    JarProcess build = JarProcess.java(kb, "-jar", "stek.jar", "build");
    assertEquals(0, build.exit(), build.toString());
    assertEquals(
        "en", Jsoup.parse(kb.resolve("site/index.html").toFile()).selectFirst("html").attr("lang"));
  }

  @Test
  void versionNamesTheRelease() throws Exception {
    JarProcess v = JarProcess.java(tmp, "-jar", JarProcess.JAR.toString(), "--version");
    assertEquals(0, v.exit(), v.toString());
    assertEquals("stek " + System.getProperty("stek.version"), v.out().strip());
    assertFalse(v.out().contains("dev"));
  }
}
