package org.stek.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * them: the first phase serves the edit, and after the second the served folder equals a full build
 * byte for byte.
 */
class IncrementalBuildTest {
  private static final String CARD = "practices/klassen-meetups.md";
  private static final String PAGE = "practices/klassen-meetups.html";

  @TempDir Path dir;
  private Path content;
  private BuildOptions options;
  private PreviewServer server;

  /** Every state the server published, and the served folder as each first phase left it. */
  private final List<BuildState> states = new java.util.concurrent.CopyOnWriteArrayList<>();

  private final Map<Long, TreeMap<String, byte[]>> visible = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws IOException {
    options = sample(dir);
    content = options.content();
    server = new PreviewServer(options, "127.0.0.1", 0);
    server
        .rebuilder()
        .onBuild(
            s -> {
              states.add(s);
              // listeners run before the second phase starts: this is the first phase's folder
              if (s.phase() == BuildState.Phase.VISIBLE) visible.put(s.generation(), served());
            });
    assertTrue(server.start().ok());
  }

  /**
   * A copy of the sample site's content in {@code dir}, previewed into {@code dir/preview/site}.
   */
  static BuildOptions sample(Path dir) throws IOException {
    Path content = dir.resolve("content");
    TestSite.copyTree(TestSite.REPO.resolve("content"), content);
    return new BuildOptions(
        content,
        TestSite.REPO.resolve("themes/default"),
        dir.resolve("preview/site"),
        false,
        TestSite.TODAY);
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  @Test
  void editingACardsBodyEqualsAFullBuild() throws Exception {
    TreeMap<String, byte[]> before = served();
    BuildState s = edit(CARD, t -> t.replace("regionale bijeenkomsten", "plaatselijke ontmoeting"));
    assertIncremental(s);
    // The first phase wrote the card's page alone, with the edit and its related practices kept.
    TreeMap<String, byte[]> first = firstPhase(s);
    assertEquals(List.of(PAGE), differing(before, first));
    Document page = page(first, PAGE);
    assertTrue(page.select("main").text().contains("plaatselijke ontmoeting"), page.text());
    assertEquals(related(page(before, PAGE)), related(page));
    assertFalse(related(page).isEmpty(), "the card has related practices");
    // The second phase's new words are in the search shards: a second reload.
    assertEquals(s.generation(), generationOf(BuildState.Phase.VISIBLE, s) + 1);
    assertSameAsFullBuild();
    // A second edit builds on the first one's state.
    assertIncremental(edit(CARD, t -> t.replace("meet-ups", "meetups")));
    assertSameAsFullBuild();
  }

  @Test
  void aSecondPhaseThatChangesNothingShownSendsNoSecondReload() throws Exception {
    // Emphasis changes the page but not its words: search, related and listings stay as they were.
    BuildState s =
        edit(CARD, t -> t.replace("regionale bijeenkomsten", "*regionale* bijeenkomsten"));
    assertIncremental(s);
    assertEquals(BuildState.Phase.COMPLETE, s.phase());
    assertEquals(s.generation(), generationOf(BuildState.Phase.VISIBLE, s), "one reload");
    TreeMap<String, byte[]> first = firstPhase(s);
    assertEquals("regionale", page(first, PAGE).select("main em").text());
    assertArrayEquals(first.get(PAGE), served().get(PAGE), "the first phase's page is final");
    assertSameAsFullBuild();
  }

  @Test
  void aRecommendationsAndAContentPagesFirstPhaseIsTheirFinalPage() throws Exception {
    for (String card :
        List.of("recommendations/aanspreekpunt-inclusief-onderwijs.md", "pages/over.md")) {
      TreeMap<String, byte[]> before = served();
      String url = org.stek.content.Urls.ofCard(card);
      // the first paragraph's first word in emphasis: the same words everywhere
      BuildState s = edit(card, t -> t.replaceFirst("(?m)^([A-Z][a-z]+) ", "*$1* "));
      assertIncremental(s);
      TreeMap<String, byte[]> first = firstPhase(s);
      assertEquals(List.of(url), differing(before, first));
      assertFalse(page(first, url).select("main em").isEmpty(), url);
      assertArrayEquals(first.get(url), served().get(url), url);
      assertSameAsFullBuild();
    }
  }

  @Test
  void aNewTitleIsOnTheCardsPageInTheFirstPhaseAndOnTheListingsOnceComplete() throws Exception {
    TreeMap<String, byte[]> before = served();
    String title = "Klassen meet-ups over kansenongelijkheid";
    String renamed = "Klassen bijeenkomsten over ongelijkheid";
    BuildState s = edit(CARD, t -> t.replace(title, renamed));
    assertIncremental(s);
    TreeMap<String, byte[]> first = firstPhase(s);
    assertEquals(List.of(PAGE), differing(before, first), "the first phase writes the card's page");
    assertTrue(page(first, PAGE).select("h1").text().contains(renamed));
    TreeMap<String, byte[]> done = served();
    for (String listing : List.of("practices/index.html", "themes/onderwijs.html")) {
      assertFalse(page(first, listing).text().contains(renamed), listing + " after phase 1");
      assertTrue(page(done, listing).text().contains(renamed), listing + " once complete");
    }
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
    String card = CARD;
    String good = Files.readString(content.resolve(card));
    TreeMap<String, byte[]> before = served();
    BuildState bad = edit(card, t -> t.replace("themes: [kansengelijkheid,", "themes: [kansen,"));
    assertFalse(bad.ok());
    assertEquals(List.of(), differing(before, served()), "an error writes nothing");
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
    BuildState s = PreviewServerTest.waitForBuild(server, gen);
    // The state is set before the listeners run: wait for ours to have seen it.
    for (int i = 0; i < 3000 && !states.contains(s); i++) Thread.sleep(10);
    return s;
  }

  private TreeMap<String, byte[]> served() {
    try {
      return PreviewServerTest.tree(dir.resolve("preview/site"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The served folder as the first phase of the build that ended in {@code s} left it. */
  private TreeMap<String, byte[]> firstPhase(BuildState s) {
    long gen = generationOf(BuildState.Phase.VISIBLE, s);
    assertTrue(visible.containsKey(gen), "a first phase ran: " + states);
    return visible.get(gen);
  }

  /** The generation of the last state in {@code phase} up to {@code s}. */
  private long generationOf(BuildState.Phase phase, BuildState s) {
    long gen = -1;
    for (BuildState b : states) {
      if (b.phase() == phase) gen = b.generation();
      if (b == s) return gen;
    }
    throw new AssertionError("not published: " + s);
  }

  static List<String> differing(Map<String, byte[]> a, Map<String, byte[]> b) {
    List<String> out = new ArrayList<>();
    java.util.TreeSet<String> all = new java.util.TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    for (String f : all) if (!Arrays.equals(a.get(f), b.get(f))) out.add(f);
    return out;
  }

  private static Document page(Map<String, byte[]> tree, String url) {
    return Jsoup.parse(new String(tree.get(url), StandardCharsets.UTF_8));
  }

  private static List<String> related(Document page) {
    return page.select("section.related a").eachAttr("href");
  }

  private boolean isOtherCard(String url) {
    return !url.equals(PAGE)
        && (url.startsWith("practices/") || url.startsWith("recommendations/"))
        && Files.isRegularFile(content.resolve(url.replace(".html", ".md")));
  }

  private static void assertIncremental(BuildState s) {
    assertTrue(s.ok(), s.problems().toString());
    assertEquals(BuildState.Phase.COMPLETE, s.phase(), "in two phases");
    assertFalse(s.stages().containsKey("config"), "incremental, not full: " + s.stages());
    assertTrue(s.stages().containsKey("archive"), "only changed files written: " + s.stages());
  }

  private void assertSameAsFullBuild() throws IOException {
    assertSameAsFullBuild(options, dir.resolve("preview/site"), dir.resolve("full/site"));
  }

  /** {@code served} holds what a full build of {@code options} into {@code full} writes. */
  static void assertSameAsFullBuild(BuildOptions options, Path served, Path full)
      throws IOException {
    assertFalse(Stek.build(options.withOut(full)).hasErrors());
    TreeMap<String, byte[]> a = PreviewServerTest.tree(full);
    TreeMap<String, byte[]> b = PreviewServerTest.tree(served);
    assertEquals(a.keySet(), b.keySet());
    assertEquals(List.of(), differing(a, b), "files that differ from a full build");
  }
}
