package org.stek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.report.Problem;

/** The repository's own sample knowledge base builds cleanly into a site with no broken link. */
class SampleSiteTest {
  @TempDir Path dir;

  @Test
  void theSampleContentBuildsWithoutErrorsOrBrokenLinks() throws IOException {
    Path content = TestSite.REPO.resolve("content");
    assumeTrue(
        Files.isRegularFile(content.resolve("site.yaml")),
        "the sample content/ has not landed in this checkout yet");
    Path out = dir.resolve("site");
    BuildResult r =
        Stek.build(
            new BuildOptions(
                content, TestSite.REPO.resolve("themes/default"), out, false, LocalDate.now()));
    List<String> errors =
        r.problems().stream().filter(Problem::isError).map(Problem::format).toList();
    assertEquals(List.of(), errors);
    assertTrue(r.written());
    assertTrue(r.practices() >= 10, "practices: " + r.practices());
    assertTrue(r.recommendations() >= 3, "recommendations: " + r.recommendations());
    assertTrue(r.contentPages() >= 2, "pages: " + r.contentPages());
    assertEquals(List.of(), LinkCrawler.broken(out));
    System.out.printf(
        "sample site: %d pages, %d practices, %d recommendations, %d warnings, %d internal links"
            + " followed, %d ms%n",
        r.pages(),
        r.practices(),
        r.recommendations(),
        r.warnings(),
        LinkCrawler.count(out),
        r.totalMillis());
  }
}
