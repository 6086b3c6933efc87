package org.stek.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.cli.BuildStats;

/** What {@code stek bench build} prints of its runs: the median run's figures, all from one run. */
class BenchReportTest {
  private static Bench.Run run(long wallMillis, long cpuMillis) {
    return new Bench.Run(wallMillis, new BuildStats(cpuMillis, 1 << 20, 2 << 20, 10, Map.of()));
  }

  private static String report(List<Bench.Run> runs, Path site) throws Exception {
    StringWriter text = new StringWriter();
    new Bench(List.of("java"), Map.of(), null, new PrintWriter(text)).report(runs, site, 1);
    return text.toString();
  }

  @Test
  void ofTwoRunsTheFasterIsTheMedianAndOfThreeTheMiddleOne(@TempDir Path site) throws Exception {
    Files.createDirectories(site.resolve("search"));
    String two = report(List.of(run(23_000, 40_000), run(18_000, 32_000)), site);
    assertTrue(
        two.contains("wall:           18.00 s median (min 18.00, max 23.00) of 2 runs"), two);
    assertTrue(two.contains("cpu:            32.00 s"), two);
    String three =
        report(List.of(run(23_000, 40_000), run(18_000, 32_000), run(20_000, 35_000)), site);
    assertTrue(three.contains("wall:           20.00 s median (min 18.00, max 23.00)"), three);
    assertTrue(three.contains("cpu:            35.00 s"), three);
  }
}
