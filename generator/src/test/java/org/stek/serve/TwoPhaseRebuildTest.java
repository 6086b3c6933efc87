package org.stek.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildOptions;
import org.stek.Stek;
import org.stek.TestSite;
import org.stek.report.Problem;

/**
 * Edits that come while a second phase still runs, on the sample site, driven step by step (no
 * watcher): an abandoned second phase loses nothing, and the end is a full build's bytes.
 */
class TwoPhaseRebuildTest {
  private static final String A = "practices/klassen-meetups.md";
  private static final String B = "practices/de-kracht-van-het-team.md";

  @TempDir Path dir;
  private Path content;
  private BuildOptions options;

  @BeforeEach
  void copy() throws IOException {
    options = IncrementalBuildTest.sample(dir);
    content = options.content();
  }

  @Test
  void aSecondPhaseAbandonedAtAnyStageBoundaryLosesNothing() throws Exception {
    try (IncrementalBuild build = new IncrementalBuild(options)) {
      assertTrue(build.build(null, TestSite.TODAY).result().written());
      // Boundaries: the start, after the index, after related and search, before each page is
      // rendered, and before anything is kept.
      assertTrue(step(build, A, t -> t.replace("Klassen organiseert", "Ronde0 organiseert")));
      AtomicInteger count = new AtomicInteger();
      assertNotNull(build.complete(() -> count.incrementAndGet() < 0));
      int boundaries = count.get();
      assertTrue(boundaries > 4 + 13, "a boundary per page: " + boundaries);
      for (int at : new int[] {1, 2, 3, 4, boundaries / 2, boundaries}) {
        String word = "Ronde" + at;
        assertTrue(
            step(build, A, t -> t.replaceFirst("Ronde\\d+ organiseert", word + " organiseert")));
        assertTrue(served(A).contains(word), "the first phase shows the edit");
        AtomicInteger seen = new AtomicInteger();
        assertNull(build.complete(() -> seen.incrementAndGet() == at), "abandoned at " + at);
        // a second edit before the second phase ran again: both are kept
        assertTrue(step(build, B, t -> t.replace("gemotiveerd", "gemotiveerd " + at)));
        assertNotNull(build.complete(() -> false));
        assertTrue(served(A).contains(word) && served(B).contains("gemotiveerd " + at));
        assertSameAsFullBuild();
        assertNull(build.complete(() -> false), "nothing is owed after a second phase");
      }
    }
  }

  @Test
  void anEditUndoneBeforeItsSecondPhaseLeavesTheSiteAsItWas() throws Exception {
    try (IncrementalBuild build = new IncrementalBuild(options)) {
      assertTrue(build.build(null, TestSite.TODAY).result().written());
      var before = PreviewServerTest.tree(options.out());
      String good = Files.readString(content.resolve(A));
      String title = "Klassen meet-ups over kansenongelijkheid";
      assertTrue(step(build, A, t -> t.replace(title, "Klassen bijeenkomsten")));
      assertEquals(
          1,
          IncrementalBuildTest.differing(before, PreviewServerTest.tree(options.out())).size(),
          "the first phase wrote the card's page");
      assertNull(build.complete(() -> true));
      assertTrue(step(build, A, t -> good));
      assertNotNull(build.complete(() -> false));
      assertEquals(
          List.of(), IncrementalBuildTest.differing(before, PreviewServerTest.tree(options.out())));
    }
  }

  @Test
  void anErrorWhileASecondPhaseIsOwedWritesNothingAndItsFixCompletesBoth() throws Exception {
    try (IncrementalBuild build = new IncrementalBuild(options)) {
      assertTrue(build.build(null, TestSite.TODAY).result().written());
      assertTrue(
          step(build, A, t -> t.replace("regionale bijeenkomsten", "plaatselijke ontmoeting")));
      var before = PreviewServerTest.tree(options.out());
      String good = Files.readString(content.resolve(B));
      edit(B, t -> t.replace("themes: [", "themes: [kansen, "));
      IncrementalBuild.Step bad = build.build(Set.of(content.resolve(B)), TestSite.TODAY);
      assertFalse(bad.result().written());
      assertEquals(checked(), bad.result().problems().stream().map(Problem::format).toList());
      assertEquals(
          List.of(),
          IncrementalBuildTest.differing(before, PreviewServerTest.tree(options.out())),
          "an error writes nothing");
      edit(B, t -> good.replace("gemotiveerd", "bevlogen"));
      assertTrue(step(build, B, t -> t));
      assertNotNull(build.complete(() -> false));
      assertTrue(served(A).contains("plaatselijke ontmoeting") && served(B).contains("bevlogen"));
      assertSameAsFullBuild();
    }
  }

  @Test
  void editsOneAfterTheOtherEndInOneCompleteStateThatIsAFullBuild() throws Exception {
    try (Rebuilder rebuilder = new Rebuilder(options)) {
      List<BuildState> states = new CopyOnWriteArrayList<>();
      rebuilder.onBuild(states::add);
      assertTrue(rebuilder.build().ok());
      edit(A, t -> t.replace("regionale bijeenkomsten", "plaatselijke ontmoeting"));
      BuildState a = rebuilder.rebuild(Set.of(content.resolve(A)));
      assertEquals(BuildState.Phase.VISIBLE, a.phase());
      String good = Files.readString(content.resolve(B));
      edit(B, t -> t.replace("themes: [", "themes: [kansen, "));
      BuildState bad = rebuilder.rebuild(Set.of(content.resolve(B)));
      assertFalse(bad.ok());
      assertEquals(checked(), bad.problems().stream().map(Problem::format).toList());
      edit(B, t -> good.replace("gemotiveerd", "bevlogen"));
      BuildState b = rebuilder.rebuild(Set.of(content.resolve(B)));
      assertEquals(BuildState.Phase.VISIBLE, b.phase());
      BuildState done = PreviewServerTest.waitForBuild(rebuilder, b.generation() - 1);
      assertTrue(done.ok(), done.problems().toString());
      assertEquals(BuildState.Phase.COMPLETE, done.phase());
      // The overlay was never cleared by the first edit's second phase after the error.
      List<BuildState> after = states.subList(states.indexOf(bad), states.size());
      assertEquals(List.of(bad, b, done), after);
      assertTrue(served(A).contains("plaatselijke ontmoeting") && served(B).contains("bevlogen"));
      assertSameAsFullBuild();
    }
  }

  /** Edits {@code card} and builds after it; whether the build is a pending first phase. */
  private boolean step(IncrementalBuild build, String card, UnaryOperator<String> change)
      throws IOException {
    edit(card, change);
    IncrementalBuild.Step s = build.build(Set.of(content.resolve(card)), TestSite.TODAY);
    assertTrue(s.result().written(), s.result().problems().toString());
    return s.pending();
  }

  private void edit(String card, UnaryOperator<String> change) throws IOException {
    Path f = content.resolve(card);
    Files.writeString(
        f, change.apply(Files.readString(f, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  private String served(String card) throws IOException {
    return Files.readString(options.out().resolve(card.replace(".md", ".html")));
  }

  private List<String> checked() throws IOException {
    return Stek.check(options).problems().stream().map(Problem::format).toList();
  }

  private void assertSameAsFullBuild() throws IOException {
    IncrementalBuildTest.assertSameAsFullBuild(options, options.out(), dir.resolve("full/site"));
  }
}
