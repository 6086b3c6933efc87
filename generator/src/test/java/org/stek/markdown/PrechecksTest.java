package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prechecks that spare Flexmark's autolink and table steps: they may send Flexmark more than it
 * needs (the output would be the same), so {@code PrecheckedRenderingTest} cannot see one that
 * sends everything; here each must turn down exactly what cannot hold a link or start a table.
 */
class PrechecksTest {
  @Test
  void textWithoutTheMarksOfALinkNeedsNoAutolinkStep() {
    assertTrue(PrecheckedAutolink.noLink(BasedSequence.of("gewoon tekst, een wiel en w-w")));
    assertTrue(PrecheckedAutolink.noLink(BasedSequence.of("")));
    for (String link :
        new String[] {
          "https://x", "a@b", "&amp;", "\\*", "a\u001fb", "www", "WWW", "wW", "Ww", "awwb"
        }) assertFalse(PrecheckedAutolink.noLink(BasedSequence.of(link)), link);
  }

  @Test
  void onlyAParagraphWithABarOnItsFirstLineMayBeATable() {
    Parser parser = Parser.builder(new MutableDataSet()).build();
    assertTrue(PrecheckedTables.noTable(paragraph(parser, "geen tabel\n| a | b |")));
    assertFalse(PrecheckedTables.noTable(paragraph(parser, "a | b\n--|--")));
    assertFalse(PrecheckedTables.noTable(paragraph(parser, "|")));
    assertTrue(PrecheckedTables.noTable(new Paragraph()), "no lines");
  }

  private static Paragraph paragraph(Parser parser, String md) {
    Paragraph p = (Paragraph) parser.parse(md).getFirstChild();
    assertEquals(md.split("\n").length, p.getContentLines().size(), md);
    return p;
  }

  @Test
  void textIsReadFromTheStringItPointsInto() {
    BasedSequence whole = BasedSequence.of("een tekst");
    assertEquals("tekst", PlainTextRenderer.text(whole.subSequence(4, 9)));
    assertEquals("een tekst", PlainTextRenderer.text(whole));
  }

  @Test
  void tablesComeOutAsFlexmarksOwnTablesExtensionWritesThem() {
    // made here, not in a static field, so that each check runs with the extension under test
    HtmlRenderer[] renderers = new HtmlRenderer[2];
    Parser[] parsers = new Parser[2];
    for (int i = 0; i < 2; i++) {
      MutableDataSet options = MarkdownRenderer.options(i == 1);
      parsers[i] = Parser.builder(options).build();
      renderers[i] = HtmlRenderer.builder(options).build();
    }
    for (String md :
        List.of(
            "| a | b |\n|---|--:|\n| 1 | 2 |\n",
            "[r]: /u\n| [a][r] |\n|---|\n| 1 |\n",
            "tekst\n\nx | y\n---|---\n1 | 2")) {
      String stock = renderers[0].render(parsers[0].parse(md));
      assertTrue(stock.contains("<table>"), md + " gave " + stock);
      assertEquals(stock, renderers[1].render(parsers[1].parse(md)), md);
    }
  }
}
