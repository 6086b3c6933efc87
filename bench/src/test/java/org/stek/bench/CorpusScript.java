package org.stek.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.stek.TestSite;

/** The benchmark generator, for tests: the calling test is skipped, saying why, without it. */
public final class CorpusScript {
  public static final Path SCRIPT =
      TestSite.REPO.resolve("../shared/bench/make-corpus.py").normalize();

  private CorpusScript() {}

  /** A corpus of {@code cards} cards with its site.yaml in {@code dir}; its content folder. */
  public static Path generate(int cards, Path dir) throws IOException, InterruptedException {
    boolean ready =
        Files.exists(SCRIPT)
            && Files.exists(Path.of("/usr/share/dict/dutch"))
            && new ProcessBuilder("python3", "--version").start().waitFor() == 0;
    if (!ready) {
      System.err.println(
          "SKIPPED generated-corpus test: needs python3, "
              + SCRIPT
              + " and /usr/share/dict/dutch (apt-get install wdutch)");
    }
    Assumptions.assumeTrue(ready, "python3, make-corpus.py or wdutch missing");
    return Corpus.generate(SCRIPT, cards, dir);
  }
}
