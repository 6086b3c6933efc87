package org.stek;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The XSS corpus (src/test/resources/xss/: cards, a recommendation, a page and a site.yaml whose
 * every author-written text carries script payloads), built once per test run with the real default
 * theme. Each payload calls {@code alert('xss-<id>')} or {@code console.log('xss-<id>')}.
 */
public final class XssSite {
  public static final Path CORPUS = TestSite.REPO.resolve("generator/src/test/resources/xss");

  /** A word every payload card has in its title or text: what the browser test searches for. */
  public static final String WORD = "kwaadaardig";

  /** The corpus's base_url. */
  public static final String BASE_URL = "https://xss.example.org/";

  private static BuildResult result;
  private static Path site;

  private XssSite() {}

  /** The built site; fails if the corpus does not build. */
  public static synchronized Path site() {
    if (site == null) {
      try {
        Path dir = Files.createTempDirectory("stek-xss");
        Path content = dir.resolve("content");
        TestSite.copyTree(CORPUS, content);
        Path out = dir.resolve("site");
        result =
            Stek.build(
                new BuildOptions(
                    content, TestSite.REPO.resolve("themes/default"), out, false, TestSite.TODAY));
        if (result.hasErrors())
          throw new IllegalStateException("the XSS corpus does not build: " + result.problems());
        site = out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return site;
  }

  public static synchronized BuildResult result() {
    site();
    return result;
  }
}
