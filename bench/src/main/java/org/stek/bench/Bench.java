package org.stek.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.stek.cli.BuildStats;

/**
 * Builds a knowledge base in separate JVMs (one warm-up, then {@code runs}), each from a cold start
 * like a user's {@code stek build}, and prints the medians.
 */
public final class Bench {
  /** One measured build. */
  public record Run(long wallMillis, BuildStats stats) {}

  private final List<String> javaCommand;
  private final java.util.Map<String, String> env;
  private final PrintWriter out;
  private final Path theme;

  /**
   * @param javaCommand how to start Stek in a new JVM, e.g. [java, -Xmx2g, -jar, stek.jar]
   * @param env added to the environment of each build
   * @param theme the theme to build with, or null for the default
   */
  public Bench(
      List<String> javaCommand, java.util.Map<String, String> env, Path theme, PrintWriter out) {
    this.javaCommand = List.copyOf(javaCommand);
    this.env = java.util.Map.copyOf(env);
    this.theme = theme;
    this.out = out;
  }

  public List<Run> measure(Path content, Path site, int runs)
      throws IOException, InterruptedException {
    List<Run> result = new ArrayList<>();
    for (int i = 0; i <= runs; i++) {
      Run r = buildOnce(content, site);
      out.printf("  %s %d: %.2f s wall%n", i == 0 ? "warm-up" : "run", i, r.wallMillis() / 1000.0);
      out.flush();
      if (i > 0) result.add(r);
    }
    return result;
  }

  private Run buildOnce(Path content, Path site) throws IOException, InterruptedException {
    Path stats = Files.createTempFile("stek-bench", ".properties");
    Path log = Files.createTempFile("stek-bench", ".log");
    try {
      List<String> cmd = new ArrayList<>(javaCommand);
      cmd.addAll(List.of("build", "--content", content.toString(), "--out", site.toString()));
      cmd.addAll(List.of("--stats", stats.toString()));
      if (theme != null) cmd.addAll(List.of("--theme", theme.toString()));
      long start = System.nanoTime();
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
      pb.environment().putAll(env);
      Process p = pb.redirectOutput(log.toFile()).start();
      int exit = p.waitFor();
      long wall = (System.nanoTime() - start) / 1_000_000;
      if (exit != 0) {
        List<String> lines = Files.readAllLines(log);
        String tail =
            String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        throw new IOException("the build failed (exit " + exit + "):\n" + tail);
      }
      return new Run(wall, BuildStats.read(stats));
    } finally {
      Files.deleteIfExists(stats);
      Files.deleteIfExists(log);
    }
  }

  /**
   * Prints the median run's figures (by wall time; of an even number of runs the faster middle one,
   * so that two runs do not report their slower one as the median), and the output's size.
   */
  public void report(List<Run> runs, Path site, int cards) throws IOException {
    List<Run> sorted = runs.stream().sorted(Comparator.comparingLong(Run::wallMillis)).toList();
    Run median = sorted.get((sorted.size() - 1) / 2);
    double wall = median.wallMillis() / 1000.0;
    out.printf("cards:          %d%n", cards);
    out.printf(
        "wall:           %.2f s median (min %.2f, max %.2f) of %d runs%n",
        wall,
        sorted.get(0).wallMillis() / 1000.0,
        sorted.get(sorted.size() - 1).wallMillis() / 1000.0,
        runs.size());
    out.printf(
        "cpu:            %.2f s (user+system, in the build process)%n",
        median.stats().cpuMillis() / 1000.0);
    out.printf(
        "pages:          %d (%.0f pages/s)%n",
        median.stats().pages(), median.stats().pages() / wall);
    out.printf(
        "peak heap:      %d MiB (each heap pool at its peak, added)%n",
        median.stats().peakHeapBytes() >> 20);
    out.printf("peak RSS:       %d MiB%n", median.stats().peakRssBytes() >> 20);
    out.printf("output:         %.1f MiB%n", size(site) / 1048576.0);
    out.printf("search index:   %.1f MiB%n", size(site.resolve("search")) / 1048576.0);
    out.println("stages (ms):");
    median.stats().stageMillis().forEach((k, v) -> out.printf("  %-10s %7d%n", k, v));
    out.flush();
  }

  static long size(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return 0;
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
