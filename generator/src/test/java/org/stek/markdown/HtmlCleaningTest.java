package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildResult;
import org.stek.TestSite;

/** Raw HTML in a card reaches the built page only through the safelist. */
class HtmlCleaningTest {
  static final String BODY =
      """
      # Kop één

      Tekst met *nadruk*, **sterk** en `code`.

      <script>alert('script')</script>
      <img src=x onerror=alert(1)>
      <p onclick="alert(2)" style="color:red">Klik</p>
      <a href="JaVaScRiPt:alert(3)">gevaarlijk</a>
      <a href=" javascript:alert(4)">ook gevaarlijk</a>
      <iframe src="https://evil.example/"></iframe>
      <style>body{display:none}</style>
      <form action="https://evil.example/"><input name=q></form>
      <object data="x.swf"></object>

      [a](javascript:alert(5)) [b](vbscript:msgbox) [c](data:text/html;base64,PHNjcmlwdD4=)

      ## Wat?

      - een
      - twee

      1. eerst
      2. dan

      | Dag | Wat |
      |-----|-----|
      | ma  | café |

      Zie <https://example.org/extern> en [intern](#wat).
      """;

  @TempDir static Path dir;
  static TestSite site;
  static Document page;
  static Element body;

  @BeforeAll
  static void build() {
    site = TestSite.in(dir).practice("cafe", "Café", "onderwijs", BODY);
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
    page = site.page("practices/cafe.html");
    body = page.selectFirst(".practice-body");
    assertNotNull(body);
  }

  @Test
  void noScriptAnywhereButTheThemesOwnFiles() {
    assertTrue(body.select("script").isEmpty());
    for (Element s : page.select("script")) {
      assertTrue(s.hasAttr("src") && s.data().isBlank(), "inline script: " + s);
    }
    assertFalse(body.html().contains("alert"), body.html());
  }

  @Test
  void noEventHandlersStylesOrDangerousUrls() {
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        assertFalse(name.startsWith("on"), "handler on " + e.tagName());
        assertFalse(name.equals("style"), "style on " + e.tagName());
        String v = a.getValue().strip().toLowerCase(Locale.ROOT);
        assertFalse(
            v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:"),
            e.outerHtml());
      }
    }
    // The site's own search box in the header is the one form a page may have.
    assertTrue(
        page.select("iframe, style, form:not(header form[role=search]), object, embed").isEmpty());
    assertTrue(page.select("input").stream().allMatch(i -> i.closest("header form") != null));
  }

  @Test
  void allowedMarkupSurvives() {
    assertEquals("nadruk", body.selectFirst("em").text());
    assertEquals("sterk", body.selectFirst("strong").text());
    assertEquals(2, body.select("ul > li").size());
    assertEquals(2, body.select("ol > li").size());
    assertEquals("café", body.selectFirst("table td:nth-child(2)").text());
    assertEquals("Dag", body.selectFirst("table th").text());
    // The page title is the h1; a card's own "# Kop" becomes an h2 and keeps its anchor.
    assertEquals(1, page.select("h1").size());
    Element wat = body.selectFirst("h3#wat");
    assertNotNull(wat, body.html());
    Element kop = body.selectFirst("h2");
    assertEquals("Kop één", kop.text());
    assertFalse(kop.id().isEmpty(), "heading anchor of a demoted h1: " + kop);
    assertEquals("#wat", body.selectFirst("a:contains(intern)").attr("href"));
  }

  @Test
  void idsDoNotShadowTheSiteScriptsNames() {
    Element body =
        HtmlCleaner.clean("<a id=\"stek\" href=\"#stek\">x</a><h2 id=\"Stek\">y</h2>").body();
    assertEquals("h-stek", body.selectFirst("a").id());
    assertEquals("#h-stek", body.selectFirst("a").attr("href"));
    assertEquals("Stek", body.selectFirst("h2").id(), "names are case-sensitive");
  }

  @Test
  void externalLinksGetNoopener() {
    Element a = body.selectFirst("a[href=https://example.org/extern]");
    assertNotNull(a, body.html());
    assertTrue(a.attr("rel").contains("noopener"));
    for (Element ext : page.select("a[href^=http]")) {
      assertEquals("noopener noreferrer", ext.attr("rel"), ext.outerHtml());
    }
  }
}
