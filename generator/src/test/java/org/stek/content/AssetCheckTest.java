package org.stek.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.report.Problem;
import org.stek.report.Problems;

/**
 * A file beside the cards is published under the site's origin as it is: what a browser would run,
 * what would replace the build's own files, and an SVG that scripts, links out or embeds a document
 * are refused, each with its reason.
 */
class AssetCheckTest {
  @TempDir Path dir;

  /** The messages of checking a file at {@code rel} holding {@code text}. */
  private List<String> check(String rel, String text) throws IOException {
    Path file = dir.resolve(rel);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Problems problems = new Problems();
    AssetCheck.check(file, rel, problems);
    return problems.sorted().stream().map(Problem::message).toList();
  }

  /** The message of checking an SVG whose root element holds {@code inside}, if any. */
  private String svg(String attributes, String inside) throws IOException {
    List<String> m =
        check(
            "practices/p.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + attributes
                + ">"
                + inside
                + "</svg>");
    assertTrue(m.size() <= 1, m.toString());
    return m.isEmpty() ? null : m.get(0).replace("the SVG image ", "");
  }

  @Test
  void extensionsAreReadFromTheFileNameInAnyCase() {
    assertEquals("pdf", AssetCheck.extension("practices/a.b/Verslag.PDF"));
    assertEquals("", AssetCheck.extension("practices/a.b/LEESMIJ"));
    assertEquals("", AssetCheck.extension("LEESMIJ"));
    assertEquals("gz", AssetCheck.extension("data.tar.gz"));
    assertTrue(AssetCheck.runnable("practices/pagina.HTML"));
    assertTrue(AssetCheck.runnable("practices/x.svgz"));
    assertFalse(AssetCheck.runnable("practices/html"));
    assertFalse(AssetCheck.runnable("practices/foto.svg"));
  }

  @Test
  void placesTheBuildWritesAreRefusedAndOnlyThere() throws IOException {
    String own = "' is a place the build writes itself; the file would replace the site's own";
    assertEquals(List.of("'assets/stek.js" + own), check("assets/stek.js", "x"));
    assertEquals(List.of("'search/notes.txt" + own), check("search/notes.txt", "x"));
    assertEquals(List.of("'robots.txt" + own), check("robots.txt", "x"));
    assertEquals(List.of("'feed.xml" + own), check("feed.xml", "<feed/>"));
    assertEquals(List.of(), check("practices/robots.txt", "x"));
    assertEquals(List.of(), check("practices/assets/stek.txt", "x"));
    assertEquals(List.of(), check("notes.txt", "x"));
  }

  @Test
  void filesABrowserWouldRunAreRefused() throws IOException {
    assertEquals(
        List.of("a .js file is not published: a browser would run it as a page or a script"),
        check("practices/app.js", "alert(1)"));
    assertEquals(
        List.of("a .xhtml file is not published: a browser would run it as a page or a script"),
        check("pages/x.XHTML", "<html/>"));
    assertEquals(List.of(), check("practices/verslag.pdf", "%PDF-1.4"));
  }

  @Test
  void aPlainSvgIsPublished() throws IOException {
    assertEquals(null, svg(" width=\"4\"", "<rect width=\"4\" height=\"3\" fill=\"#2a6\"/>"));
    assertEquals(
        null,
        svg("", "<defs><rect id=\"r\" width=\"1\" height=\"1\"/></defs><use xlink:href=\"#r\"/>"),
        "a link inside the picture itself");
  }

  @Test
  void svgThatRunsScriptOrHoldsADocumentIsRefused() throws IOException {
    assertEquals("has a <script> element", svg("", "<script>alert(1)</script>"));
    assertEquals(
        "has a <foreignObject> element",
        svg(
            "",
            "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>"));
    assertEquals("has a <iframe> element", svg("", "<iframe xmlns=\"\"/>"));
    assertEquals("has an event handler (onload on <svg>)", svg(" onload=\"alert(1)\"", ""));
    assertEquals(
        "has an event handler (ONCLICK on <rect>)", svg("", "<rect ONCLICK=\"alert(1)\"/>"));
  }

  @Test
  void svgWithScriptUrlsOrLinksOutIsRefused() throws IOException {
    assertEquals(
        "has a script URL (href on <a>)",
        svg("", "<a xlink:href=\" java\tscript:alert(1)\"><rect/></a>"));
    assertEquals(
        "has a script URL (href on <image>)", svg("", "<image href=\"data:application/x-x,1\"/>"));
    assertEquals(
        "has a script URL (values on <set>)",
        svg("", "<set attributeName=\"fill\" values=\"VBScript:x\"/>"));
    assertEquals(
        "links outside itself (href=\"https://elders.example/\" on <a>)",
        svg("", "<a href=\"https://elders.example/\"><rect/></a>"));
    assertEquals(
        "links outside itself (href=\"foto.png\" on <image>)",
        svg("", "<image xlink:href=\"foto.png\"/>"));
    assertEquals(
        "animates a link (<set attributeName=\"xlink:href\">)",
        svg("", "<a><set attributeName=\"xlink:href\" to=\"#x\"/></a>"));
    assertEquals(
        "animates a link (<animate attributeName=\"href\">)",
        svg("", "<animate attributeName=\"href\" values=\"#a\"/>"));
  }

  @Test
  void svgThatIsNoXmlOrHasADoctypeIsRefused() throws IOException {
    String doctype =
        check(
                "practices/d.svg",
                "<!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            .get(0);
    assertTrue(
        doctype.startsWith("the SVG image is not well-formed XML (or has a DOCTYPE): "), doctype);
    String broken = check("practices/b.svg", "<svg><rect></svg>").get(0);
    assertTrue(
        broken.startsWith("the SVG image is not well-formed XML (or has a DOCTYPE): "), broken);
  }
}
