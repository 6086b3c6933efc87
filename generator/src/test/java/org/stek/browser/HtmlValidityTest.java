package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stek.LinkCrawler;
import org.stek.Vnu;

/** Every generated page passes the Nu HTML Checker (vnu, the W3C validator) with no error. */
class HtmlValidityTest {
  @Test
  void everyPageIsValidHtml() {
    Path site = BuiltSite.site();
    List<Path> pages = LinkCrawler.pages(site);
    List<String> errors = new Vnu().errors(site, pages);
    System.out.println("vnu: " + pages.size() + " pages checked, " + errors.size() + " errors");
    assertTrue(pages.size() > 50);
    assertTrue(pages.contains(site.resolve("download/index.html")), "the download page too");
    assertEquals(List.of(), errors);
  }
}
