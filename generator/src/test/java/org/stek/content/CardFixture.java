package org.stek.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stek.TestSite;
import org.stek.config.SiteConfig;
import org.stek.config.SiteConfigLoader;
import org.stek.report.Problem;
import org.stek.report.Problems;

/**
 * A fixture card (src/test/resources/cards/) with some of its front matter fields replaced, read by
 * {@link ContentLoader#card} in a content folder of its own; the problems it reports kept as
 * "line:column: severity: message (hint)" texts.
 */
final class CardFixture {
  private final Path dir;
  final List<String> problems = new ArrayList<>();

  CardFixture(Path dir) {
    this.dir = dir;
  }

  static String text(String name) {
    try {
      return Files.readString(CardValidationTest.CARDS.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The card {@code base} with {@code fields} ("key: value" texts) each in place of its line of
   * that key, or after its last line, read as a card of {@code folder} under {@code siteYaml}.
   */
  Card read(String siteYaml, String folder, String base, String... fields) {
    String[] parts = base.split("---\n", 3);
    List<String> front = new ArrayList<>(parts[1].lines().toList());
    for (String f : fields) {
      String key = f.substring(0, f.indexOf(':') + 1);
      int at = -1;
      for (int i = 0; i < front.size(); i++) if (front.get(i).startsWith(key)) at = i;
      if (at >= 0) front.set(at, f);
      else front.add(f);
    }
    TestSite t = TestSite.in(dir).file("site.yaml", siteYaml);
    t.file(folder + "/kaart.md", "---\n" + String.join("\n", front) + "\n---\n" + parts[2]);
    Problems found = new Problems();
    SiteConfig config = SiteConfigLoader.load(t.content(), found);
    Path file = t.content().resolve(folder + "/kaart.md");
    Card card = new ContentLoader(config, false, TestSite.TODAY).card(t.content(), file, found);
    for (Problem p : found.sorted()) problems.add(p.format().replace(file + ":", ""));
    return card;
  }

  /** The valid practice with {@code fields} in place of its own. */
  Practice practice(String... fields) {
    return (Practice) read(TestSite.SITE_YAML, "practices", text("valid.md"), fields);
  }
}
