package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A practice page stays light: its HTML with the CSS and JS it loads, images left out. */
class PageWeightTest {
  static final long LIMIT = 60 * 1024;

  @Test
  void aPracticePageWeighsUnderSixtyKilobytes() throws IOException {
    Path page = BuiltSite.site().resolve("practices/onderwijscafe-in-brugge.html");
    Document doc = Jsoup.parse(page.toFile(), "UTF-8");
    long html = Files.size(page);
    long assets = 0;
    for (Element e : doc.select("link[rel=stylesheet][href], script[src]")) {
      String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
      assets += Files.size(page.getParent().resolve(ref).normalize());
    }
    long total = html + assets;
    System.out.printf(
        "practice page weight: %d bytes (HTML %d, CSS and JS %d), limit %d%n",
        total, html, assets, LIMIT);
    assertTrue(total < LIMIT, "practice page weighs " + total + " bytes");
  }
}
