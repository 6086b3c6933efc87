package org.stek.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.stek.report.Problems;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What a file beside the cards may be, since it is published as it is under the site's origin: not
 * a page, script or XML document a browser would run (its scripts would run with the site's rights,
 * outside the pages' Content-Security-Policy), not in a folder or at a name the build writes itself
 * ({@code assets/stek.js} would replace the site's own script), and an SVG only without scripts,
 * event handlers, embedded documents or script URLs.
 */
final class AssetCheck {
  /** Types a browser runs as a document or a script when the file is opened. */
  private static final Set<String> RUNNABLE =
      Set.of(
          "html",
          "htm",
          "xhtml",
          "xht",
          "shtml",
          "shtm",
          "mht",
          "mhtml",
          "js",
          "mjs",
          "cjs",
          "xml",
          "xsl",
          "xslt",
          "svgz",
          "swf",
          "wasm",
          "appcache",
          "webmanifest");

  /** Folders and root files the build writes. */
  private static final Set<String> OWN_FOLDERS =
      Set.of("assets", "search", "schema", "download", "contribute", "sections");

  private static final Set<String> OWN_FILES =
      Set.of("robots.txt", "practices.csv", "practices.json", "feed.xml", "sitemap.xml");

  /** SVG elements that run script or hold another document. */
  private static final Set<String> SVG_NEVER =
      Set.of(
          "script",
          "foreignobject",
          "iframe",
          "object",
          "embed",
          "handler",
          "listener",
          "html",
          "body",
          "meta",
          "base",
          "form");

  private static final Pattern SCRIPT_URL =
      Pattern.compile("^(javascript|vbscript|livescript|data:text|data:application):?");

  private AssetCheck() {}

  /** The lowercase extension of a '/'-separated path, "" when it has none. */
  static String extension(String rel) {
    String name = rel.substring(rel.lastIndexOf('/') + 1);
    return name.lastIndexOf('.') < 0
        ? ""
        : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
  }

  /** Whether a browser would run the file as a page or a script. */
  static boolean runnable(String rel) {
    return RUNNABLE.contains(extension(rel));
  }

  /** Reports an error for a file that cannot be published; {@code rel} is content-relative. */
  static void check(Path file, String rel, Problems problems) {
    String ext = extension(rel);
    int slash = rel.indexOf('/');
    if (slash < 0 ? OWN_FILES.contains(rel) : OWN_FOLDERS.contains(rel.substring(0, slash))) {
      problems.error(
          file,
          0,
          0,
          "'" + rel + "' is a place the build writes itself; the file would replace the site's own",
          "move it beside the card that uses it, e.g. into practices/");
    } else if (RUNNABLE.contains(ext)) {
      problems.error(
          file,
          0,
          0,
          "a ." + ext + " file is not published: a browser would run it as a page or a script",
          "write the content as a card, or link to the file where it is published elsewhere");
    } else if (ext.equals("svg")) {
      String why = svgProblem(file);
      if (why != null) {
        problems.error(
            file,
            0,
            0,
            "the SVG image " + why,
            "export the picture again without scripts, links or embedded content, or use PNG");
      }
    }
  }

  /** Why the SVG file cannot be published, or null. */
  private static String svgProblem(Path file) {
    org.w3c.dom.Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setExpandEntityReferences(false);
      var builder = f.newDocumentBuilder();
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
      doc = builder.parse(new ByteArrayInputStream(Files.readAllBytes(file)));
    } catch (SAXException e) {
      return "is not well-formed XML (or has a DOCTYPE): " + e.getMessage();
    } catch (IOException | ParserConfigurationException e) {
      return "cannot be read: " + e.getMessage();
    }
    NodeList all = doc.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      String local = (e.getLocalName() == null ? e.getTagName() : e.getLocalName());
      if (SVG_NEVER.contains(local.toLowerCase(Locale.ROOT)))
        return "has a <" + local + "> element";
      NamedNodeMap attrs = e.getAttributes();
      for (int a = 0; a < attrs.getLength(); a++) {
        Node at = attrs.item(a);
        String key = (at.getLocalName() == null ? at.getNodeName() : at.getLocalName());
        if (key.toLowerCase(Locale.ROOT).startsWith("on"))
          return "has an event handler (" + key + " on <" + local + ">)";
        String v = at.getNodeValue().replaceAll("[\\u0000-\\u0020]", "").toLowerCase(Locale.ROOT);
        if (SCRIPT_URL.matcher(v).find())
          return "has a script URL (" + key + " on <" + local + ">)";
        boolean link = key.equals("href") || key.equals("attributeName") && v.endsWith("href");
        if (link && key.equals("href") && !v.startsWith("#"))
          return "links outside itself ("
              + key
              + "=\""
              + at.getNodeValue()
              + "\" on <"
              + local
              + ">)";
        if (link && key.equals("attributeName"))
          return "animates a link (<" + local + " attributeName=\"" + at.getNodeValue() + "\">)";
      }
    }
    return null;
  }
}
