package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.stek.content.SourceFile;
import org.stek.content.Urls;
import org.stek.report.Problem;
import org.stek.report.Problems;

/**
 * What rendering a body hands on besides its HTML: the files beside the cards it links to, with
 * their type and size in the link; queries and empty targets in links; images that name no file.
 */
class MarkdownRendererTest {
  static final Set<String> CARDS = Set.of("practices/cafe.md", "practices/other.md");
  static final Set<String> ASSETS =
      Set.of("practices/docs/plan.pdf", "practices/foto.png", "practices/notities");
  static final Map<String, Long> SIZES =
      Map.of("practices/docs/plan.pdf", 1_534_000L, "practices/foto.png", 8_400L);

  private final Problems problems = new Problems();

  private RenderedBody render(String body, String language) {
    SourceFile src =
        new SourceFile(
            Path.of("content", "practices/cafe.md"), "practices/cafe.md", "title: x\n", 2, body, 4);
    return new MarkdownRenderer(ASSETS, false, SIZES)
        .render(src, Urls.ofCard("practices/cafe.md"), CARDS, List.of(), language, problems);
  }

  @Test
  void aLinkToAFileSaysItsTypeAndSizeAndTheBodyListsIt() {
    RenderedBody body =
        render(
            "Zie [het **plan**](docs/plan.pdf), [de kaart](other.md), ![foto](foto.png)"
                + " en [notities](notities).",
            "nl");
    Document d = Jsoup.parseBodyFragment(body.html());
    assertEquals("het plan (PDF, 1,5 MB)", d.selectFirst("a[href=docs/plan.pdf]").text());
    assertEquals("de kaart", d.selectFirst("a[href=other.html]").text());
    assertEquals("notities", d.selectFirst("a[href=notities]").text(), "no size known: no label");
    assertEquals(
        List.of(
            new LinkedFile("practices/docs/plan.pdf", "het plan"),
            new LinkedFile("practices/notities", "notities")),
        body.files(),
        "files linked to, not cards or images");
    assertEquals(List.of(), problems.sorted());
  }

  @Test
  void theSizeIsWrittenInTheSitesLanguage() {
    Document d = Jsoup.parseBodyFragment(render("[plan](docs/plan.pdf)", "en").html());
    assertEquals("plan (PDF, 1.5 MB)", d.selectFirst("a").text());
  }

  @Test
  void aQueryIsDroppedAndAFragmentKept() {
    Document d =
        Jsoup.parseBodyFragment(
            render("[a](other.md?x=1#wie) [b](docs/plan.pdf?v=2) [c]()", "nl").html());
    assertEquals("other.html#wie", d.select("a").get(0).attr("href"));
    assertEquals("docs/plan.pdf", d.select("a").get(1).attr("href"));
    assertEquals("", d.select("a").get(2).attr("href"), "an empty target stays empty");
    assertEquals(List.of(), problems.sorted());
  }

  @Test
  void anImageThatNamesNoFileIsReportedAtItsPlace() {
    Document d = Jsoup.parseBodyFragment(render("Tekst.\n\n  ![weg](weg.png)", "nl").html());
    assertEquals("#", d.selectFirst("img").attr("src"));
    assertEquals(
        List.of(
            Path.of("content", "practices/cafe.md")
                + ":6:3: error: the link 'weg.png' names a file that does not exist"
                + " (put the file in the content folder, beside the card)"),
        problems.sorted().stream().map(Problem::format).toList());
  }
}
