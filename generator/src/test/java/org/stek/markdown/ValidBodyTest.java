package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * What the cleaner mends so that any body is valid HTML, one repair at a time ({@code
 * MarkdownCorpusTest} checks whole pages of the CommonMark spec's examples with vnu).
 */
class ValidBodyTest {
  /** The cleaned body of {@code html}, as the other cleaner tests compare it too. */
  static String clean(String html) {
    return HtmlCleaner.clean(html).body().html();
  }

  @Test
  void headingsSkipNoLevel() {
    assertEquals(
        "<h2>a</h2><h3>b</h3><h4>c</h4><h3>d</h3><h2>e</h2>",
        clean("<h2>a</h2><h4>b</h4><h6>c</h6><h3>d</h3><h2>e</h2>"));
    assertEquals("<h2>deep first</h2>", clean("<h5>deep first</h5>"));
    // with an h1 in the body every heading goes one level down first
    assertEquals(
        "<h2>t</h2><h3>four</h3><h3>two</h3>", clean("<h1>t</h1><h4>four</h4><h2>two</h2>"));
  }

  @Test
  void rawHtmlUrlsAreEncodedLikeMarkdowns() {
    assertEquals(
        "<a href=\"https://e.example/a%0Ab%20c\" rel=\"noopener noreferrer\">x</a>"
            + "<img src=\"%60x%60%5By%5D.png\" alt=\"\">",
        clean("<a href=\" https://e.example/a\nb c \">x</a><img src=\"`x`[y].png\">"));
    assertEquals("<a>nowhere</a>", clean("<a href=\"https://../\">nowhere</a>"));
  }

  @Test
  void blocksLeavePhrasingOnlyElements() {
    assertEquals("<pre>code\n\npara\n</pre>", clean("<pre>code\n\n<p>para</p>\n</pre>"));
    assertEquals("<h2>in a heading</h2>", clean("<h2><p>in a heading</p></h2>"));
    assertEquals(
        "<ul><li><p>p</p></li><li>i</li></ul><ul><li>stray</li></ul>",
        clean("<ul><p>p</p><li>i</li></ul><li>stray</li>"));
    assertEquals("<div><div>d</div><div>t</div></div>", clean("<dl><dd>d</dd><dt>t</dt></dl>"));
  }

  @Test
  void rowsWithoutCellsGo() {
    assertEquals(
        "<table><tbody><tr><td>c</td></tr></tbody></table>",
        clean("<table><tr></tr><tr><td>c</td></tr></table>"));
    assertEquals("", clean("<table><thead><tr></tr></thead></table>"));
  }

  @Test
  void idsAndAttributesAreValid() {
    assertEquals(
        "<h2 id=\"a-b\">s</h2><h3>e</h3><a id=\"d\">1</a><a id=\"d-1\">2</a>"
            + "<a id=\"h-stek\">3</a><a href=\"#h-stek\">to</a>",
        clean(
            "<h2 id=\" a b\">s</h2><h3 id=\"\">e</h3><a id=d>1</a><a id=d>2</a>"
                + "<a id=stek>3</a><a href=\"#stek\">to</a>"));
    assertEquals(
        "<table><tbody><tr><th>h</th><td colspan=\"2\">c</td></tr></tbody></table><s>old</s>",
        clean(
            "<table width=5><tr><th scope=all axis=a>h</th><td colspan=2 rowspan=x>c</td></tr>"
                + "</table><strike>old</strike>"));
  }
}
