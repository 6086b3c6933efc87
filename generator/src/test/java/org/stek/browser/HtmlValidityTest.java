package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.stek.LinkCrawler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every generated page passes the Nu HTML Checker (vnu, the W3C validator) with no error. */
class HtmlValidityTest {
  /** Collects errors with the page they are on; warnings are advice, not invalid HTML. */
  static final class Collector implements ErrorHandler {
    final List<String> errors = new ArrayList<>();
    String page = "";

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
      errors.add(
          page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
      error(e);
    }
  }

  @Test
  void everyPageIsValidHtml() throws Exception {
    Path site = BuiltSite.site();
    Collector collector = new Collector();
    SimpleDocumentValidator validator = new SimpleDocumentValidator();
    validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collector);
    validator.setUpValidatorAndParsers(collector, false, false);
    List<Path> pages = LinkCrawler.pages(site);
    for (Path page : pages) {
      collector.page = site.relativize(page).toString();
      validator.checkHtmlFile(page.toFile(), true);
    }
    System.out.println(
        "vnu: " + pages.size() + " pages checked, " + collector.errors.size() + " errors");
    assertTrue(pages.size() > 50);
    assertTrue(pages.contains(site.resolve("download/index.html")), "the download page too");
    assertEquals(List.of(), collector.errors);
  }
}
