package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.junit.jupiter.api.Test;

/**
 * {@link HtmlCleaner} finds what it changes in one walk instead of jsoup selects; its output must
 * be what the plain jsoup path, written out here as the reference, gives: HTML and text, for tricky
 * inputs.
 */
class HtmlCleanerEquivalenceTest {
  /** The reference: parse, clean, then a select for each fix-up. */
  static Document reference(String html) {
    Document dirty = Jsoup.parseBodyFragment(html, "https://stek.invalid/");
    Document doc = new Cleaner(HtmlCleaner.SAFELIST).clean(dirty);
    doc.outputSettings().prettyPrint(false);
    if (!doc.select("h1").isEmpty()) {
      for (Element h : doc.select("h1, h2, h3, h4, h5")) {
        int level = h.tagName().charAt(1) - '0';
        h.tagName("h" + (level + 1));
      }
    }
    for (Element e : doc.select("[id^=stek]")) {
      String id = e.id();
      if (!id.startsWith("stek")) continue;
      e.id("h-" + id);
      for (Element a : doc.select("a[href]")) {
        if (a.attr("href").equals("#" + id)) a.attr("href", "#h-" + id);
      }
    }
    for (Element a : doc.select("a[href]")) {
      String href = a.attr("href");
      if (href.startsWith("http://") || href.startsWith("https://")) {
        a.attr("rel", "noopener noreferrer");
      }
    }
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
      "<br>"
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
