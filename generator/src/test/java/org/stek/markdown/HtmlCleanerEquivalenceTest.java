package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/**
 * {@link HtmlCleaner} finds what it changes in one walk instead of jsoup selects; its output must
 * be what the plain jsoup path, written out here as the reference, gives: HTML and text, for tricky
 * inputs.
 */
class HtmlCleanerEquivalenceTest {
  /** The reference: parse, clean, then a select for each fix-up, each in document order. */
  static Document reference(String html) {
    Document dirty = Jsoup.parseBodyFragment(html, "https://stek.invalid/");
    Document doc = new Cleaner(HtmlCleaner.SAFELIST).clean(dirty);
    doc.outputSettings().prettyPrint(false);
    Element body = doc.body();
    // what the walk decides from each node before any is changed
    List<Node> misplaced = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node != body && ContentModel.misplaced(node)) misplaced.add(node);
        },
        body);
    List<Element> strayItems = new ArrayList<>(body.select("li"));
    strayItems.removeIf(li -> li.parent().normalName().matches("ul|ol"));
    for (Element e :
        body.select("[colspan], [rowspan], [span], [start], [width], [height], [scope]")) {
      if (!e.attr("colspan").matches("0*[1-9]\\d{0,2}")) e.removeAttr("colspan");
      if (!e.attr("rowspan").matches("\\d{1,4}")) e.removeAttr("rowspan");
      if (!e.attr("span").matches("0*[1-9]\\d{0,2}")) e.removeAttr("span");
      if (!e.attr("start").matches("-?\\d{1,9}")) e.removeAttr("start");
      if (!e.attr("width").matches("\\d{1,5}")) e.removeAttr("width");
      if (!e.attr("height").matches("\\d{1,5}")) e.removeAttr("height");
      if (!e.attr("scope").matches("row|col|rowgroup|colgroup")) e.removeAttr("scope");
    }
    for (Element e : body.select("strike")) e.tagName("s");
    for (Element e : body.select("img:not([alt])")) e.attr("alt", "");
    HtmlCleaner.relevel(body.select("h1, h2, h3, h4, h5, h6"), !body.select("h1").isEmpty());
    HtmlCleaner.validIds(body.select("[id]"), body.select("[href], [src], [cite]"));
    HtmlCleaner.urls(body.select("[href], [src], [cite]"));
    ContentModel.repair(misplaced);
    ContentModel.listItems(strayItems);
    ContentModel.descriptionLists(body.select("dl"));
    ContentModel.emptyRows(body.select("tr"));
    return doc;
  }

  static final String[] TRICKY = {
    "",
    "plain text",
    "<h1 id=\"stek\">T</h1><p><a href=\"#stek\">up</a></p>",
    "<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6>",
    "<h2>no h1</h2><h5>five</h5><h6>six</h6>",
    "<H1 ID=\"STEKx\">upper</H1><a href=\"#STEKx\">x</a><a id=\"Stek\" href=\"#Stek\">y</a>",
    "<a id=\"stekA\">1</a><a id=\"stekA\">2</a><a href=\"#stekA\">to</a><a href=\"#stekA\">again</a>",
    "<a id=\"stekA\" href=\"#stekB\">a</a><h3 id=\"stekB\">b</h3><a href=\"#stekA\">c</a>",
    "<a href=\"#h-stekA\">pre-renamed</a><a id=\"h-stekA\">x</a><a id=\"stekA\">y</a>",
    "<a href=\"#stek\">before</a><h2 id=\"stek-search\">s</h2><a href=\"#stek-search\">after</a>",
    "<p id=\"stek\">p ids are dropped</p><a href=\"#stek\">l</a>",
    "<a href=\"http://a.example/\">h</a><a href=\"https://b.example/x?y#z\">s</a>",
    "<a href=\"HTTP://upper.example/\">u</a><a href=\"//proto.example/\">p</a>",
    "<a href=\"other.html\">rel</a><a href=\"../up.html#f\">up</a><a href=\"/root\">root</a>",
    "<a href=\"mailto:a@b.cc\">m</a><a href=\"javascript:alert(1)\">js</a><a>none</a>",
    "<a href=\"https://x.example/\" rel=\"nofollow\" id=\"stekR\">r</a><a href=\"#stekR\">to r</a>",
    "<table><tr><th scope=col>h</th></tr><tr><td><a href=\"http://t.example/\">t</a></td></tr></table>",
    "<h1 id=\"x\"><a href=\"https://in.example\" id=\"stekIn\">in</a></h1><a href=\"#stekIn\">i</a>",
    "<ul><li><h1>in list</h1></li></ul><blockquote><h4 id=stek4>q</h4></blockquote>",
    "<script>alert(1)</script><img src=x onerror=alert(1)><iframe src=https://e.example/>",
    "text &amp; &lt;b&gt; &nbsp; \u00a0 é <br> line<br/>two  spaces\n\nnew",
    "<pre>  keep\n  spaces </pre><code> c  o </code>",
    "<pre><p>a</p><div>b<p>c</p></div></pre><h2><p>p</p></h2><ul>t<p>x</p><li>i</li></ul>",
    "<li>stray</li><blockquote><li>q</li></blockquote><dl><dd>d</dd><dt>t</dt></dl><dl><dt>a</dt><dd>b</dd></dl>",
    "<table><tr></tr><tr><td>c</td></tr></table><table><thead><tr></tr></thead></table>",
    "<h2 id=\"a b\">s</h2><h3 id=\"\">e</h3><a id=dup>1</a><a id=dup>2</a><a href=\"#dup\">d</a>",
    "<a href=\"https://e.example/a b`c\">x</a><img src=\" x y.png \"><a href=\"https://../\">h</a>",
    "<h2>two</h2><h5>five</h5><h6>six</h6><h3>three</h3><h1>one</h1>",
    "<td colspan=x scope=all width=50%>c</td><strike>s</strike><img src=a.png>",
  };

  @Test
  void trickyInputsCleanAsTheSelectsDid() {
    for (String html : TRICKY) same(html);
  }

  @Test
  void randomMixesCleanAsTheSelectsDid() {
    String[] parts = {
      "<h1 id=\"stek\">",
      "</h1>",
      "<h2 id=\"stekB\">",
      "</h2>",
      "<h3>",
      "</h3>",
      "<h5 id=STEK>",
      "<h6>",
      "<a href=\"#stek\">",
      "<a href=\"#stekB\">",
      "<a href=\"#STEK\">",
      "</a>",
      "<a id=\"stek\">",
      "<a href=\"https://e.example/\">",
      "<a href=\"http://e.example\">",
      "<a href=\"x.html\">",
      "<a href=\"#h-stek\">",
      "<p>",
      "</p>",
      "<ul><li>",
      "</li></ul>",
      "word ",
      " ",
      "\n",
      "&amp;",
      "<b>",
      "</b>",
      "<script>",
      "<img src=\"a.png\">",
      "<br>",
      "<pre>",
      "</pre>",
      "<table><tr>",
      "</tr></table>",
      "<a href=\"https://e.example/a b\">",
      "<h4 id=\"x y\">",
      "</h4>",
      "<li>",
      "<dl><dt>",
      "<dd>"
    };
    Random r = new Random(7);
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = 1 + r.nextInt(20); j > 0; j--) b.append(parts[r.nextInt(parts.length)]);
      inputs.add(b.toString());
    }
    for (String html : inputs) same(html);
  }

  private static void same(String html) {
    Document want = reference(html);
    Document got = HtmlCleaner.clean(html);
    assertEquals(want.body().html(), got.body().html(), html);
    assertEquals(want.body().text(), got.body().text(), html);
  }
}
