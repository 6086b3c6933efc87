package org.stek.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

/**
 * Whatever HTML an author writes, only a safelist survives: no script, no event handler, no {@code
 * javascript:} URL, no frames or forms, no id that shadows a name of the site's scripts. Links to
 * other sites get {@code rel="noopener noreferrer"}.
 */
public final class HtmlCleaner {
  static final Safelist SAFELIST =
      Safelist.relaxed()
          // h1 too: a card's "# Title" keeps its anchor when it is demoted to h2 below.
          .addAttributes("h1", "id")
          .addAttributes("h2", "id")
          .addAttributes("h3", "id")
          .addAttributes("h4", "id")
          .addAttributes("h5", "id")
          .addAttributes("h6", "id")
          .addAttributes("a", "id")
          .addAttributes("th", "scope")
          .preserveRelativeLinks(true);

  private HtmlCleaner() {}

  /** Cleans a body fragment; body headings start at h2 because the page title is the h1. */
  public static Document clean(String html) {
    // The base URI lets jsoup judge relative links; they are kept as written. One parse, one
    // clean: the cleaned document is used as it is, not serialised and parsed again.
    Document dirty = Jsoup.parseBodyFragment(html, "https://stek.invalid/");
    Document doc = new Cleaner(SAFELIST).clean(dirty);
    doc.outputSettings().prettyPrint(false);
    fixUp(doc.body());
    return doc;
  }

  /**
   * Heading demotion, id unclobbering and {@code rel} on external links, with the effects of the
   * selects {@code h1}, {@code h1, h2, h3, h4, h5}, {@code [id^=stek]} and {@code a[href]} (each in
   * document order: demote, then unclobber, then rel), but found in one walk of the body: each
   * select parses its query and walks the whole tree again, for every body. The cleaner's shell has
   * nothing outside the body that any of them matches. {@code HtmlCleanerEquivalenceTest} keeps the
   * selects to compare.
   */
  private static void fixUp(Element body) {
    List<Element> headings = new ArrayList<>();
    List<Element> stekIds = new ArrayList<>();
    List<Element> links = new ArrayList<>();
    boolean[] h1 = {false};
    NodeTraversor.traverse(
        (node, depth) -> {
          if (!(node instanceof Element e)) return;
          String name = e.normalName();
          if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1') {
            if (name.charAt(1) == '1') h1[0] = true;
            if (name.charAt(1) <= '5') headings.add(e);
          }
          if (e.hasAttr("id") && e.id().startsWith("stek")) stekIds.add(e);
          if (name.equals("a") && e.hasAttr("href")) links.add(e);
        },
        body);
    if (h1[0]) {
      for (Element h : headings) h.tagName("h" + (h.normalName().charAt(1) - '0' + 1));
    }
    unclobber(stekIds, links);
    for (Element a : links) {
      String href = a.attr("href");
      if (href.startsWith("http://") || href.startsWith("https://")) {
        a.attr("rel", "noopener noreferrer");
      }
    }
  }

  /**
   * An element's id is also a global name in the page's scripts ({@code <a id="stek">} would be
   * {@code window.stek} before the site's script defines it): ids that start with {@code stek}, the
   * site scripts' names, get {@code h-} in front, and links to them in the body follow.
   */
  private static void unclobber(List<Element> stekIds, List<Element> links) {
    if (stekIds.isEmpty()) return;
    Set<String> renamed = new HashSet<>();
    for (Element e : stekIds) {
      String id = e.id();
      e.id("h-" + id);
      renamed.add("#" + id);
    }
    // A renamed link starts with "#h-", which no renamed id does: one pass over the links renames
    // every link to a renamed id, and none twice.
    for (Element a : links) {
      String href = a.attr("href");
      if (renamed.contains(href)) a.attr("href", "#h-" + href.substring(1));
    }
  }
}
