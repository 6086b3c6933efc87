package org.stek.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

/**
 * Whatever HTML an author writes, only a safelist survives: no script, no event handler, no {@code
 * javascript:} URL, no frames or forms, no id that shadows a name of the site's scripts. Links to
 * other sites get {@code rel="noopener noreferrer"}. And whatever Markdown or HTML it is, what
 * comes out is valid HTML: URLs encoded, headings without skipped levels, ids valid and unique,
 * content models kept ({@link ContentModel}), no obsolete element or attribute, numbers where
 * attributes need them.
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
          // obsolete in HTML: the stylesheet sets widths and alignment
          .removeAttributes("td", "axis", "width")
          .removeAttributes("th", "axis", "width")
          .removeAttributes("table", "summary", "width")
          .removeAttributes("img", "align")
          .removeAttributes("ul", "type")
          .removeAttributes("col", "width")
          .removeAttributes("colgroup", "width")
          .preserveRelativeLinks(true);

  /**
   * The form of the safelist's attributes that need one (a number, a keyword); others are dropped.
   */
  private static final Map<String, Pattern> VALUE_FORMS =
      Map.of(
          "colspan", Pattern.compile("0*[1-9]\\d{0,2}"),
          "rowspan", Pattern.compile("\\d{1,4}"),
          "span", Pattern.compile("0*[1-9]\\d{0,2}"),
          "start", Pattern.compile("-?\\d{1,9}"),
          "width", Pattern.compile("\\d{1,5}"),
          "height", Pattern.compile("\\d{1,5}"),
          "scope", Pattern.compile("row|col|rowgroup|colgroup"));

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
   * Everything the cleaner changes after jsoup's safelist, found in one walk of the body (each
   * select would parse its query and walk the whole tree again, for every body), then done in
   * order: headings demoted and re-levelled, ids made valid and kept off the scripts' names, URLs
   * encoded and external links marked, content models repaired. The cleaner's shell has nothing
   * outside the body that any of them matches. {@code HtmlCleanerEquivalenceTest} keeps the selects
   * to compare.
   */
  private static void fixUp(Element body) {
    List<Element> headings = new ArrayList<>();
    List<Element> ids = new ArrayList<>();
    List<Element> urls = new ArrayList<>();
    List<Node> misplaced = new ArrayList<>();
    List<Element> strayItems = new ArrayList<>();
    List<Element> descriptionLists = new ArrayList<>();
    List<Element> rows = new ArrayList<>();
    boolean[] h1 = {false};
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node != body && ContentModel.misplaced(node)) misplaced.add(node);
          if (!(node instanceof Element e)) return;
          String name = e.normalName();
          if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1') {
            if (name.charAt(1) == '1') h1[0] = true;
            headings.add(e);
          }
          if (e.hasAttr("id")) ids.add(e);
          if (e.attributesSize() > 0) {
            for (var n : VALUE_FORMS.entrySet()) {
              if (e.hasAttr(n.getKey()) && !n.getValue().matcher(e.attr(n.getKey())).matches())
                e.removeAttr(n.getKey());
            }
          }
          if (e.hasAttr("href") || e.hasAttr("src") || e.hasAttr("cite")) urls.add(e);
          switch (name) {
            case "li" -> {
              String parent = e.parent() == null ? "" : e.parent().normalName();
              if (!parent.equals("ul") && !parent.equals("ol")) strayItems.add(e);
            }
            case "dl" -> descriptionLists.add(e);
            case "tr" -> rows.add(e);
            case "strike" -> e.tagName("s"); // strike is obsolete in HTML; s is its successor
            case "img" -> {
              if (!e.hasAttr("alt")) e.attr("alt", "");
            }
            default -> {}
          }
        },
        body);
    relevel(headings, h1[0]);
    validIds(ids, urls);
    urls(urls);
    ContentModel.repair(misplaced);
    ContentModel.listItems(strayItems);
    ContentModel.descriptionLists(descriptionLists);
    ContentModel.emptyRows(rows);
  }

  private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "cite");

  /**
   * URLs as CommonMark's reference renderer writes link targets ({@link UriEncoding}), raw HTML's
   * too, without the whitespace around them that browsers drop; links to other sites get {@code
   * rel="noopener noreferrer"}.
   */
  static void urls(List<Element> elements) {
    for (Element e : elements) {
      for (String attr : URL_ATTRIBUTES) {
        if (e.hasAttr(attr)) e.attr(attr, UriEncoding.encode(e.attr(attr).strip()));
      }
      String href = e.attr("href");
      if (UriEncoding.unreachableHost(href)) {
        e.removeAttr("href"); // a link to nowhere: its text stays
        continue;
      }
      String scheme = href.toLowerCase(java.util.Locale.ROOT); // schemes know no case: HTTPS://
      if (scheme.startsWith("http://") || scheme.startsWith("https://")) {
        e.attr("rel", "noopener noreferrer");
      }
    }
  }

  /**
   * Body headings start at h2, below the page's title: with an h1 in the body every heading goes
   * one level down; then no heading is more than one level below the one before it (the first no
   * lower than h2), so an author's {@code ####} right after {@code ##} becomes an h3.
   */
  static void relevel(List<Element> headings, boolean h1) {
    int previous = 1;
    for (Element h : headings) {
      int level = h.normalName().charAt(1) - '0';
      if (h1 && level < 6) level++;
      level = Math.min(level, previous + 1);
      if (level != h.normalName().charAt(1) - '0') h.tagName("h" + level);
      previous = level;
    }
  }

  /**
   * An id holds no whitespace and is not empty, and one that starts with {@code stek} gets {@code
   * h-} in front: an element's id is also a global name in the page's scripts ({@code <a
   * id="stek">} would be {@code window.stek} before the site's script defines it). A second element
   * with an id gets a suffix. Links in the body to a changed id follow it (to the first element
   * that had it).
   */
  static void validIds(List<Element> ids, List<Element> links) {
    Set<String> seen = new HashSet<>();
    Set<String> originals = new HashSet<>();
    Map<String, String> moved = new HashMap<>();
    for (Element e : ids) {
      String original = e.id();
      String id = WHITESPACE.matcher(original.strip()).replaceAll("-");
      if (id.isEmpty()) {
        e.removeAttr("id");
        continue;
      }
      if (id.startsWith("stek")) id = "h-" + id;
      String unique = id;
      for (int n = 1; !seen.add(unique); n++) unique = id + "-" + n;
      boolean first = originals.add(original);
      if (!unique.equals(original)) {
        e.id(unique);
        if (first) moved.put("#" + original, "#" + unique);
      }
    }
    if (moved.isEmpty()) return;
    for (Element a : links) {
      String target = moved.get(a.attr("href"));
      if (target != null) a.attr("href", target);
    }
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
}
