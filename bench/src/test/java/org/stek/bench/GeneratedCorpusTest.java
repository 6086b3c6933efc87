package org.stek.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildOptions;
import org.stek.BuildResult;
import org.stek.Stek;
import org.stek.TestSite;

/**
 * A 2,000-card knowledge base from the benchmark generator builds completely: a page for every card
 * and every taxonomy value, all pages of every paginated list. No timing is asserted here; speed is
 * what {@code stek bench} measures.
 */
class GeneratedCorpusTest {
  static final int CARDS = 2000;

  @Test
  void twoThousandGeneratedCardsBuildCompletely(@TempDir Path dir) throws Exception {
    Path content = Corpus.generate(CARDS, 1, dir);
    Path out = dir.resolve("site");
    BuildResult r =
        Stek.build(
            new BuildOptions(
                content,
                TestSite.REPO.resolve("themes/default"),
                out,
                false,
                LocalDate.of(2026, 11, 25)));

    assertFalse(
        r.hasErrors(), () -> r.problems().subList(0, Math.min(5, r.problems().size())).toString());
    assertEquals(CARDS, r.practices());
    for (Path card : list(content.resolve("practices"))) {
      String slug = card.getFileName().toString().replace(".md", "");
      assertTrue(Files.isRegularFile(out.resolve("practices/" + slug + ".html")), slug);
    }
    for (String taxonomy : List.of("themes", "target_groups", "school_levels", "regions")) {
      assertTrue(Files.isRegularFile(out.resolve(taxonomy + "/index.html")), taxonomy);
    }
    // Every card is listed on exactly one page of the paginated list of all practices.
    long listed = 0;
    for (Path page : list(out.resolve("practices"))) {
      String name = page.getFileName().toString();
      if (name.equals("index.html") || name.matches("index-\\d+\\.html")) {
        listed += org.jsoup.Jsoup.parse(page.toFile()).select(".teasers > li").size();
      }
    }
    assertEquals(CARDS, listed);
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
