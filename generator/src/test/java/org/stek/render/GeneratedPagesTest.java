package org.stek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildResult;
import org.stek.GeneratedSite;
import org.stek.LinkCrawler;
import org.stek.TestSite;

/** The pages of a mini knowledge base, parsed: what a reader of a practice page gets. */
class GeneratedPagesTest {
  @TempDir static Path dir;
  static TestSite site;
  static Document cafe;

  @BeforeAll
  static void build() {
    site = GeneratedSite.write(dir);
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
    assertEquals(5, r.practices());
    cafe = site.page("practices/cafe.html");
  }

  /** The page a link on {@code from} leads to, or null if it is not an existing file. */
  private static Path target(Element a) {
    String href = a.attr("abs:href");
    Path p = Path.of(java.net.URI.create(href.replaceAll("#.*", "")));
    return Files.isRegularFile(p) ? p : null;
  }

  @Test
  void ratingsAsTextAndAsAScaleWithTheLevelDescription() {
    Element reach = cafe.selectFirst(".ratings .rating-reach");
    assertNotNull(reach);
    assertEquals("Bereik: 2 op 4", reach.selectFirst(".rating-text").text());
    Elements pips = reach.select(".scale .pip");
    assertEquals(4, pips.size());
    assertEquals(2, reach.select(".scale .pip.on").size());
    assertTrue(
        pips.get(0).hasClass("on") && pips.get(1).hasClass("on") && !pips.get(2).hasClass("on"));
    assertEquals("Beperkt: Enkele scholen.", reach.selectFirst(".rating-level").text());

    Element recurrence = cafe.selectFirst(".ratings .rating-recurrence");
    assertEquals("Terugkerend: 3 op 4", recurrence.selectFirst(".rating-text").text());
    assertEquals(3, recurrence.select(".scale .pip.on").size());
    assertEquals(4, recurrence.select(".scale .pip").size());
    assertEquals("Regelmatig: Elk jaar of vaker.", recurrence.selectFirst(".rating-level").text());
  }

  @Test
  void taxonomyLinksLeadToTermPagesListingThePractice() {
    Elements terms = cafe.select(".facts a[href*=themes/], .facts a[href*=regions/]");
    assertEquals(List.of("Onderwijs", "Meertaligheid", "West-Vlaanderen"), terms.eachText());
    for (Element a : terms) {
      Path term = target(a);
      assertNotNull(term, a.attr("href"));
      Document page = site.page(site.out().relativize(term).toString());
      assertEquals(a.text(), page.selectFirst("h1").text());
      assertFalse(page.select(".teasers a[href$=practices/cafe.html]").isEmpty(), a.attr("href"));
    }
    Document pesten = site.page("themes/pesten.html");
    assertTrue(
        pesten.select("a[href$=practices/cafe.html]").isEmpty(), "only practices of the term");
    assertEquals(2, pesten.select(".teasers .teaser").size());
  }

  @Test
  void upToFourRelatedPracticesThatExist() {
    Elements related = cafe.select(".related .teaser-title a");
    assertFalse(related.isEmpty());
    assertTrue(related.size() <= 4, related.eachText().toString());
    for (Element a : related) {
      assertNotNull(target(a), a.attr("href"));
      assertFalse(a.attr("href").endsWith("cafe.html"), "not itself");
    }
    // The two practices that share both of the café's themes come first.
    assertEquals("../practices/brussel.html", related.get(0).attr("href"));
  }

  @Test
  void recommendationsListedOnThePracticeAndTheirPracticesOnThem() {
    Elements recs = cafe.select(".in-recommendations a");
    assertEquals(List.of("Begrijp de leefwereld via de buurt"), recs.eachText());
    assertNotNull(target(recs.get(0)));
    Document rec = site.page("recommendations/buurt.html");
    assertFalse(rec.select("a[href$=practices/cafe.html]").isEmpty());
    assertFalse(rec.select("a[href$=practices/klassen.html]").isEmpty());
    assertTrue(site.page("practices/leerkracht.html").select(".in-recommendations").isEmpty());
  }

  @Test
  void practiceFacts() {
    assertEquals("Onderwijscafé Brugge", cafe.selectFirst("h1").text());
    assertEquals(
        "Ouders, leraren en buurtbewoners praten in een café over school.",
        cafe.selectFirst(".lead").text());
    assertTrue(cafe.selectFirst(".practice-org").text().startsWith("Stad Brugge"));
    assertEquals("mailto:els@brugge.be", cafe.selectFirst(".contact a[href^=mailto]").attr("href"));
    assertNotNull(cafe.selectFirst(".links a[href=https://example.org/verslag]"));
    Element img = cafe.selectFirst(".practice-image img");
    assertEquals("Ouders en leraren aan een tafel", img.attr("alt"));
    assertNotNull(target(new Element("a").attr("href", img.attr("abs:src"))));
  }

  @Test
  void everyPageHasOneH1LanguageCanonicalAndOpenGraph() {
    List<Path> pages = LinkCrawler.pages(site.out());
    assertTrue(pages.size() >= 15, pages.toString());
    for (Path p : pages) {
      String url = site.out().relativize(p).toString().replace('\\', '/');
      Document d = site.page(url);
      assertEquals(1, d.select("h1").size(), url);
      assertEquals("nl", d.selectFirst("html").attr("lang"), url);
      assertEquals(1, d.select("main").size(), url);
      Element canonical = d.selectFirst("link[rel=canonical]");
      assertNotNull(canonical, url);
      if (!url.equals("404.html")) {
        // An index page may name its folder, the address a server answers for it.
        String folder = url.replaceAll("index\\.html$", "");
        assertTrue(
            List.of("https://test.example.org/" + url, "https://test.example.org/" + folder)
                .contains(canonical.attr("href")),
            url + ": " + canonical.attr("href"));
      }
      Element og = d.selectFirst("meta[property=og:title]");
      assertNotNull(og, url);
      assertFalse(og.attr("content").isBlank(), url);
    }
    assertEquals(
        "Onderwijscafé Brugge", cafe.selectFirst("meta[property=og:title]").attr("content"));
  }

  @Test
  void noBrokenInternalLinkImageOrAnchorOnAnyPage() {
    assertEquals(List.of(), LinkCrawler.broken(site.out()));
    assertTrue(LinkCrawler.count(site.out()) > 200, "the crawl follows the site's links");
  }

  @Test
  void rewrittenCardLinksOnThePage() {
    Element body = cafe.selectFirst(".practice-body");
    assertEquals("klassen.html", body.selectFirst("a:contains(Klassen)").attr("href"));
    assertEquals(
        "../recommendations/buurt.html#wie",
        body.selectFirst("a:contains(wie de buurt kent)").attr("href"));
    assertEquals("../over.html", body.selectFirst("a:contains(over ons)").attr("href"));
    assertEquals("foto.svg", body.selectFirst("p img").attr("src"));
    assertTrue(Files.isRegularFile(site.out().resolve("practices/foto.svg")));
  }
}
