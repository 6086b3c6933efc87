package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.stek.LinkCrawler;

/**
 * Every page carries a Content-Security-Policy that allows only the site's own scripts and styles,
 * and nothing in a page would need an exception to it; external links open without handing the
 * reader's window to the other site.
 */
class PageSecurityTest {
  @Test
  void everyPageHasAStrictPolicyAndNothingInline() throws IOException {
    List<String> problems = new ArrayList<>();
    Path site = BuiltSite.site();
    List<Path> pages = LinkCrawler.pages(site);
    // Links to the site's own address (the 404 page uses them) are not external.
    Element canonical =
        Jsoup.parse(site.resolve("index.html").toFile()).selectFirst("link[rel=canonical]");
    String base = canonical == null ? "\u0000" : canonical.attr("href");
    for (Path page : pages) {
      String name = site.relativize(page).toString();
      Document doc = Jsoup.parse(Files.readString(page));
      Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
      if (csp == null) {
        problems.add(name + ": no Content-Security-Policy");
        continue;
      }
      String policy = csp.attr("content");
      for (String directive :
          List.of(
              "script-src 'self'", "style-src 'self'", "default-src 'self'", "object-src 'none'")) {
        if (!policy.contains(directive)) problems.add(name + ": policy lacks " + directive);
      }
      for (String loose : List.of("unsafe-inline", "unsafe-eval", "http:", "https:", "*")) {
        if (policy.contains(loose)) problems.add(name + ": policy allows " + loose);
      }
      for (Element script : doc.select("script")) {
        if (!script.hasAttr("src") || script.data().strip().length() > 0)
          problems.add(name + ": inline script");
        else if (script.attr("src").matches("(?i)^[a-z]+:.*"))
          problems.add(name + ": remote script " + script.attr("src"));
      }
      if (!doc.select("style").isEmpty()) problems.add(name + ": <style> element");
      for (Element e : doc.getAllElements()) {
        for (Attribute a : e.attributes()) {
          if (a.getKey().equals("style"))
            problems.add(name + ": style attribute on <" + e.tagName() + ">");
          if (a.getKey().startsWith("on"))
            problems.add(name + ": " + a.getKey() + " on <" + e.tagName() + ">");
        }
      }
      for (Element a : doc.select("a[href^=http]")) {
        if (a.attr("href").startsWith(base)) continue;
        if (!a.attr("rel").contains("noopener") || !a.attr("rel").contains("noreferrer"))
          problems.add(name + ": external link without noopener noreferrer: " + a.attr("href"));
      }
    }
    assertTrue(pages.size() > 50, "pages checked: " + pages.size());
    assertEquals(List.of(), problems);
  }
}
