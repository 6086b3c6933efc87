package org.stek.search;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.bench.Corpus;

/**
 * {@link SearchBrowserTest}'s comparison (generator's tests) on a 300-card generated corpus: the
 * browser engine ranks and scores every query as Lucene does.
 */
class GeneratedCorpusSearchTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void start() {
    SearchBrowserTest.start();
  }

  @AfterAll
  static void quit() {
    SearchBrowserTest.quit();
  }

  @Test
  void generatedCorpusRanksLikeLucene() throws Exception {
    Path content = Corpus.generate(300, 1, tmp.resolve("corpus"));
    SearchBrowserTest.compare(content, tmp.resolve("corpus-site"));
  }
}
