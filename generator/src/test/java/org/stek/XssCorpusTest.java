package org.stek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The XSS corpus (see {@link XssSite}) builds, and every file of the site is read back with a real
 * parser and holds nothing that would run: pages with jsoup (no author script, style, event
 * handler, script URL, frame, object, form, refresh, base, SVG or MathML), the feeds and sitemap
 * with the JDK's XML parser, every JSON file with Jackson, every script of data as one call whose
 * argument is JSON without a line or paragraph separator, {@code </script} or {@code <!--}, and the
 * CSV with commons-csv without a cell a spreadsheet would run.
 */
class XssCorpusTest {
  /** Attributes a browser follows, loads or submits to. */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "xlink:href",
          "poster",
          "data",
          "background",
          "cite",
          "lowsrc",
          "dynsrc",
          "codebase",
          "manifest");

  private static final Set<String> NEVER =
      Set.of(
          "style",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "base",
          "template",
          "math",
          "xml",
          "portal",
          "param");

  /** The site's own forms: search and browse, the contribute form (which submits nowhere). */
  private static final Set<String> OWN_FORMS =
      Set.of("search-form", "site-search", "contribute-form", "browse-form");

  private static final Pattern SCRIPT_URL =
      Pattern.compile("^(javascript|vbscript|data|livescript):");

  @Test
  void everyPageIsFreeOfAuthorMarkupThatRuns() throws IOException {
    Path site = XssSite.site();
    List<String> problems = new ArrayList<>();
    List<Path> pages = LinkCrawler.pages(site);
    for (Path page : pages) {
      String name = site.relativize(page).toString();
      Document doc = Jsoup.parse(page.toFile(), "UTF-8", page.toUri().toString());
      checkHtml(site, page, name, doc.getAllElements(), problems);
    }
    assertTrue(pages.size() > 15, "pages: " + pages.size());
    for (String url :
        List.of(
            "practices/kwaadaardige-velden.html",
            "practices/kwaadaardige-tekst.html",
            "recommendations/kwaadaardig-advies.html",
            "kwaadaardige-pagina.html")) {
      assertTrue(Files.isRegularFile(site.resolve(url)), url);
    }
    assertEquals(List.of(), problems);
  }

  /** The payloads are shown as text: the title is the author's, escaped, not dropped. */
  @Test
  void payloadsInFieldsAreShownAsText() {
    Path page = XssSite.site().resolve("practices/kwaadaardige-velden.html");
    Document doc = parse(page);
    assertTrue(
        doc.selectFirst("h1").text().contains("onerror=alert('xss-title')"),
        doc.selectFirst("h1").outerHtml());
    Element img = doc.selectFirst("img[src$=foto.svg]");
    assertTrue(img.attr("alt").startsWith("\"><img src=x onerror"), img.outerHtml());
  }

  /** Script URLs in front matter, and a Markdown link that hides one in an entity, are errors. */
  @Test
  void scriptUrlsInFieldsAreErrors(@TempDir Path dir) {
    TestSite site = TestSite.in(dir);
    site.practice("a", "A", "onderwijs", "[entiteit](&#106;avascript:alert('xss-md-entity'))");
    String card =
        """
        ---
        title: B
        summary: Een samenvatting.
        themes: [onderwijs]
        organisation: School
        reach: 1
        recurrence: 1
        published: 2025-01-01
        contact: {url: "%s"}
        links: [{title: x, url: "%s"}]
        ---
        Tekst.
        """;
    site.file("practices/b.md", card.formatted("javascript:alert(1)", "JaVaScRiPt:alert(1)"));
    site.file("practices/c.md", card.formatted(" data:text/html,x", "vbscript:msgbox(1)"));
    site.file("practices/d.md", card.formatted("https://x.org/\tonclick", "https://x.org/ x"));
    List<String> errors = new ArrayList<>();
    for (var p : site.check().problems())
      if (p.isError()) errors.add(p.file().getFileName() + ":" + p.line());
    assertEquals(
        List.of("a.md:13", "b.md:10", "b.md:9", "c.md:10", "c.md:9", "d.md:10", "d.md:9"),
        errors.stream().sorted().toList());
  }

  /**
   * Files beside the cards are published as they are, under the site's origin and without the
   * pages' policy: a page, a script, an SVG with script, or a file where the build writes its own
   * (which would replace the site's own script) is an error; a plain SVG is published.
   */
  @Test
  void filesThatWouldRunAreErrors(@TempDir Path dir) {
    TestSite site = TestSite.in(dir);
    site.practice("a", "A", "onderwijs", "![plaatje](ok.svg)");
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" %s</svg>";
    Map<String, String> files = new TreeMap<>();
    files.put("assets/stek.js", "alert('xss-replaced')");
    files.put("search/facets.js", "alert('xss-facets')");
    files.put("practices.json", "[]");
    files.put("practices/boos.html", "<script>alert('xss-page')</script>");
    files.put("practices/BOOS.JS", "alert('xss-js')");
    files.put("practices/feed.xml", "<a/>");
    files.put("practices/script.svg", svg.formatted("><script>alert('xss-svg')</script>"));
    files.put("practices/onload.svg", svg.formatted("onload=\"alert('xss-onload')\">"));
    files.put(
        "practices/link.svg",
        svg.formatted(
            "xmlns:x=\"http://www.w3.org/1999/xlink\"><a x:href=\" JaVa&#x09;script:alert(1)\">"
                + "<text>x</text></a>"));
    files.put(
        "practices/animate.svg",
        svg.formatted("><a><set attributeName=\"href\" to=\"&#106;avascript:alert(1)\"/></a>"));
    files.put(
        "practices/object.svg",
        svg.formatted(
            "><foreignObject><iframe xmlns=\"http://www.w3.org/1999/xhtml\"/></foreignObject>"));
    files.put(
        "practices/entity.svg",
        "<!DOCTYPE svg [<!ENTITY x \"&#60;script&#62;\">]>" + svg.formatted(">&x;"));
    files.put("practices/broken.svg", "<svg");
    files.put(
        "practices/ok.svg",
        svg.formatted("viewBox=\"0 0 1 1\"><use href=\"#r\"/><rect id=\"r\"/>"));
    files.forEach(site::file);
    List<String> errors = new ArrayList<>();
    for (var p : site.check().problems()) {
      if (p.isError()) errors.add(site.content().relativize(p.file()).toString());
    }
    List<String> expected = new ArrayList<>(files.keySet());
    expected.remove("practices/ok.svg");
    assertEquals(expected, errors.stream().sorted().toList());
  }

  @Test
  void feedsAndSitemapAreWellFormedXmlWithoutScript() throws Exception {
    Path site = XssSite.site();
    List<String> problems = new ArrayList<>();
    List<Path> xml = files(site, ".xml");
    assertTrue(xml.stream().anyMatch(p -> p.endsWith("feed.xml")), "feed.xml: " + xml);
    assertTrue(xml.stream().anyMatch(p -> p.endsWith("sitemap.xml")), "sitemap.xml: " + xml);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    for (Path p : xml) {
      String name = site.relativize(p).toString();
      org.w3c.dom.Document d = f.newDocumentBuilder().parse(p.toFile());
      NodeList all = d.getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
        String local = e.getLocalName().toLowerCase(Locale.ROOT);
        if (local.equals("script") || NEVER.contains(local) || local.equals("svg"))
          problems.add(name + ": <" + local + ">");
        for (int a = 0; a < e.getAttributes().getLength(); a++) {
          String attr = e.getAttributes().item(a).getLocalName();
          if (attr != null && attr.toLowerCase(Locale.ROOT).startsWith("on"))
            problems.add(name + ": " + attr + " on <" + local + ">");
          if (attr != null && isScriptUrl(e.getAttributes().item(a).getNodeValue()))
            problems.add(name + ": script URL in " + attr);
        }
        // Escaped HTML (Atom's type="html") is what a feed reader renders: it must be clean too.
        if ("html".equals(e.getAttribute("type"))) {
          Document html = Jsoup.parseBodyFragment(e.getTextContent());
          checkHtml(null, null, name + " <" + local + ">", html.body().getAllElements(), problems);
        }
        if (local.equals("loc") || local.equals("id") || local.equals("uri")) {
          if (isScriptUrl(e.getTextContent())) problems.add(name + ": script URL " + local);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyJsonFileParses() throws IOException {
    Path site = XssSite.site();
    List<Path> json = files(site, ".json");
    assertTrue(json.stream().anyMatch(p -> p.endsWith("practices.json")), "json: " + json);
    ObjectMapper m = new ObjectMapper();
    for (Path p : json) {
      m.readTree(p.toFile());
    }
  }

  /** One call per file, its argument JSON; nothing that ends or hides a script in an HTML page. */
  private static final List<Pattern> SCRIPT_SHAPES =
      List.of(
          Pattern.compile("(?s)^stek\\.add(?:Shard|Facets)\\((.*)\\);\\n$"),
          Pattern.compile(
              "(?s)^\\(window\\.stekSchemas = window\\.stekSchemas \\|\\| \\{\\}\\)"
                  + "\\[\"[a-z]+\"\\] = (.*);\\n$"));

  @Test
  void dataScriptsAreOneCallWithJsonThatCannotBreakOut() throws IOException {
    Path site = XssSite.site();
    List<String> problems = new ArrayList<>();
    List<Path> scripts = new ArrayList<>(files(site.resolve("search"), ".js"));
    scripts.addAll(files(site.resolve("schema"), ".js"));
    assertTrue(scripts.size() > 5, "scripts: " + scripts);
    ObjectMapper m = new ObjectMapper();
    for (Path p : scripts) {
      String name = site.relativize(p).toString();
      String text = Files.readString(p);
      String arg = null;
      for (Pattern shape : SCRIPT_SHAPES) {
        Matcher x = shape.matcher(text);
        if (x.matches()) arg = x.group(1);
      }
      if (arg == null) {
        problems.add(name + ": not one call of stek.addShard/addFacets or a schema");
        continue;
      }
      try {
        m.readTree(arg);
      } catch (IOException e) {
        problems.add(name + ": argument is not JSON: " + e.getMessage());
      }
      assertClean(name, text, problems);
    }
    // The payload titles are in the shards (escaped), so the test did look at them.
    String docs = String.join("", readAll(files(site.resolve("search"), ".js")));
    assertTrue(docs.contains("xss-title-script"), "payload title in the document shards");
    assertEquals(List.of(), problems);
  }

  @Test
  void csvParsesAndNoCellIsAFormula() throws IOException {
    Path site = XssSite.site();
    byte[] bytes = Files.readAllBytes(site.resolve("practices.csv"));
    String text = new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    List<String> problems = new ArrayList<>();
    for (CSVRecord r : records) {
      for (String cell : r) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0)
          problems.add("row " + r.getRecordNumber() + ": " + cell);
      }
    }
    assertEquals(3, records.size(), "header and two practices");
    assertTrue(text.contains("HYPERLINK"), "the organisation is in the CSV");
    assertEquals(List.of(), problems);
  }

  /**
   * No raw line or paragraph separator; in scripts, nothing that ends a script or opens a comment.
   */
  private static void assertClean(String name, String text, List<String> problems) {
    if (text.indexOf('\u2028') >= 0) problems.add(name + ": raw U+2028");
    if (text.indexOf('\u2029') >= 0) problems.add(name + ": raw U+2029");
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("</script")) problems.add(name + ": </script");
    if (lower.contains("<!--")) problems.add(name + ": <!--");
    if (lower.contains("<script")) problems.add(name + ": <script");
  }

  /**
   * Checks elements of a page (or, with {@code site} null, of escaped HTML in a feed, where nothing
   * of the site's own is allowed either).
   */
  private static void checkHtml(
      Path site, Path page, String name, List<Element> elements, List<String> problems) {
    for (Element e : elements) {
      String tag = e.normalName();
      String where = name + ": <" + tag + "> ";
      switch (tag) {
        case "script" -> {
          if (!e.data().isBlank()) problems.add(where + "inline script");
          if (!own(site, page, e.attr("src"), "assets/", "search/", "schema/"))
            problems.add(where + "script not of the site: " + e.attr("src"));
        }
        case "link" -> {
          String rel = e.attr("rel").toLowerCase(Locale.ROOT);
          if (rel.contains("stylesheet") && !own(site, page, e.attr("href"), "assets/"))
            problems.add(where + "stylesheet not of the site: " + e.attr("href"));
          if (rel.contains("import") || rel.contains("prefetch") || rel.contains("preload"))
            problems.add(where + "rel=" + rel);
        }
        case "meta" -> {
          String equiv = e.attr("http-equiv").toLowerCase(Locale.ROOT);
          if (!equiv.isEmpty() && !equiv.equals("content-security-policy"))
            problems.add(where + "http-equiv=" + equiv);
        }
        case "form" -> {
          boolean ownForm =
              site != null
                  && (OWN_FORMS.contains(e.id())
                      || e.classNames().stream().anyMatch(OWN_FORMS::contains))
                  && (!e.hasAttr("action")
                      || own(site, page, e.attr("action"), "search/index.html"));
          if (!ownForm) problems.add(where + "form not of the site: " + e.outerHtml());
        }
        case "svg" -> {
          boolean chart = site != null && e.hasClass("chart-svg") && name.equals("overview.html");
          if (!chart) problems.add(where + "SVG from an author");
        }
        case "input" -> {
          if (e.attr("type").equalsIgnoreCase("image")) problems.add(where + "type=image");
        }
        default -> {
          if (NEVER.contains(tag)) problems.add(where + "not allowed");
        }
      }
      // An id is a global name in the page's scripts: none may shadow the site's (stek...).
      if (e.id().startsWith("stek")) problems.add(where + "id=" + e.id());
      if (page != null && site != null && !tag.equals("svg") && inOwnSvg(e)) continue;
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on")) problems.add(where + key + "=" + a.getValue());
        if (key.equals("style")) problems.add(where + "style attribute");
        if (key.equals("srcdoc")) problems.add(where + "srcdoc");
        if (URL_ATTRIBUTES.contains(key) && isScriptUrl(a.getValue()))
          problems.add(where + key + "=" + a.getValue());
        if (key.equals("srcset")) {
          for (String candidate : a.getValue().split(",")) {
            if (isScriptUrl(candidate)) problems.add(where + "srcset=" + a.getValue());
          }
        }
        if (key.equals("content") && tag.equals("meta") && a.getValue().contains("url="))
          problems.add(where + "content=" + a.getValue());
      }
    }
  }

  private static boolean inOwnSvg(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("svg")) return p.hasClass("chart-svg");
    }
    return false;
  }

  /** Whether {@code url}, relative to the page, names a file of the site under one of these. */
  private static boolean own(Path site, Path page, String url, String... under) {
    if (site == null || url.isEmpty()) return false;
    // The 404 page, which may be served at any depth, names the site's own files by address.
    boolean absolute = url.startsWith(XssSite.BASE_URL);
    if (!absolute && (url.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || url.startsWith("/")))
      return false;
    String path = (absolute ? url.substring(XssSite.BASE_URL.length()) : url);
    path = path.replaceFirst("[?#].*$", "");
    Path target = (absolute ? site : page.getParent()).resolve(path).normalize();
    if (!target.startsWith(site)) return false;
    String rel = site.relativize(target).toString().replace('\\', '/');
    for (String u : under) if (rel.startsWith(u)) return Files.isRegularFile(target);
    return false;
  }

  /**
   * A URL a browser would run or treat as a document of its own, as a browser reads it: entities
   * already decoded (by the parser), leading spaces and controls, and tabs and newlines anywhere,
   * ignored, case ignored.
   */
  static boolean isScriptUrl(String value) {
    String v = value.replaceAll("[\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200f]", "");
    v = v.replace("\u2028", "").replace("\u2029", "").replace("\ufeff", "");
    return SCRIPT_URL.matcher(v.toLowerCase(Locale.ROOT)).find();
  }

  private static Document parse(Path page) {
    try {
      return Jsoup.parse(page.toFile(), "UTF-8", page.toUri().toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static List<String> readAll(List<Path> files) throws IOException {
    List<String> out = new ArrayList<>();
    for (Path p : files) out.add(Files.readString(p));
    return out;
  }
}
