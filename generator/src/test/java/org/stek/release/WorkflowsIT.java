package org.stek.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI files stek init writes parse as YAML, use the actions and keys the hosts expect, and the
 * shell commands they run work: run here with bash in a new knowledge base, as the runner would
 * (the "uses:" steps, checkout, setup-java and the Pages upload, are the hosts' own).
 */
class WorkflowsIT {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  @TempDir Path tmp;
  Path kb;

  @BeforeEach
  void init() throws Exception {
    JarProcess init = JarProcess.java(tmp, "-jar", JarProcess.JAR.toString(), "init", "kb");
    assertEquals(0, init.exit(), init.toString());
    kb = tmp.resolve("kb");
  }

  /** One key of every step of a GitHub workflow's job that has it (run: or uses:), in order. */
  private List<String> steps(String workflow, String job, String key) throws Exception {
    JsonNode steps =
        YAML.readTree(kb.resolve(".github/workflows/" + workflow).toFile())
            .path("jobs")
            .path(job)
            .path("steps");
    List<String> found = new ArrayList<>();
    for (JsonNode s : steps) if (s.has(key)) found.add(s.get(key).asText());
    return found;
  }

  private List<String> githubRuns(String workflow, String job) throws Exception {
    return steps(workflow, job, "run");
  }

  private List<String> uses(String workflow, String job) throws Exception {
    return steps(workflow, job, "uses");
  }

  private JarProcess runAll(List<String> commands, Map<String, String> env) throws Exception {
    assertFalse(commands.isEmpty());
    return JarProcess.bash(kb, env, String.join("\n", commands));
  }

  private void breakACard() throws Exception {
    Path card = kb.resolve("content/practices/voorbeeldpraktijk.md");
    Files.writeString(
        card, Files.readString(card).replace("themes: [ouders, onderwijs]", "themes: [ouderz]"));
  }

  @Test
  void gitHubChecksPullRequestsWithAnnotations() throws Exception {
    JsonNode wf = YAML.readTree(kb.resolve(".github/workflows/check.yml").toFile());
    assertTrue(wf.path("on").has("pull_request"), wf.toString());
    assertEquals(
        List.of("actions/checkout@v4", "actions/setup-java@v4"), uses("check.yml", "check"));
    List<String> runs = githubRuns("check.yml", "check");
    Map<String, String> runner = Map.of("GITHUB_ACTIONS", "true");
    JarProcess clean = runAll(runs, runner);
    assertEquals(0, clean.exit(), clean.toString());
    assertEquals("", clean.out(), "no annotations for a clean knowledge base");

    breakACard();
    JarProcess broken = runAll(runs, runner);
    assertEquals(1, broken.exit(), broken.toString());
    assertTrue(
        broken.out().startsWith("::error file=content/practices/voorbeeldpraktijk.md,line=4,col="),
        broken.toString());
    assertTrue(broken.out().contains("did you mean 'ouders'?"), broken.toString());
  }

  @Test
  void gitHubPublishesTheSiteWithItsArchiveToPages() throws Exception {
    JsonNode wf = YAML.readTree(kb.resolve(".github/workflows/publish.yml").toFile());
    assertEquals("main", wf.path("on").path("push").path("branches").get(0).asText());
    assertEquals("write", wf.path("permissions").path("pages").asText());
    assertEquals("write", wf.path("permissions").path("id-token").asText());
    List<String> uses = uses("publish.yml", "build");
    assertEquals("actions/upload-pages-artifact@v3", uses.get(uses.size() - 1));
    JsonNode upload = wf.path("jobs").path("build").path("steps");
    String uploaded = upload.get(upload.size() - 1).path("with").path("path").asText();
    assertEquals(List.of("actions/deploy-pages@v4"), uses("publish.yml", "deploy"));

    JarProcess build = runAll(githubRuns("publish.yml", "build"), Map.of("GITHUB_ACTIONS", "true"));
    assertEquals(0, build.exit(), build.toString());
    assertSiteWithArchive(kb.resolve(uploaded));
  }

  @Test
  void gitLabChecksMergeRequestsAndPublishesPages() throws Exception {
    JsonNode ci = YAML.readTree(kb.resolve(".gitlab-ci.yml").toFile());
    JsonNode check = ci.path("check");
    assertEquals(
        "$CI_PIPELINE_SOURCE == \"merge_request_event\"",
        check.path("rules").get(0).path("if").asText());
    String report = check.path("artifacts").path("reports").path("codequality").asText();
    List<String> script = new ArrayList<>();
    check.path("script").forEach(s -> script.add(s.asText()));

    JarProcess clean = runAll(script, Map.of());
    assertEquals(0, clean.exit(), clean.toString());
    assertEquals(0, YAML.readTree(kb.resolve(report).toFile()).size());

    breakACard();
    JarProcess broken = runAll(script, Map.of());
    assertEquals(1, broken.exit(), broken.toString());
    assertTrue(
        broken.err().contains("content/practices/voorbeeldpraktijk.md:4:"), broken.toString());
    JsonNode issues = new ObjectMapper().readTree(kb.resolve(report).toFile());
    assertEquals(1, issues.size(), issues.toString());
    JsonNode issue = issues.get(0);
    assertEquals(
        "content/practices/voorbeeldpraktijk.md", issue.path("location").path("path").asText());
    assertEquals(4, issue.path("location").path("lines").path("begin").asInt());
    assertEquals("major", issue.path("severity").asText());
    assertEquals(32, issue.path("fingerprint").asText().length());
    assertTrue(issue.path("description").asText().contains("ouders"), issue.toString());

    JsonNode pages = ci.path("pages");
    assertEquals(
        "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", pages.path("rules").get(0).path("if").asText());
    assertEquals("public", pages.path("artifacts").path("paths").get(0).asText());
    Files.writeString(
        kb.resolve("content/practices/voorbeeldpraktijk.md"),
        Files.readString(kb.resolve("content/practices/voorbeeldpraktijk.md"))
            .replace("themes: [ouderz]", "themes: [ouders]"));
    List<String> build = new ArrayList<>();
    pages.path("script").forEach(s -> build.add(s.asText()));
    JarProcess built = runAll(build, Map.of());
    assertEquals(0, built.exit(), built.toString());
    assertSiteWithArchive(kb.resolve("public"));
  }

  private static void assertSiteWithArchive(Path site) throws Exception {
    assertTrue(Files.isRegularFile(site.resolve("index.html")), site + " has no index.html");
    assertTrue(Files.isRegularFile(site.resolve("practices/voorbeeldpraktijk.html")));
    Path zip;
    try (var files = Files.list(site.resolve("download"))) {
      zip = files.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
    }
    try (ZipFile z = new ZipFile(zip.toFile())) {
      assertTrue(
          z.stream().anyMatch(e -> e.getName().endsWith("/practices/voorbeeldpraktijk.html")));
    }
  }
}
