package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkdownRenderer}'s prechecked tables and plain text renderer write the bytes Flexmark's
 * own do.
 */
class PrecheckedRenderingTest {
  private static final List<String> PIECES =
      List.of(
          "&amp;",
          "&copy;",
          "&#65;",
          "&#x41;",
          "&bogus;",
          "& ",
          "\\*",
          "\\\\",
          "\\",
          "<",
          ">",
          "\"",
          "'",
          "\r\n",
          "\n",
          "\r",
          "  \n",
          "\\\n",
          "*em*",
          "**strong**",
          "_u_",
          "`code`",
          "``a`b``",
          "`a < & b`",
          "[l](x.md)",
          "[l](http://a.b \"t\")",
          "![alt \"q\"](a.png)",
          "<b>raw</b>",
          "<span title=\"a&b\">x</span>",
          "<!-- c -->",
          "# Kop\n",
          "## Kop\n",
          "\n\n",
          "| a | b |\n|---|---|\n| 1 < 2 | &amp; |\n",
          "- item\n",
          "1. een\n",
          "> citaat\n",
          "    code < &\n",
          "```\nfence < &amp;\n```\n",
          "http://x.y",
          "www.example.com",
          "a@b.cc",
          "woord",
          " ",
          "\t",
          "é",
          "\u00a0",
          "\u0000",
          "~~s~~",
          "[ref]\n\n[ref]: /u\n",
          "<http://x>",
          "***",
          "---\n",
          "\uD83D\uDE00",
          "<div>\n",
          "</div>\n",
          "a|b\n");

  private static final MutableDataSet STOCK = MarkdownRenderer.options(false);
  private static final MutableDataSet PRECHECKED = MarkdownRenderer.options(true);
  private static final Parser[] PARSERS = {
    Parser.builder(STOCK).build(), Parser.builder(PRECHECKED).build()
  };
  private static final HtmlRenderer[] RENDERERS = {
    HtmlRenderer.builder(STOCK).build(), HtmlRenderer.builder(PRECHECKED).build()
  };

  private static String render(boolean prechecked, String md) {
    int i = prechecked ? 1 : 0;
    return RENDERERS[i].render(PARSERS[i].parse(md));
  }

  @Test
  void trickyMarkdownRendersAsFlexmarkRendersIt() {
    List<String> samples =
        List.of(
            "Tom &amp; Jerry &copy; 2024, &#169; &bogus; & alleen",
            "Escapes: \\* \\_ \\\\ \\< \\& \\a en een \\\neinde",
            "a < b > c \"quoted\" 'single' & <b>raw</b> <i>schuin",
            "regel een\r\nregel twee\r\n\r\nalinea\rmet CR\r",
            "hard  \nbreak en\\\nnog een\nzacht",
            "*nadruk* **sterk** _onder_ `code < & >` [link \"x\"](https://a.b \"titel\")",
            "| kop < | \"b\" |\n|---|---|\n| 1 & 2 | &lt; |\n",
            "<div class=\"x\">\n<p>html & blok</p>\n</div>\n\nna het blok",
            "# Titel & <kop>\n\n## Nog \"een\"\n\ntekst met NUL \u0000 erin",
            "- lijst <a>\n- item & ander\n\n1. genummerd \"x\"\n\n> citaat > ja",
            "    code & < >\n\n```\nfence &amp; \"q\"\n```",
            "no table yet\n| a | b |\n|---|---|\n| 1 | 2 |",
            "[r]: /u\n| a |\n|---|\n| 1 |\n\nx | y\n--|--\n  | ingesprongen |",
            "plain text only, nothing to escape at all");
    for (String md : samples) assertEquals(render(false, md), render(true, md), md);
  }

  @Test
  void randomMarkdownRendersAsFlexmarkRendersIt() {
    Random random = new Random(20240601);
    for (int i = 0; i < 3000; i++) {
      StringBuilder md = new StringBuilder();
      for (int n = 1 + random.nextInt(20); n > 0; n--) {
        md.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String s = md.toString();
      assertEquals(render(false, s), render(true, s), s);
    }
  }

  @Test
  void escapesLikeFlexmarkOrDeclines() {
    assertEquals("a &lt;b&gt; &quot;c&quot; 'd'", PlainTextRenderer.escaped("a <b> \"c\" 'd'"));
    assertEquals("plain", PlainTextRenderer.escaped("plain"));
    assertNull(PlainTextRenderer.escaped("a & b"));
    assertNull(PlainTextRenderer.escaped("a \\* b"));
    assertNull(PlainTextRenderer.escaped("a\r\nb"));
    assertNull(PlainTextRenderer.escaped("a\u0000b"));
  }
}
