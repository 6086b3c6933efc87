package org.stek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildResult;
import org.stek.TestSite;

/**
 * Lists of more than 30 practices come in pages, checked page by page: each page holds exactly the
 * next 30 practices, newest first, and links to the previous, next and every page.
 */
class PaginationTest {
  static final int CARDS = 65;
  @TempDir static Path dir;
  static TestSite site;

  /** Card i is published i days after 2020-01-01; even cards are about pesten too. */
  @BeforeAll
  static void build() {
    site = TestSite.in(dir);
    for (int i = 0; i < CARDS; i++) {
      String slug = "p%02d".formatted(i);
      site.practice(
          slug, "Praktijk " + i, i % 2 == 0 ? "onderwijs, pesten" : "onderwijs", "Tekst.");
      Path card = site.content().resolve("practices/" + slug + ".md");
      try {
        Files.writeString(
            card,
            Files.readString(card)
                .replace("2025-03-12", LocalDate.of(2020, 1, 1).plusDays(i).toString()));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
  }

  @Test
  void allPracticesPageByPageNewestFirst() {
    List<String> newestFirst = new ArrayList<>();
    for (int i = CARDS - 1; i >= 0; i--) newestFirst.add("p%02d.html".formatted(i));
    checkPages("practices/index", newestFirst);
  }

  @Test
  void aTermPagePageByPage() {
    List<String> withPesten = new ArrayList<>();
    for (int i = CARDS - 1; i >= 0; i--) if (i % 2 == 0) withPesten.add("p%02d.html".formatted(i));
    checkPages("themes/pesten", withPesten);
  }

  /** The pages {@code base.html}, {@code base-2.html}, … list {@code cards} 30 at a time. */
  private static void checkPages(String base, List<String> cards) {
    int pages = (cards.size() + 29) / 30;
    String name = base.substring(base.lastIndexOf('/') + 1);
    for (int n = 1; n <= pages; n++) {
      String url = base + (n == 1 ? "" : "-" + n) + ".html";
      Document page = site.page(url);
      List<String> listed =
          page.select(".teasers > li .teaser-title a").stream()
              .map(a -> a.attr("href").replaceAll(".*/", ""))
              .toList();
      assertEquals(cards.subList((n - 1) * 30, Math.min(n * 30, cards.size())), listed, url);
      Element pager = page.selectFirst("nav.pager");
      assertEquals(
          "Pagina " + n + " van " + pages, pager.selectFirst("p").text(), url + ": status");
      List<String> numbered = new ArrayList<>();
      for (int k = 1; k <= pages; k++) numbered.add(name + (k == 1 ? "" : "-" + k) + ".html");
      assertEquals(
          numbered,
          pager.select("li a:not([rel])").stream()
              .map(a -> a.attr("href").replaceAll(".*/", ""))
              .toList(),
          url);
      assertEquals(
          numbered.get(n - 1),
          pager.selectFirst("a[aria-current=page]").attr("href").replaceAll(".*/", ""));
      Element prev = pager.selectFirst("a[rel=prev]");
      Element next = pager.selectFirst("a[rel=next]");
      if (n == 1) assertNull(prev, url);
      else assertEquals(numbered.get(n - 2), prev.attr("href").replaceAll(".*/", ""), url);
      if (n == pages) assertNull(next, url);
      else assertEquals(numbered.get(n), next.attr("href").replaceAll(".*/", ""), url);
    }
    assertFalse(
        Files.exists(site.out().resolve(base + "-" + (pages + 1) + ".html")), "no empty page");
  }
}
