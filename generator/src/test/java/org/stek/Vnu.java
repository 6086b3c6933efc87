package org.stek;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (vnu, the W3C validator), set up once and run on built pages. */
public final class Vnu {
  private final Collector collector = new Collector();
  private final SimpleDocumentValidator validator = new SimpleDocumentValidator();

  public Vnu() {
    try {
      validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collector);
      validator.setUpValidatorAndParsers(collector, false, false);
    } catch (Exception e) {
      throw new IllegalStateException("vnu does not start", e);
    }
  }

  /** The errors vnu finds in these pages, as {@code page:line:column: message}. */
  public List<String> errors(Path site, List<Path> pages) {
    collector.errors.clear();
    for (Path page : pages) {
      collector.page = site.relativize(page).toString();
      try {
        validator.checkHtmlFile(page.toFile(), true);
      } catch (SAXException | IOException e) {
        collector.errors.add(collector.page + ": " + e);
      }
    }
    return List.copyOf(collector.errors);
  }

  /** Collects errors with the page they are on; warnings are advice, not invalid HTML. */
  private static final class Collector implements ErrorHandler {
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
}
