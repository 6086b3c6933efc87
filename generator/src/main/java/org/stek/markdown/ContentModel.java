package org.stek.markdown;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Repairs what HTML's parser lets through but its content models forbid, on the elements the
 * cleaner's one walk found: a block inside an element that holds only phrasing (a {@code <p>} in a
 * raw {@code <pre>}), a list item outside a list or anything else inside one, a {@code dl} out of
 * order, a table row without cells.
 */
final class ContentModel {
  /** The safelist's elements that may hold only phrasing content. */
  static final Set<String> PHRASING_ONLY =
      Set.of(
          "p", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "b", "cite", "code", "em", "i", "q",
          "small", "span", "s", "strike", "strong", "sub", "sup", "u", "caption");

  /** The safelist's phrasing elements: what may stay inside {@link #PHRASING_ONLY}. */
  static final Set<String> PHRASING =
      Set.of(
          "a", "b", "br", "cite", "code", "em", "i", "img", "q", "small", "span", "s", "strike",
          "strong", "sub", "sup", "u");

  private ContentModel() {}

  /**
   * Whether {@code node}, met in the walk, breaks its parent's content model: a block in a
   * phrasing-only element (looking through links, which take their parent's model), or anything but
   * a list item (or blank text) in a list.
   */
  static boolean misplaced(Node node) {
    Element parent = node.parent() instanceof Element p ? p : null;
    if (parent == null) return false;
    String parentName = parent.normalName();
    if (parentName.equals("ul") || parentName.equals("ol")) {
      if (node instanceof TextNode t) return !t.isBlank();
      return node instanceof Element e && !e.normalName().equals("li");
    }
    if (!(node instanceof Element e) || PHRASING.contains(e.normalName())) return false;
    while (parent != null && parent.normalName().equals("a")) parent = parent.parent();
    return parent != null && PHRASING_ONLY.contains(parent.normalName());
  }

  /**
   * Puts each misplaced node right: into a new list item in a list, else its children in its place.
   */
  static void repair(List<Node> misplaced) {
    for (Node n : misplaced) {
      Element parent = (Element) n.parent();
      if (parent == null) continue;
      String name = parent.normalName();
      if (name.equals("ul") || name.equals("ol")) {
        n.wrap("<li></li>");
      } else if (n instanceof Element e) {
        e.unwrap();
      }
    }
  }

  /** A list item outside a list gets a list of its own. */
  static void listItems(List<Element> items) {
    for (Element li : items) {
      Element parent = li.parent();
      if (parent != null
          && !parent.normalName().equals("ul")
          && !parent.normalName().equals("ol")) {
        li.wrap("<ul></ul>");
      }
    }
  }

  /**
   * A description list must be groups of terms ({@code dt}) each followed by descriptions ({@code
   * dd}); one that is not becomes plain blocks, its terms and descriptions {@code div}s.
   */
  static void descriptionLists(List<Element> lists) {
    for (Element dl : lists) {
      if (wellFormed(dl)) continue;
      for (Element child : dl.children()) {
        if (child.normalName().equals("dt") || child.normalName().equals("dd"))
          child.tagName("div");
      }
      dl.tagName("div");
    }
  }

  private static boolean wellFormed(Element dl) {
    for (Node n : dl.childNodes()) {
      if (n instanceof TextNode t && !t.isBlank()) return false;
    }
    String last = null;
    for (Element child : dl.children()) {
      String name = child.normalName();
      if (!name.equals("dt") && !name.equals("dd")) return false;
      if (last == null && name.equals("dd")) return false;
      last = name;
    }
    return "dd".equals(last);
  }

  /** A row without cells goes, and so does a row group or table that it leaves empty. */
  static void emptyRows(List<Element> rows) {
    for (Element tr : rows) {
      if (tr.parent() == null) continue;
      boolean cells = false;
      for (Element c : tr.children())
        cells |= c.normalName().equals("td") || c.normalName().equals("th");
      if (cells) continue;
      Element group = tr.parent();
      tr.remove();
      if (group != null && !group.normalName().equals("table") && group.children().isEmpty()) {
        Element table = group.parent();
        group.remove();
        if (table != null && table.normalName().equals("table") && table.children().isEmpty())
          table.remove();
      } else if (group != null
          && group.normalName().equals("table")
          && group.children().isEmpty()) {
        group.remove();
      }
    }
  }
}
