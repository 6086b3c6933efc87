package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.stek.content.SourceFile;
import org.stek.report.Problems;

/**
 * Any Markdown, rendered as a card body, gives HTML in which every element and attribute is on the
 * safelist and no link or image carries a script URL. In `./mvnw verify` this runs on the saved
 * inputs (MarkdownFuzzTestInputs); `JAZZER_FUZZ=1` fuzzes it.
 */
class MarkdownFuzzTest {
  /** Attributes a browser follows or loads; text such as alt may say anything. */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "cite", "action", "formaction", "poster", "xlink:href", "srcset");

  private static final MarkdownRenderer RENDERER =
      new MarkdownRenderer(Set.of("practices/a.png"), true);

  @FuzzTest(maxDuration = "10m")
  void bodyHtmlStaysOnTheSafelist(String markdown) {
    SourceFile src =
        new SourceFile(Path.of("practices/fuzz.md"), "practices/fuzz.md", "", 1, markdown, 3);
    RenderedBody body =
        RENDERER.render(src, "practices/fuzz.html", Set.of("practices/fuzz.md"), new Problems());
    // The base the cleaner judged relative links against.
    Document doc = Jsoup.parseBodyFragment(body.html(), "https://stek.invalid/");
    for (Element e : doc.body().getAllElements()) {
      if (e == doc.body()) continue;
      assertTrue(HtmlCleaner.SAFELIST.isSafeTag(e.normalName()), () -> "tag " + e.outerHtml());
      for (Attribute a : e.attributes()) {
        boolean rel = a.getKey().equals("rel") && e.normalName().equals("a");
        assertTrue(
            rel || HtmlCleaner.SAFELIST.isSafeAttribute(e.normalName(), e, a),
            () -> "attribute " + a + " in " + e.outerHtml());
        if (!URL_ATTRIBUTES.contains(a.getKey())) continue;
        String v = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase();
        assertTrue(
            !v.startsWith("javascript:") && !v.startsWith("vbscript:") && !v.startsWith("data:"),
            () -> "script URL " + a);
      }
    }
  }
}
