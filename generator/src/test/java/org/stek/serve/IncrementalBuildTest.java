package org.stek.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildOptions;
import org.stek.Stek;
import org.stek.TestSite;
import org.stek.report.Problem;

/**
 * The preview's incremental rebuilds of the sample site, through the watcher as an author makes
 * them: after each, the served folder equals a full build byte for byte.
 */
class IncrementalBuildTest {
  @TempDir Path dir;
  private Path content;
  private BuildOptions options;
  private PreviewServer server;

  @BeforeEach
  void start() throws IOException {
    content = dir.resolve("content");
    TestSite.copyTree(TestSite.REPO.resolve("content"), content);
    options =
        new BuildOptions(
            content,
            TestSite.REPO.resolve("themes/default"),
            dir.resolve("preview/site"),
            false,
            TestSite.TODAY);
    server = new PreviewServer(options, "127.0.0.1", 0);
    assertTrue(server.start().ok());
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  @Test
  void editingACardsBodyEqualsAFullBuild() throws Exception {
    // Words of the same length keep the offline archive's size (shown on every page) at its label:
    // a longer text may move the label, which rightly makes the preview build everything.
    BuildState s =
        edit(
            "practices/klassen-meetups.md",
            t -> t.replace("regionale bijeenkomsten", "plaatselijke ontmoeting"));
    assertIncremental(s);
    assertTrue(
        Files.readString(dir.resolve("preview/site/practices/klassen-meetups.html"))
            .contains("plaatselijke ontmoeting"));
    assertSameAsFullBuild();
    // A second edit builds on the first one's state.
    assertIncremental(edit("practices/klassen-meetups.md", t -> t.replace("meet-ups", "meetups")));
    assertSameAsFullBuild();
  }

  @Test
  void changingACardsThemesEqualsAFullBuild() throws Exception {
    BuildState s =
        edit(
            "practices/klassen-meetups.md",
            t ->
                t.replace(
                    "themes: [kansengelijkheid, samenwerking, onderwijs]",
                    "themes: [kansengelijkheid, samenwerking, welzijn]"));
    assertIncremental(s);
    assertSameAsFullBuild();
  }

  @Test
  void aContentErrorThenItsFixEqualsAFullBuild() throws Exception {
    String card = "practices/klassen-meetups.md";
    String good = Files.readString(content.resolve(card));
    BuildState bad = edit(card, t -> t.replace("themes: [kansengelijkheid,", "themes: [kansen,"));
    assertFalse(bad.ok());
    List<String> expected = Stek.check(options).problems().stream().map(Problem::format).toList();
    assertEquals(expected, bad.problems().stream().map(Problem::format).toList());
    BuildState fixed = edit(card, t -> good.replace("Kansenongelijkheid is", "Ongelijkheid is"));
    assertIncremental(fixed);
    assertSameAsFullBuild();
  }

  private BuildState edit(String card, java.util.function.UnaryOperator<String> change)
      throws Exception {
    long gen = server.rebuilder().state().generation();
    Path f = content.resolve(card);
    Files.writeString(
        f, change.apply(Files.readString(f, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    return PreviewServerTest.waitForBuild(server, gen);
  }

  private static void assertIncremental(BuildState s) {
    assertTrue(s.ok(), s.problems().toString());
    assertFalse(s.stages().containsKey("config"), "incremental, not full: " + s.stages());
    assertTrue(s.stages().containsKey("archive"), "only changed files written: " + s.stages());
    assertFalse(s.stages().containsKey("label-moved"), "the archive label stayed: " + s.stages());
  }

  private void assertSameAsFullBuild() throws IOException {
    Path full = dir.resolve("full/site");
    assertFalse(Stek.build(options.withOut(full)).hasErrors());
    TreeMap<String, byte[]> a = PreviewServerTest.tree(full);
    TreeMap<String, byte[]> b = PreviewServerTest.tree(dir.resolve("preview/site"));
    assertEquals(a.keySet(), b.keySet());
    List<String> differ = new ArrayList<>();
    for (String f : a.keySet()) if (!Arrays.equals(a.get(f), b.get(f))) differ.add(f);
    assertEquals(List.of(), differ, "files that differ from a full build");
  }
}
