package org.stek.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where pages land, the relative links between them, and paths written in cards. */
class UrlsTest {
  @Test
  void cardsPublishToNamedFiles() {
    assertEquals("practices/cafe.html", Urls.ofCard("practices/cafe.md"));
    assertEquals("recommendations/buurt.html", Urls.ofCard("recommendations/buurt.md"));
    assertEquals("over.html", Urls.ofCard("pages/over.md"));
    assertNull(Urls.ofCard("practices/foto.svg"));
    assertNull(Urls.ofCard("elders/x.md"));
    assertNull(Urls.ofCard("practices/sub/x.md"));
    assertEquals("organisations/de-linde.html", Urls.ofCard("organisations/de-linde.md"));
    assertEquals("events/meet-up.html", Urls.ofCard("events/meet-up.md"));
  }

  @Test
  void everyKindOfPageHasAFileOfItsOwn() {
    // Generated pages are linked from every page and listed in the offline archive: two kinds in
    // one file would overwrite each other, and an empty name would write the site's folder.
    java.util.List<String> urls =
        java.util.List.of(
            Urls.home(),
            Urls.practices(),
            Urls.recommendations(),
            Urls.organisations(),
            Urls.organisation("Basisschool De Linde"),
            Urls.profiles(),
            Urls.matching(),
            Urls.events(),
            Urls.event("meet-up"),
            Urls.eventCalendar("meet-up"),
            Urls.calendar(),
            Urls.eventFeed(),
            Urls.municipalities(),
            Urls.municipality("Sint-Niklaas"),
            Urls.search(),
            Urls.download(),
            Urls.notFound());
    assertEquals(urls.size(), new java.util.HashSet<>(urls).size(), urls.toString());
    assertEquals("organisations/basisschool-de-linde.html", urls.get(4));
    assertEquals("municipalities/sint-niklaas.html", urls.get(13));
    assertEquals("events/meet-up.ics", urls.get(9));
    for (String u : urls) {
      String file = u.substring(u.lastIndexOf('/') + 1);
      org.junit.jupiter.api.Assertions.assertTrue(file.matches("[a-z0-9-]+\\.(html|ics|xml)"), u);
    }
  }

  @Test
  void theArchiveIsNamedAfterTheSiteCutAtAWord() {
    assertEquals("download/kennisbank-gent.zip", Urls.archive("Kennisbank Gent"));
    String name = Urls.archive("Een heel lange titel ".repeat(8));
    String stem = name.substring("download/".length(), name.length() - ".zip".length());
    org.junit.jupiter.api.Assertions.assertTrue(stem.length() <= 60, stem);
    org.junit.jupiter.api.Assertions.assertTrue(
        stem.endsWith("titel")
            || stem.endsWith("lange")
            || stem.endsWith("heel")
            || stem.endsWith("een"),
        "cut at a word: " + stem);
    assertEquals("download/" + "a".repeat(60) + ".zip", Urls.archive("a".repeat(70)));
  }

  @Test
  void relativeLinksNameTheirFile() {
    assertEquals("klassen.html", Urls.relative("practices/cafe.html", "practices/klassen.html"));
    assertEquals(
        "../recommendations/buurt.html",
        Urls.relative("practices/cafe.html", "recommendations/buurt.html"));
    assertEquals("../over.html", Urls.relative("practices/cafe.html", "over.html"));
    assertEquals("practices/cafe.html", Urls.relative("over.html", "practices/cafe.html"));
    assertEquals("index.html", Urls.relative("index.html", "index.html"));
    assertEquals(
        "../themes/onderwijs.html", Urls.relative("practices/cafe.html", "themes/onderwijs.html"));
    assertEquals("../", Urls.rootOf("practices/cafe.html"));
    assertEquals("", Urls.rootOf("index.html"));
    assertEquals("../../", Urls.rootOf("a/b/c.html"));
    assertEquals("../x.html", Urls.relative("a/b/c.html", "a/x.html"));
    assertEquals("../../y/z.html", Urls.relative("a/b/c.html", "y/z.html"));
    assertEquals("b/c.html", Urls.relative("a/x.html", "a/b/c.html"));
  }

  @Test
  void contentPathsResolveInsideTheFolder() {
    assertEquals("practices/klassen.md", ContentPaths.resolve("practices/", "klassen.md"));
    assertEquals("practices/klassen.md", ContentPaths.resolve("practices/", "./klassen.md"));
    assertEquals("pages/over.md", ContentPaths.resolve("practices/", "../pages/over.md"));
    assertEquals("practices/mijn foto.jpg", ContentPaths.resolve("practices/", "mijn%20foto.jpg"));
    assertEquals("practices/a+b.pdf", ContentPaths.resolve("practices/", "a+b.pdf"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../etc/passwd",
        "../../../etc/passwd",
        "/abs/path.md",
        "/etc/passwd",
        "%2e%2e/%2e%2e/etc/passwd",
        "%2E%2E/%2E%2E/x.md",
        "..%2f..%2fetc/passwd",
        "..\\..\\x.md",
        "C:/x.md",
        "file:/etc/passwd",
        "x%00.md",
        "%zz",
        ".."
      })
  void contentPathsRefuseEveryWayOut(String ref) {
    assertNull(ContentPaths.resolve("practices/", ref), ref);
  }
}
