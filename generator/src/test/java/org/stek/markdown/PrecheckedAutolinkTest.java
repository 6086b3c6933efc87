package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecheckedAutolinkTest {
  private static String render(Parser.ParserExtension autolink, String md) {
    MutableDataSet o = new MutableDataSet();
    o.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), autolink));
    return HtmlRenderer.builder(o).build().render(Parser.builder(o).build().parse(md));
  }

  @Test
  void sameHtmlAsFlexmarksAutolink() {
    List<String> samples =
        List.of(
            "Zie https://example.org/a?b=c of www.stek.be en mail els@brugge.be.",
            "Geen link hier, alleen woorden: wel een dubbele punt.",
            "WWW.HOOFD.BE en Www.Gemengd.be, ftp://x en mailto:a@b.c",
            "Escapes \\: en \\@ en &#58; en &amp; en `code www.x.be`",
            "*nadruk www.x.be* [link](https://a.b) <https://c.d> en **https://e.f**",
            "| a | b |\n|---|---|\n| www.x.be | c@d.ef |\n",
            "gewoon tekst zonder iets bijzonders\n\nnog een alinea met wwwoorden",
            "scheme:// alleen, en http://");
    for (String md : samples) {
      assertEquals(
          render(AutolinkExtension.create(), md), render(new PrecheckedAutolink(), md), md);
    }
  }
}
