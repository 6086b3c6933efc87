package org.stek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildResult;
import org.stek.LinkCrawler;
import org.stek.TestSite;

/**
 * What a build tells search engines and feed readers: robots.txt, sitemap.xml and the Atom feeds,
 * read back with an XML parser; and what changes without a base URL and in English.
 */
class FeedsTest {
  private static final String BASE = "https://test.example.org/";

  private static TestSite threeCards(Path dir, String siteYaml) {
    return TestSite.in(dir)
        .file("site.yaml", siteYaml)
        .file("practices/oud.md", card("Oude praktijk", "[onderwijs]", "2024-01-05", null))
        .file("practices/nieuw.md", card("Nieuwe & frisse", "[pesten]", "2025-06-01", null))
        .file(
            "practices/herzien.md",
            card("Herziene praktijk", "[onderwijs, pesten]", "2023-02-02", "2025-07-09"));
  }

  private static String card(String title, String themes, String published, String updated) {
    return """
        ---
        title: "%s"
        summary: "Over %s."
        themes: %s
        organisation: Stad Brugge <Noord>
        reach: 2
        recurrence: 3
        published: %s
        %s
        ---
        Tekst.
        """
        .formatted(title, title, themes, published, updated == null ? "" : "updated: " + updated);
  }

  @Test
  void robotsSitemapAndFeedsWithABaseUrl(@TempDir Path dir) throws Exception {
    TestSite site = threeCards(dir, TestSite.SITE_YAML);
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
    Path out = site.out();

    assertEquals(
        "User-agent: *\nAllow: /\nSitemap: " + BASE + "sitemap.xml\n",
        Files.readString(out.resolve("robots.txt")));

    // The sitemap lists every page but 404.html, each once, under the base URL; the home page as
    // the base URL itself.
    Document sitemap = xml(out.resolve("sitemap.xml"));
    List<String> locs = sitemap.select("urlset > url > loc").eachText();
    assertEquals(new TreeSet<>(locs).size(), locs.size(), "no page twice");
    TreeSet<String> pages = new TreeSet<>();
    for (Path p : LinkCrawler.pages(out)) {
      String url = out.relativize(p).toString().replace('\\', '/');
      if (url.equals("404.html") || url.equals("download/index.html")) continue;
      pages.add(BASE + (url.equals("index.html") ? "" : url));
    }
    TreeSet<String> listed = new TreeSet<>(locs);
    listed.remove(BASE + "download/index.html");
    assertEquals(pages, listed);
    assertTrue(locs.contains(BASE + "practices/nieuw.html"), locs.toString());
    assertFalse(locs.contains(BASE + "404.html"));

    // The feed: newest first by publication, each entry's date its last revision.
    Document feed = xml(out.resolve("feed.xml"));
    Element root = feed.selectFirst("feed");
    assertEquals("nl", root.attr("xml:lang"));
    assertEquals("Testbank", root.selectFirst("> title").text());
    assertEquals(BASE + "feed.xml", root.selectFirst("> link[rel=self]").attr("href"));
    assertEquals("2025-06-01T00:00:00Z", root.selectFirst("> updated").text());
    List<Element> entries = feed.select("entry");
    assertEquals(
        List.of("Nieuwe & frisse", "Oude praktijk", "Herziene praktijk"),
        entries.stream().map(e -> e.selectFirst("title").text()).toList());
    Element revised = entries.get(2);
    assertEquals(BASE + "practices/herzien.html", revised.selectFirst("id").text());
    assertEquals("2023-02-02T00:00:00Z", revised.selectFirst("published").text());
    assertEquals("2025-07-09T00:00:00Z", revised.selectFirst("updated").text());
    assertEquals("Stad Brugge <Noord>", revised.selectFirst("author > name").text());

    // One feed per theme, with only that theme's practices.
    Document pesten = xml(out.resolve("themes/pesten.xml"));
    assertEquals(
        List.of("Nieuwe & frisse", "Herziene praktijk"), pesten.select("entry > title").eachText());
    assertEquals(
        BASE + "themes/pesten.html", pesten.selectFirst("feed > link[rel=alternate]").attr("href"));
    Document home = site.page("index.html");
    assertEquals("feed.xml", home.selectFirst("link[type=application/atom+xml]").attr("href"));
    assertEquals(BASE, home.selectFirst("link[rel=canonical]").attr("href"));
  }

  @Test
  void withoutABaseUrlNoSitemapFeedOrCanonicalLinks(@TempDir Path dir) throws Exception {
    TestSite site =
        threeCards(dir, TestSite.SITE_YAML.replace("base_url: https://test.example.org/\n", ""));
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
    Path out = site.out();
    assertEquals("User-agent: *\nAllow: /\n", Files.readString(out.resolve("robots.txt")));
    assertFalse(Files.exists(out.resolve("sitemap.xml")));
    assertFalse(Files.exists(out.resolve("feed.xml")));
    assertFalse(Files.exists(out.resolve("themes/pesten.xml")));
    for (Path p : LinkCrawler.pages(out)) {
      Document d = site.page(out.relativize(p).toString().replace('\\', '/'));
      assertNull(d.selectFirst("link[rel=canonical]"), p.toString());
      assertNull(d.selectFirst("link[type=application/atom+xml]"), p.toString());
      assertTrue(
          d.select("a[href^=http]").eachAttr("href").stream().noneMatch(h -> h.startsWith(BASE)),
          p.toString());
    }
    assertTrue(site.page("practices/nieuw.html").select("a[href$=feed.xml]").isEmpty());
  }

  @Test
  void aSiteInEnglishSpeaksEnglish(@TempDir Path dir) throws Exception {
    TestSite site = threeCards(dir, TestSite.SITE_YAML.replace("language: nl", "language: en"));
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
    for (Path p : LinkCrawler.pages(site.out())) {
      Document d = site.page(site.out().relativize(p).toString().replace('\\', '/'));
      assertEquals("en", d.selectFirst("html").attr("lang"), p.toString());
    }
    Document practice = site.page("practices/oud.html");
    assertEquals("Skip to content", practice.selectFirst(".skip-link").text());
    assertEquals("Reach: 2 of 4", practice.selectFirst(".rating-reach .rating-text").text());
    assertEquals("Education", practice.selectFirst(".facts a[href*=themes/]").text());
    assertTrue(
        site.page("index.html").select(".site-nav a").eachText().contains("All practices"),
        site.page("index.html").select(".site-nav a").eachText().toString());
    assertEquals("en", xml(site.out().resolve("feed.xml")).selectFirst("feed").attr("xml:lang"));
  }

  private static Document xml(Path file) throws Exception {
    return Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
  }
}
