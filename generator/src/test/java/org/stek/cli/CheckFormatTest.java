package org.stek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.TestSite;
import org.stek.report.Problem;

/** Every kind of problem, in each of check's formats. */
class CheckFormatTest {
  @TempDir Path dir;
  private final Map<String, String> env = new HashMap<>();
  private boolean terminal;
  private TestSite site;

  @BeforeEach
  void setUp() {
    CheckCommand.environment = () -> env;
    CheckCommand.terminal = () -> terminal;
    site =
        TestSite.in(dir)
            .practice("klassen", "Klassen", "onderwijs", "Zie [het café](cafe.md).")
            .file(
                "practices/typo.md",
                """
                ---
                title: Typo
                summary: Een kaart vol fouten.
                themes: [onderwjs]
                organisation: School
                reach: 7
                recurrence: 2
                published: 2025-02-30
                colour: blue
                contact: {email: not-an-address}
                image: {file: foto.jpg}
                ---
                Tekst.
                """)
            .file("practices/broken.md", "---\ntitle: [unclosed\n---\n")
            .file(
                "practices/long.md",
                """
                ---
                title: Lang
                summary: "%s"
                themes: [pesten]
                organisation: School
                reach: 1
                recurrence: 1
                published: 2025-01-01
                ---
                """
                    .formatted("x".repeat(320)))
            .file(
                "recommendations/r.md",
                "---\ntitle: R\nsummary: S\npractices: [klassn]\n---\nTekst.\n");
  }

  @AfterEach
  void tearDown() {
    CheckCommand.environment = System::getenv;
    CheckCommand.terminal = () -> System.console() != null;
  }

  private Cli check(String... format) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "check",
                "--content",
                site.content().toString(),
                "--theme",
                TestSite.REPO.resolve("themes/default").toString()));
    args.addAll(List.of(format));
    return Cli.run(args.toArray(String[]::new));
  }

  private List<Problem> expected() {
    List<Problem> p = site.check().problems();
    // the fixture covers these kinds; each must be among the problems
    for (String kind :
        List.of(
            "unknown theme 'onderwjs'",
            "'reach' is 7, outside the scale 1..4",
            "not a real date",
            "unknown field 'colour'",
            "is not an e-mail address",
            "the image has no alt text",
            "invalid YAML",
            "the summary is long",
            "no practice 'klassn' exists",
            "cafe.md")) {
      assertTrue(
          p.stream().anyMatch(x -> x.format().contains(kind)), "no problem " + kind + ": " + p);
    }
    return p;
  }

  @Test
  void textIsPlainWhenNotOnATerminal() {
    Cli r = check("--format", "text");
    assertEquals(1, r.exit());
    List<Problem> problems = expected();
    for (Problem p : problems) assertTrue(r.err().contains(p.format() + "\n"), p.format());
    assertEquals(problems.size(), r.err().lines().count(), r.err());
    assertFalse(r.err().contains("\u001b["), "no colour codes in a pipe");
    assertTrue(r.out().contains("errors, 1 warnings"), r.out());
  }

  @Test
  void textIsColouredOnATerminalUnlessNoColor() {
    terminal = true;
    Cli r = check();
    assertTrue(r.err().contains("\u001b[1;31merror:\u001b[0m unknown theme 'onderwjs'"), r.err());
    assertTrue(r.err().contains("\u001b[1;33mwarning:\u001b[0m the summary is long"), r.err());
    env.put("NO_COLOR", "1");
    assertFalse(check().err().contains("\u001b["));
  }

  @Test
  void jsonListsEveryProblem() throws Exception {
    Cli r = check("--format", "json");
    assertEquals(1, r.exit());
    JsonNode json = new ObjectMapper().readTree(r.out());
    List<Problem> problems = expected();
    assertEquals(problems.size(), json.get("problems").size());
    assertEquals(problems.stream().filter(Problem::isError).count(), json.get("errors").asLong());
    assertEquals(1, json.get("warnings").asInt());
    for (int i = 0; i < problems.size(); i++) {
      Problem p = problems.get(i);
      JsonNode j = json.get("problems").get(i);
      assertEquals(p.file().toString(), j.get("file").asText());
      assertEquals(p.line(), j.get("line").asInt());
      assertEquals(p.column(), j.get("column").asInt());
      assertEquals(p.severity().label(), j.get("severity").asText());
      assertEquals(p.message(), j.get("message").asText());
      assertEquals(p.format(), j.get("text").asText());
    }
    JsonNode theme =
        json.get("problems").findParents("message").stream()
            .filter(n -> n.get("message").asText().equals("unknown theme 'onderwjs'"))
            .findFirst()
            .orElseThrow();
    assertEquals("did you mean 'onderwijs'?", theme.get("hint").asText());
    assertEquals(4, theme.get("line").asInt());
    assertEquals(10, theme.get("column").asInt());
  }

  @Test
  void githubAnnotatesEachProblemAndIsChosenInsideActions() {
    env.put("GITHUB_ACTIONS", "true");
    Cli r = check();
    assertEquals(1, r.exit());
    List<String> lines = r.out().lines().toList();
    List<Problem> problems = expected();
    assertEquals(problems.size(), lines.size(), r.out());
    String typo = ReportFormat.workspacePath(site.content().resolve("practices/typo.md"));
    assertTrue(
        lines.contains(
            "::error file="
                + typo
                + ",line=4,col=10::unknown theme 'onderwjs' (did you mean 'onderwijs'?)"),
        r.out());
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.startsWith("::warning file=") && l.contains("the summary is long")));
    for (String l : lines)
      assertTrue(l.matches("::(error|warning) file=[^,:]+(,line=\\d+(,col=\\d+)?)?::.+"), l);
    assertFalse(r.out().contains("\n\n"));
    // an explicit format wins over the environment
    assertTrue(check("--format", "text").out().contains("checked"));
  }

  @Test
  void cleanSiteExitsZeroEvenWithWarnings() {
    site =
        TestSite.in(dir.resolve("clean"))
            .practice("klassen", "Klassen", "onderwijs", "Tekst.")
            .file(
                "practices/lang.md",
                """
                ---
                title: Lang
                summary: "%s"
                themes: [pesten]
                organisation: School
                reach: 1
                recurrence: 1
                published: 2025-01-01
                ---
                """
                    .formatted("y".repeat(320)));
    for (String f : List.of("text", "json", "github")) {
      Cli r = check("--format", f);
      assertEquals(0, r.exit(), f + ": " + r.err());
    }
  }

  @Test
  void badFormatAndMissingContentAreUsageOrContentErrors() {
    assertEquals(2, check("--format", "xml").exit());
    Cli missing =
        Cli.run(
            "check",
            "--content",
            dir.resolve("nothing").toString(),
            "--format",
            "json",
            "--theme",
            TestSite.REPO.resolve("themes/default").toString());
    assertEquals(1, missing.exit(), missing.err());
  }
}
