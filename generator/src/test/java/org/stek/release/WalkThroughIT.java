package org.stek.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Start your own knowledge base" walk-through, as a new user runs it with the
 * packaged jar: init, import the sheet of 30 practices, declare the values the import names, import
 * again, check, and publish by running the publish workflow's own steps.
 */
class WalkThroughIT {
  private static final Path SHEET =
      JarProcess.JAR.getParent().getParent().getParent().resolve("docs/import/praktijken.xlsx");

  @TempDir Path tmp;

  @Test
  void initImportThirtyPracticesCheckAndPublish() throws Exception {
    JarProcess init =
        JarProcess.java(tmp, "-jar", JarProcess.JAR.toString(), "init", "kb", "--title", "Gent");
    assertEquals(0, init.exit(), init.toString());
    Path kb = tmp.resolve("kb");

    JarProcess first = JarProcess.java(kb, "-jar", "stek.jar", "import", SHEET.toString());
    assertEquals(1, first.exit(), first.toString());
    assertTrue(first.err().contains("nothing written"), first.toString());
    Path siteYaml = kb.resolve("content/site.yaml");
    Files.writeString(siteYaml, declare(Files.readString(siteYaml), newValues(first.err())));

    JarProcess second = JarProcess.java(kb, "-jar", "stek.jar", "import", SHEET.toString());
    assertEquals(0, second.exit(), second.toString());
    assertTrue(second.out().contains(": 30 new, 0 updated"), second.toString());

    JarProcess check = JarProcess.java(kb, "-jar", "stek.jar", "check");
    assertEquals(0, check.exit(), check.toString());
    assertTrue(
        check
            .out()
            .contains(
                "31 practices, 1 recommendations, 1 pages, 0 organisations, 0 events checked:"
                    + " 0 errors, 0 warnings"),
        check.toString());

    JsonNode publish =
        new ObjectMapper(new YAMLFactory())
            .readTree(kb.resolve(".github/workflows/publish.yml").toFile());
    for (JsonNode step : publish.path("jobs").path("build").path("steps")) {
      if (!step.has("run")) continue;
      JarProcess run = JarProcess.bash(kb, Map.of(), step.path("run").asText());
      assertEquals(0, run.exit(), run.toString());
    }
    try (Stream<Path> pages = Files.list(kb.resolve("site/practices"))) {
      assertEquals(31, pages.filter(p -> p.toString().endsWith(".html") && !isIndex(p)).count());
    }
    Document card =
        Jsoup.parse(kb.resolve("site/practices/hospiteren-met-kijkwijzer-brussel.html").toFile());
    assertEquals("Hospiteren met een kijkwijzer", card.selectFirst("h1").text());
    assertTrue(card.select("a[href*=themes/samenwerking]").size() > 0, "a theme the user added");
    try (Stream<Path> zips = Files.list(kb.resolve("site/download"))) {
      assertTrue(zips.anyMatch(p -> p.toString().endsWith(".zip")), "the offline archive");
    }
  }

  private static boolean isIndex(Path p) {
    return p.getFileName().toString().matches("index(-\\d+)?\\.html|page-\\d+\\.html");
  }

  /** The lines the import printed for each taxonomy, as the user copies them. */
  private static Map<String, List<String>> newValues(String err) {
    Map<String, List<String>> byTaxonomy = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : err.split("\n")) {
      if (line.matches("  [a-z_]+:")) {
        current = new ArrayList<>();
        byTaxonomy.put(line.strip().replace(":", ""), current);
      } else if (current != null && line.startsWith("      - {key: ")) {
        current.add(line);
      }
    }
    assertTrue(byTaxonomy.size() >= 3, err);
    return byTaxonomy;
  }

  /** Each taxonomy's new lines pasted under its 'values:' in site.yaml. */
  private static String declare(String yaml, Map<String, List<String>> lines) {
    StringBuilder out = new StringBuilder();
    String taxonomy = null;
    for (String line : yaml.split("\n", -1)) {
      out.append(line).append('\n');
      if (line.matches("  [a-z_]+:")) taxonomy = line.strip().replace(":", "");
      if (line.equals("    values:") && lines.containsKey(taxonomy)) {
        for (String v : lines.remove(taxonomy)) out.append(v).append('\n');
      }
    }
    assertTrue(lines.isEmpty(), "every taxonomy found in site.yaml: " + lines.keySet());
    return out.substring(0, out.length() - 1);
  }
}
