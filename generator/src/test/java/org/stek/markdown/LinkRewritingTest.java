package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.stek.content.SourceFile;
import org.stek.content.Urls;
import org.stek.report.Problem;
import org.stek.report.Problems;

/** Links written as paths between cards become links between the pages they publish to. */
class LinkRewritingTest {
  static final Set<String> CARDS =
      Set.of("practices/cafe.md", "practices/other.md", "recommendations/r.md", "pages/over.md");
  static final Set<String> ASSETS = Set.of("practices/foto.svg", "practices/docs/plan.pdf");

  private final Problems problems = new Problems();

  private Document render(String relative, String body) {
    SourceFile src =
        new SourceFile(Path.of("content", relative), relative, "title: x\n", 2, body, 4);
    RenderedBody out =
        new MarkdownRenderer(ASSETS, false).render(src, Urls.ofCard(relative), CARDS, problems);
    return Jsoup.parseBodyFragment(out.html());
  }

  private String href(String relative, String body) {
    return render(relative, body).selectFirst("a").attr("href");
  }

  @Test
  void cardLinksBecomePageLinks() {
    assertEquals("other.html", href("practices/cafe.md", "[x](other.md)"));
    assertEquals("other.html", href("practices/cafe.md", "[x](./other.md)"));
    assertEquals(
        "../recommendations/r.html#wie",
        href("practices/cafe.md", "[x](../recommendations/r.md#wie)"));
    assertEquals("../over.html", href("practices/cafe.md", "[x](../pages/over.md)"));
    assertEquals("practices/cafe.html", href("pages/over.md", "[x](../practices/cafe.md)"));
    assertEquals(
        "../practices/cafe.html", href("recommendations/r.md", "[x](../practices/cafe.md)"));
    assertEquals("#wat", href("practices/cafe.md", "[x](#wat)"));
    assertEquals(
        "https://example.org/a.md", href("practices/cafe.md", "[x](https://example.org/a.md)"));
    assertEquals("other.html", href("practices/cafe.md", "[x][ref]\n\n[ref]: other.md"));
    assertEquals(List.of(), problems.sorted());
  }

  @Test
  void filesBesideTheCardKeepTheirPath() {
    Document d = render("practices/cafe.md", "![Het café](foto.svg) [plan](docs/plan.pdf)");
    assertEquals("foto.svg", d.selectFirst("img").attr("src"));
    assertEquals("Het café", d.selectFirst("img").attr("alt"));
    assertEquals("docs/plan.pdf", d.selectFirst("a").attr("href"));
    assertEquals(
        "practices/foto.svg",
        render("pages/over.md", "![a](../practices/foto.svg)").selectFirst("img").attr("src"));
    assertEquals(List.of(), problems.sorted());
  }

  @Test
  void brokenLinksAreReportedWhereTheyAreWritten() {
    Document d =
        render("practices/cafe.md", "Tekst.\n\nZie [x](geen.md) en [y](../../etc/passwd).");
    assertTrue(d.select("a").stream().allMatch(a -> a.attr("href").equals("#")));
    List<String> lines = problems.sorted().stream().map(Problem::format).toList();
    Path f = Path.of("content", "practices/cafe.md");
    assertEquals(
        List.of(
            f
                + ":6:5: error: the link 'geen.md' names a card that does not exist"
                + " (check the file name of the card you link to)",
            f
                + ":6:21: error: the link '../../etc/passwd' points outside the content folder"
                + " (link to cards and files inside the content folder)"),
        lines);
  }
}
