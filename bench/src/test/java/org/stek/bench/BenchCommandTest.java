package org.stek.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code stek bench build --cards N}, run as a user runs it but small: it generates the cards and
 * their site.yaml, puts the same cards where the peers' script builds them, builds them in fresh
 * JVMs and reports what it measured about a complete site.
 */
class BenchCommandTest {
  @Test
  void buildMeasuresAGeneratedCorpusAndLeavesItForThePeers(@TempDir Path dir) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new BenchCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit =
        cl.execute(
            "build",
            "--cards",
            "25",
            "--seed",
            "3",
            "--runs",
            "1",
            "--keep",
            dir.resolve("keep").toString(),
            "--peers",
            dir.resolve("peers").toString(),
            "--theme",
            org.stek.TestSite.REPO.resolve("themes/default").toString());
    String report = out.toString();
    assertEquals(0, exit, report + err);
    assertTrue(report.contains("cards:          25"), report);
    assertTrue(report.matches("(?s).*pages/s.*peak RSS:\\s+\\d+ MiB.*stages \\(ms\\):.*"), report);
    assertEquals(25, count(dir.resolve("keep/content/practices")));
    assertTrue(Files.isRegularFile(dir.resolve("keep/content/site.yaml")));
    assertEquals(25, count(dir.resolve("peers/corpus-25/practices")));
    assertEquals(25, count(dir.resolve("keep/site/practices")) - 1, "a page per card and the list");
  }

  @Test
  void tooFewCardsOrNeitherCardsNorContentIsAUsageError(@TempDir Path dir) {
    assertEquals(2, BenchCommand.run("build", "--cards", "0", "--keep", dir.toString()));
    assertEquals(2, BenchCommand.run("build", "--keep", dir.toString()));
    assertEquals(2, BenchCommand.run("nonsense", "--cards", "3", "--keep", dir.toString()));
  }

  private static long count(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".html")).count();
    }
  }
}
