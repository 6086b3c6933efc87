package org.stek.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

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
    demoteHeadings(doc);
    unclobber(doc);
    for (Element a : doc.select("a[href]")) {
      String href = a.attr("href");
      if (href.startsWith("http://") || href.startsWith("https://")) {
        a.attr("rel", "noopener noreferrer");
      }
    }
    return doc;
  }

  /**
   * An element's id is also a global name in the page's scripts ({@code <a id="stek">} would be
   * {@code window.stek} before the site's script defines it): ids that start with {@code stek}, the
   * site scripts' names, get {@code h-} in front, and links to them in the body follow.
   */
  private static void unclobber(Document doc) {
    for (Element e : doc.select("[id^=stek]")) {
      String id = e.id();
      if (!id.startsWith("stek")) continue; // the selector ignores case, names do not
      e.id("h-" + id);
      for (Element a : doc.select("a[href]")) {
        if (a.attr("href").equals("#" + id)) a.attr("href", "#h-" + id);
      }
    }
  }

  private static void demoteHeadings(Document doc) {
    if (doc.select("h1").isEmpty()) return;
    for (Element h : doc.select("h1, h2, h3, h4, h5")) {
      int level = h.tagName().charAt(1) - '0';
      h.tagName("h" + (level + 1));
    }
  }
}
