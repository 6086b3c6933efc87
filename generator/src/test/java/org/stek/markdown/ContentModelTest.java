package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stek.markdown.ValidBodyTest.clean;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Each content-model repair of {@link ContentModel} on its own, and what it must leave alone: the
 * cleaner's output for a body that breaks one rule, and for one that keeps it.
 */
class ContentModelTest {
  @Test
  void listsHoldOnlyItemsAndBlankText() {
    assertEquals("<ol> <li>a</li> </ol>", clean("<ol> <li>a</li> </ol>"));
    assertEquals(
        "<ol><li>tekst</li><li>a</li><li><div>d</div></li></ol>",
        clean("<ol>tekst<li>a</li><div>d</div></ol>"));
    assertEquals("<ul><li>t</li></ul>", clean("<ul>t</ul>"));
  }

  @Test
  void aBlockInsideALinkInsidePhrasingIsUnwrapped() {
    // the link takes its parent's content model, so the div in it is as misplaced as in the pre
    assertEquals(
        "<pre><a href=\"x.html\">blok</a></pre>",
        clean("<pre><a href=\"x.html\"><div>blok</div></a></pre>"));
    // a link directly in a block may hold blocks
    assertEquals(
        "<div><a href=\"x.html\"><div>blok</div></a></div>",
        clean("<div><a href=\"x.html\"><div>blok</div></a></div>"));
    // phrasing stays where it is
    assertEquals(
        "<pre><b>vet</b> <code>c</code></pre>", clean("<pre><b>vet</b> <code>c</code></pre>"));
  }

  @Test
  void strayItemsGetAListOfTheirOwnButItemsInAnyListStay() {
    assertEquals("<ol><li>a</li></ol>", clean("<ol><li>a</li></ol>"));
    assertEquals("<div><ul><li>los</li></ul></div>", clean("<div><li>los</li></div>"));
  }

  @Test
  void wellFormedDescriptionListsStayAndOthersBecomeBlocks() {
    String good = "<dl> <dt>a</dt><dt>b</dt> <dd>c</dd><dd>d</dd><dt>e</dt><dd>f</dd></dl>";
    assertEquals(good, clean(good));
    assertEquals("<div><div>t</div></div>", clean("<dl><dt>t</dt></dl>"), "no description");
    assertEquals("<div></div>", clean("<dl></dl>"), "empty");
    assertEquals(
        "<div>tekst<div>t</div><div>d</div></div>", clean("<dl>tekst<dt>t</dt><dd>d</dd></dl>"));
    assertEquals(
        "<div><div>t</div><p>p</p><div>d</div></div>",
        clean("<dl><dt>t</dt><p>p</p><dd>d</dd></dl>"));
  }

  @Test
  void rowsWithCellsOfEitherKindStay() {
    String heads = "<table><thead><tr><th>h</th></tr></thead></table>";
    assertEquals(heads, clean(heads));
    assertEquals(
        "<table><tbody><tr><td>c</td></tr></tbody></table>",
        clean("<table><thead><tr></tr></thead><tbody><tr><td>c</td></tr></tbody></table>"),
        "the emptied head goes, the table with a body stays");
    assertEquals(
        "<table><caption>c</caption></table>",
        clean("<table><caption>c</caption><tr></tr></table>"),
        "the emptied body goes, the table with a caption stays");
  }

  @Test
  void aRowRightInATableGoesAndTakesTheEmptiedTable() {
    // jsoup's parser always puts rows in a row group; built by hand, a row can sit in the table
    Element div = new Element("div");
    Element empty = div.appendElement("table");
    Element row = empty.appendElement("tr");
    Element kept = div.appendElement("table");
    kept.appendElement("caption").text("c");
    Element other = kept.appendElement("tr");
    ContentModel.emptyRows(List.of(row, other));
    assertEquals(
        "<table><caption>c</caption></table>", div.html().replace("\n", "").replace(" ", ""));
  }
}
