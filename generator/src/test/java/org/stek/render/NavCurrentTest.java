package org.stek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildResult;
import org.stek.Stek;
import org.stek.TestSite;

/**
 * The main menu marks the item a page belongs to with {@code aria-current="page"}, and none on a
 * page whose section has no item (the profiles list, the matching page), on the built sample.
 */
class NavCurrentTest {
  @TempDir static Path dir;

  @BeforeAll
  static void build() throws Exception {
    BuildResult r = Stek.build(TestSite.sample(dir.resolve("site")));
    assertFalse(r.hasErrors(), r.problems().toString());
  }

  /** The href of the menu's current items, relative to the site root. */
  static List<String> current(String page) throws Exception {
    Path site = dir.resolve("site");
    Path file = site.resolve(page);
    Document d = Jsoup.parse(Files.readString(file));
    List<Element> items = d.select("nav.site-nav a");
    assertFalse(items.isEmpty(), "a menu on " + page);
    return d.select("nav.site-nav a[aria-current=page]").stream()
        .map(a -> file.getParent().resolve(a.attr("href")).normalize())
        .map(p -> site.relativize(p).toString().replace('\\', '/'))
        .toList();
  }

  @Test
  void eachPageMarksItsOwnMenuItemOrNone() throws Exception {
    Map<String, List<String>> expected =
        Map.of(
            "index.html", List.of("index.html"),
            "practices/index.html", List.of("practices/index.html"),
            "events/index.html", List.of("events/index.html"),
            "events/klassen-landelijke-meetup-online.html", List.of("events/index.html"),
            "events/klassen-meetup-noord-brabant.html", List.of("events/index.html"),
            "profiles/index.html", List.of(),
            "matching/index.html", List.of());
    for (var e : expected.entrySet()) {
      assertEquals(e.getValue(), current(e.getKey()), "the current menu item on " + e.getKey());
    }
  }
}
