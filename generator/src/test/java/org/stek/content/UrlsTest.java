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
