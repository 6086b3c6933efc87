package org.stek.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems collected, ordered, counted and written as lines, as JSON and for GitLab. */
class ProblemsJsonTest {
  static final Path CARD = Path.of("content/practices/a.md");

  final Problems problems = new Problems();

  ProblemsJsonTest() {
    problems.warning(CARD, 7, 3, "the summary is long", "keep it short");
    problems.error(CARD, 2, 8, "'title' must be text", null);
    problems.error(Path.of("content/site.yaml"), 0, 0, "site.yaml is missing", "");
  }

  @Test
  void problemsAreSortedByFileLineAndColumnAndCounted() {
    assertEquals(
        List.of(
            "content/practices/a.md:2:8: error: 'title' must be text",
            "content/practices/a.md:7:3: warning: the summary is long (keep it short)",
            "content/site.yaml:1:1: error: site.yaml is missing"),
        problems.sorted().stream().map(Problem::toString).toList(),
        "an unknown position is 1:1, an empty hint is left out");
    assertEquals(2, problems.count(Severity.ERROR));
    assertEquals(1, problems.count(Severity.WARNING));
    assertTrue(problems.hasErrors());
    Problems warningsOnly = new Problems();
    warningsOnly.warning(CARD, 1, 1, "a warning", null);
    assertFalse(warningsOnly.hasErrors());
    assertEquals(0, warningsOnly.count(Severity.ERROR));
  }

  @Test
  void json() {
    JsonNode j = ProblemsJson.of(problems.sorted());
    assertEquals(2, j.get("errors").asInt());
    assertEquals(1, j.get("warnings").asInt());
    JsonNode warning = j.get("problems").get(1);
    assertEquals("content/practices/a.md", warning.get("file").asText());
    assertEquals(7, warning.get("line").asInt());
    assertEquals(3, warning.get("column").asInt());
    assertEquals("warning", warning.get("severity").asText());
    assertEquals("keep it short", warning.get("hint").asText());
    assertTrue(j.get("problems").get(0).get("hint").isNull(), "no hint: null");
    assertTrue(j.get("problems").get(2).get("hint").isNull(), "an empty hint: null");
    assertTrue(ProblemsJson.text(problems.sorted()).endsWith("}\n"));
  }

  @Test
  void gitlabCodeQuality() {
    JsonNode q = ProblemsJson.codeQuality(problems.sorted(), p -> "kb/" + p.file());
    assertEquals(3, q.size());
    JsonNode error = q.get(0);
    assertEquals("'title' must be text", error.get("description").asText());
    assertEquals("stek-error", error.get("check_name").asText());
    assertEquals("major", error.get("severity").asText());
    assertEquals("kb/content/practices/a.md", error.get("location").get("path").asText());
    assertEquals(2, error.get("location").get("lines").get("begin").asInt());
    JsonNode warning = q.get(1);
    assertEquals("the summary is long (keep it short)", warning.get("description").asText());
    assertEquals("stek-warning", warning.get("check_name").asText());
    assertEquals("minor", warning.get("severity").asText());
    assertEquals("site.yaml is missing", q.get(2).get("description").asText());
    // The fingerprint: 32 hex digits, the same for the same problem, another for another.
    String print = error.get("fingerprint").asText();
    assertTrue(print.matches("[0-9a-f]{32}"), print);
    assertEquals(
        print,
        ProblemsJson.codeQuality(problems.sorted(), p -> "kb/" + p.file())
            .get(0)
            .get("fingerprint")
            .asText());
    assertNotEquals(print, warning.get("fingerprint").asText());
  }
}
