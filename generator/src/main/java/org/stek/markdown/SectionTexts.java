package org.stek.markdown;

import com.vladsch.flexmark.ast.Heading;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The declared sections of a rendered body, cut out of its cleaned HTML at their headings. */
final class SectionTexts {
  private SectionTexts() {}

  /**
   * @param ends every heading that ends a section (the found ones and the stray ones)
   */
  static List<BodySection> of(List<SectionCheck.Found> found, List<Heading> ends, Document clean) {
    if (found.isEmpty()) return List.of();
    Set<Element> stops = new HashSet<>();
    for (Heading h : ends) {
      Element e = element(clean, h);
      if (e != null) stops.add(e);
    }
    List<BodySection> out = new ArrayList<>();
    for (SectionCheck.Found f : found) {
      Element h = element(clean, f.heading());
      if (h == null) continue;
      List<String> blocks = new ArrayList<>();
      for (Node n = h.nextSibling(); n != null; n = n.nextSibling()) {
        if (n instanceof Element e && stops.contains(e)) break;
        String t = text(n);
        if (!t.isBlank()) blocks.add(t.strip());
      }
      out.add(new BodySection(f.section().key(), f.text(), h.id(), String.join("\n\n", blocks)));
    }
    return List.copyOf(out);
  }

  /** A heading's element: by the id Flexmark gave it, which the cleaner may have prefixed. */
  private static Element element(Document clean, Heading h) {
    String id = h.getAnchorRefId();
    if (id == null || id.isEmpty()) return null;
    Element e = clean.getElementById(id);
    return e != null ? e : clean.getElementById("h-" + id);
  }

  /** A block's text; list items each on a line of their own. */
  private static String text(Node n) {
    if (n instanceof TextNode t) return t.text();
    if (!(n instanceof Element e)) return "";
    if (e.normalName().equals("ul") || e.normalName().equals("ol")) {
      List<String> items = new ArrayList<>();
      for (Element li : e.children()) items.add("- " + li.text());
      return String.join("\n", items);
    }
    return e.text();
  }
}
