package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildResult;
import org.stek.TestSite;
import org.stek.Vnu;
import org.stek.report.Problem;

/**
 * Any Markdown gives a valid page: every example of the CommonMark spec and the edge cases of
 * {@code markdown/edge-cases.md}, each the body of a card, built into one site whose card pages all
 * pass vnu. A card whose links name files that do not exist (the spec's {@code /url}) does not
 * build, as in any site; the rest must give valid HTML.
 */
class MarkdownCorpusTest {
  @TempDir Path dir;

  @Test
  void everyCardBuiltFromTheCorpusIsValidHtml() throws IOException {
    Map<String, String> cases = new LinkedHashMap<>();
    commonMarkExamples().forEach((n, md) -> cases.put("spec-" + n, md));
    edgeCases().forEach((n, md) -> cases.put("edge-" + n, md));
    TestSite site = TestSite.in(dir);
    for (var c : cases.entrySet()) site.practice(c.getKey(), c.getKey(), "onderwijs", c.getValue());

    Set<String> refused = new TreeSet<>();
    for (Problem p : site.check().problems()) {
      if (p.isError()) refused.add(slug(p.file()));
    }
    for (String slug : refused) Files.delete(site.content().resolve("practices/" + slug + ".md"));
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());

    List<Path> pages = new ArrayList<>();
    for (String slug : cases.keySet()) {
      if (!refused.contains(slug)) pages.add(site.out().resolve("practices/" + slug + ".html"));
    }
    List<String> errors = new Vnu().errors(site.out(), pages);
    System.out.println(
        "markdown corpus: "
            + cases.size()
            + " cases, "
            + refused.size()
            + " refused (links to files that do not exist), "
            + pages.size()
            + " pages checked, "
            + errors.size()
            + " vnu errors");
    assertTrue(pages.size() > 500, "pages built: " + pages.size());
    for (String slug : List.of("edge-encoded-links", "edge-raw-html-attributes", "spec-481")) {
      assertFalse(refused.contains(slug), slug + " was refused");
    }
    assertEquals("", String.join("\n", errors));
  }

  private static String slug(Path card) {
    String name = card.getFileName().toString();
    return name.substring(0, name.length() - ".md".length());
  }

  /**
   * The examples of the CommonMark spec 0.31.2 (CC-BY-SA 4.0, John MacFarlane; the file holds the
   * spec as published), numbered as the spec numbers them, found as its own tools find them.
   */
  static Map<Integer, String> commonMarkExamples() throws IOException {
    Map<Integer, String> examples = new LinkedHashMap<>();
    commonMarkExamplesWithHtml().forEach((n, e) -> examples.put(n, e[0]));
    return examples;
  }

  /** Each example's Markdown and the HTML the spec gives for it. */
  static Map<Integer, String[]> commonMarkExamplesWithHtml() throws IOException {
    String spec = resource("commonmark-spec-0.31.2.txt");
    spec = spec.substring(0, spec.indexOf("\n<!-- END TESTS -->"));
    Matcher m =
        Pattern.compile("(?m)^`{32} example\\n([\\s\\S]*?)^\\.\\n([\\s\\S]*?)^`{32}$")
            .matcher(spec);
    Map<Integer, String[]> examples = new LinkedHashMap<>();
    while (m.find()) {
      examples.put(
          examples.size() + 1,
          new String[] {m.group(1).replace('→', '\t'), m.group(2).replace('→', '\t')});
    }
    assertEquals(652, examples.size(), "the spec's examples");
    return examples;
  }

  /** Our own cases: each starts with a line {@code %%% name}. */
  static Map<String, String> edgeCases() throws IOException {
    Map<String, String> cases = new LinkedHashMap<>();
    String name = null;
    StringBuilder body = new StringBuilder();
    for (String line : resource("edge-cases.md").split("\n", -1)) {
      if (line.startsWith("%%% ")) {
        if (name != null) cases.put(name, body.toString());
        name = line.substring(4).trim();
        body.setLength(0);
      } else if (name != null) {
        body.append(line).append('\n');
      }
    }
    if (name != null) cases.put(name, body.toString());
    return cases;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = MarkdownCorpusTest.class.getResourceAsStream("/markdown/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
