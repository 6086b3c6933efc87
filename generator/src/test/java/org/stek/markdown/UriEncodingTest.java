package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Link and image targets are written as the CommonMark spec's own examples show them (its HTML is
 * what the reference renderers give): every example whose links Flexmark parses as the spec does
 * gets, after the cleaner, the spec's URLs byte for byte (raw HTML's encoded as Markdown's).
 */
class UriEncodingTest {
  @Test
  void targetsAreEncodedAsInTheSpecsExamples() throws IOException {
    MutableDataSet options = MarkdownRenderer.options(true);
    Parser parser = Parser.builder(options).build();
    HtmlRenderer renderer = HtmlRenderer.builder(options).build();
    int compared = 0;
    List<String> differ = new ArrayList<>();
    for (Map.Entry<Integer, String[]> e :
        MarkdownCorpusTest.commonMarkExamplesWithHtml().entrySet()) {
      List<String> want = urls(Jsoup.parseBodyFragment(e.getValue()[1]));
      if (want.isEmpty() || want.stream().anyMatch(u -> u.startsWith("javascript:"))) continue;
      List<String> got = urls(HtmlCleaner.clean(renderer.render(parser.parse(e.getValue()[0]))));
      if (got.size() != want.size()) continue; // Flexmark parses this one differently
      compared++;
      // Raw HTML passes through the reference renderers as written; here its URLs are encoded too.
      if (e.getValue()[0].matches("(?s).*<(a|img) .*"))
        want = want.stream().map(UriEncoding::encode).toList();
      if (!got.equals(want)) differ.add("example " + e.getKey() + ": " + got + " != " + want);
    }
    System.out.println(
        "uri encoding: " + compared + " spec examples compared, " + differ.size() + " differ");
    assertTrue(compared > 100, "compared: " + compared);
    assertEquals("", String.join("\n", differ));
  }

  private static List<String> urls(Document doc) {
    List<String> urls = new ArrayList<>();
    for (Element e : doc.body().select("a[href], img[src]"))
      urls.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
    return urls;
  }

  @Test
  void encodesWhatIsNotAllowedAndKeepsEscapes() {
    assertEquals(
        "https://example.com?find=%5C*", UriEncoding.encode("https://example.com?find=\\*"));
    assertEquals("a%20b%25zz%C3%A9%0A%60%5D", UriEncoding.encode("a%20b%zz\u00e9\n`]"));
    assertEquals("%F0%9F%98%80%EF%BF%BD", UriEncoding.encode("\uD83D\uDE00\uD83D"));
    assertEquals("http://[::1]:80/a%20b", UriEncoding.encode("http://[::1]:80/a b"));
    String kept = "https://a.example/x;y?z=1&b=$,-_.!~*'()#f@:+";
    assertEquals(kept, UriEncoding.encode(kept));
  }

  @Test
  void hostsNoBrowserReaches() {
    for (String u :
        List.of(
            "https://../",
            "HTTPS://../",
            "https://",
            "http://a..b/c",
            "https://.x/",
            "https://an@b.example/",
            "https://@b.example/",
            "https://:80/",
            "http://./x")) assertTrue(UriEncoding.unreachableHost(u), u);
    // the host ends at the path, a port or a trailing dot is no part of it, the scheme in any case
    for (String u :
        List.of(
            "https://example.com:8080/x",
            "https://example.com./",
            "http://[::1]:80/",
            "x.html",
            "mailto:a@b.c",
            "#f",
            "https://a/",
            "https://a.example",
            "https://a.example/../x",
            "https://a.example/@x",
            "https://a.example?q=a..b@c",
            "HTTP://A.EXAMPLE/")) assertEquals(false, UriEncoding.unreachableHost(u), u);
  }

  @Test
  void aPercentSignStaysOnlyBeforeTwoHexDigits() {
    assertEquals("x%20y%09%af%AF%FA", UriEncoding.encode("x%20y%09%af%AF%FA"));
    for (String notHex : List.of("/", ":", "g", "@", "G"))
      assertEquals("%25" + notHex + "0", UriEncoding.encode("%" + notHex + "0"), notHex);
    assertEquals("%25%600", UriEncoding.encode("%`0"));
    assertEquals("a%254", UriEncoding.encode("a%4"), "an escape cut short at the end");
    assertEquals("100%25", UriEncoding.encode("100%"));
  }
}
