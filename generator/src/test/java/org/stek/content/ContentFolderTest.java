package org.stek.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.TestSite;
import org.stek.config.SiteConfig;
import org.stek.config.SiteConfigLoader;
import org.stek.report.Problem;
import org.stek.report.Problems;

/**
 * A content folder as {@link ContentLoader} reads it: which files are cards and which are assets,
 * and the problems of the folder and of the cards together (names the site uses itself, sizes,
 * links, files the cards name that do not exist), each at its file.
 */
class ContentFolderTest {
  @TempDir Path dir;

  /** What loading the folder found: its files, its cards, its problems relative to it. */
  private record Loaded(
      ContentLoader.ContentFiles files, KnowledgeBase kb, List<String> problems) {}

  private Loaded load(TestSite site, boolean drafts) {
    Problems found = new Problems();
    SiteConfig config = SiteConfigLoader.load(site.content(), found);
    ContentLoader loader = new ContentLoader(config, drafts, TestSite.TODAY);
    ContentLoader.ContentFiles files = loader.files(site.content(), found);
    List<Card> cards = new ArrayList<>();
    for (Path f : files.cards()) {
      Card c = loader.card(site.content(), f, found);
      if (c != null) cards.add(c);
    }
    KnowledgeBase kb = loader.knowledgeBase(site.content(), cards, files.assets(), found);
    List<String> lines = new ArrayList<>();
    for (Problem p : found.sorted()) lines.add(p.format().replace(site.content() + "/", ""));
    return new Loaded(files, kb, lines);
  }

  private TestSite site() {
    return TestSite.in(dir).file("practices/a.md", CardFixture.text("valid.md"));
  }

  @Test
  void cardsAreSortedAndEveryOtherFileIsAnAsset() throws IOException {
    TestSite site =
        site()
            .file("recommendations/r.md", CardFixture.text("recommendation-missing-practice.md"))
            .file(
                "pages/over.md",
                "---\ntitle: Over ons\nsummary: Wie wij zijn.\nmenu: 3\n---\nWij.\n")
            .file("organisations/de-linde.md", CardFixture.text("organisation-valid.md"))
            .file("practices/foto.svg", CardFixture.text("foto.svg"))
            .file("practices/.verborgen.md", "geen kaart")
            .file(".git/config", "[core]")
            .file("practices/b.md", CardFixture.text("draft.md"));
    Loaded l = load(site, false);
    assertEquals(
        List.of(
            "organisations/de-linde.md",
            "pages/over.md",
            "practices/a.md",
            "practices/b.md",
            "recommendations/r.md"),
        l.files().cards().stream().map(p -> ContentLoader.relative(site.content(), p)).toList());
    assertEquals(List.of("practices/foto.svg"), l.files().assets());
    assertEquals(
        List.of("a"), l.kb().practices().stream().map(Practice::slug).toList(), "no draft");
    Page over = l.kb().pages().get(0);
    assertEquals(
        List.of("over", "Over ons", "Wie wij zijn.", 3, false),
        List.of(over.slug(), over.title(), over.summary(), over.menu(), over.draft()));
    assertEquals("Basisschool De Linde", l.kb().organisations().get(0).title());
    assertEquals(
        List.of(
            "organisations/de-linde.md:7:9: error: site.yaml names no taxonomy for what"
                + " organisations offers (add to site.yaml: organisations: {offers: <taxonomy key>})",
            "organisations/de-linde.md:8:8: error: site.yaml names no taxonomy for what"
                + " organisations seeks (add to site.yaml: organisations: {seeks: <taxonomy key>})",
            "recommendations/r.md:5:13: error: no practice 'valid' exists (expected one of: a)",
            "recommendations/r.md:5:20: error: no practice 'onderwijscafe' exists"
                + " (expected one of: a)"),
        l.problems());
    assertEquals(2, load(site, true).kb().practices().size(), "with drafts");
  }
}
