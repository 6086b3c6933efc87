package org.stek.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stek.cli.Main;
import org.stek.cli.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stek bench build}: full builds of a generated or given knowledge base, measured. The main
 * class of {@code bench/target/stek-bench.jar}, which the {@code stek} launcher of a checkout runs
 * for {@code ./stek bench}; stek.jar, which users run, holds no benchmark.
 */
@Command(
    name = "stek bench",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Benchmarks: 'stek bench build --cards 10000' prints wall, CPU, memory and sizes;"
            + " 'stek bench search --cards 10000' index sizes, first-query bytes and query times;"
            + " 'stek bench browse --cards 10000' facet bytes and filter re-render times;"
            + " 'stek bench edit --cards 10000' the preview's one-card edits, from saving to the"
            + " reload event (incremental rebuilds).")
public final class BenchCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "WHAT",
      description = "What to measure: build, search, browse or edit.")
  String benchmark;

  @Option(
      names = "--cards",
      paramLabel = "N",
      description =
          "Generate N cards (deterministic for --seed) into --keep DIR/content, and the same"
              + " cards where run-peers.sh N builds them (--peers).")
  Integer cards;

  @Option(
      names = "--content",
      paramLabel = "DIR",
      description = "Measure this content folder instead.")
  Path content;

  @Option(
      names = "--keep",
      paramLabel = "DIR",
      description =
          "Where the generated knowledge base and its site go (default: ${DEFAULT-VALUE}).",
      defaultValue = "/tmp/stek-bench")
  Path keep;

  @Option(
      names = "--runs",
      paramLabel = "R",
      description = "Measured runs after one warm-up (default: ${DEFAULT-VALUE}).",
      defaultValue = "3")
  int runs;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "The generated corpus' seed (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  long seed;

  @Option(
      names = "--peers",
      paramLabel = "DIR",
      description =
          "The peers' work folder ($KB_BENCH of run-peers.sh): generated cards also go to"
              + " DIR/corpus-N/practices (default: ${DEFAULT-VALUE}).",
      defaultValue = "${env:KB_BENCH:-/tmp/kb-bench}")
  Path peers;

  @Option(
      names = "--jvm",
      paramLabel = "OPT",
      description = "JVM options for the measured builds, e.g. --jvm=-Xmx2g.")
  List<String> jvm = new ArrayList<>();

  @Option(
      names = "--edits",
      paramLabel = "E",
      description = "For edit: one-card edits to make (default: ${DEFAULT-VALUE}).",
      defaultValue = "20")
  int edits;

  @Option(
      names = "--theme",
      paramLabel = "DIR",
      description = "The theme folder (default: as for build).")
  Path theme;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the bench with these arguments; exit codes as {@code stek}'s. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new BenchCommand());
    cl.setExitCodeExceptionMapper(e -> Main.USAGE);
    cl.getCommandSpec().exitCodeOnInvalidInput(Main.USAGE);
    cl.getCommandSpec().exitCodeOnExecutionException(Main.USAGE);
    return cl.execute(args);
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    try {
      return measure(out);
    } catch (IOException e) {
      spec.commandLine().getErr().println("stek bench: " + e.getMessage());
      return Main.USAGE;
    }
  }

  private int measure(PrintWriter out) throws IOException, InterruptedException {
    if (!List.of("build", "search", "browse", "edit").contains(benchmark))
      throw new CommandLine.ParameterException(
          spec.commandLine(), "WHAT is 'build', 'search', 'browse' or 'edit'");
    if ((cards == null) == (content == null))
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give --cards N or --content DIR");
    Path dir = content;
    int n;
    if (cards != null) {
      if (cards < 1)
        throw new CommandLine.ParameterException(spec.commandLine(), "--cards must be at least 1");
      dir = Corpus.generate(cards, seed, keep);
      n = cards;
      out.println("corpus: " + dir + "  (reproduce: stek build --content " + dir + ")");
      out.println("peers: " + Corpus.forPeers(dir, peers) + "  (run-peers.sh " + n + " builds it)");
    } else {
      try (var s = Files.list(dir.resolve("practices"))) {
        n = (int) s.filter(f -> f.toString().endsWith(".md")).count();
      }
    }
    if (benchmark.equals("search")) {
      new SearchBench(out).run(dir, theme, keep.resolve("search-site"), 200);
      return Main.OK;
    }
    if (benchmark.equals("edit")) {
      // The edits stay in the cards: a generated corpus is ours to change; a given folder is
      // copied.
      Path cardsDir = dir;
      if (cards == null) {
        cardsDir = keep.resolve("edit-content");
        Corpus.copy(dir, cardsDir);
      }
      EditBench.run(
          new org.stek.BuildOptions(
              cardsDir, theme, keep.resolve("edit-site/site"), false, java.time.LocalDate.now()),
          edits,
          out);
      return Main.OK;
    }
    if (benchmark.equals("browse")) {
      new BrowseBench(out).run(dir, theme, keep.resolve("browse-site"), 50);
      return Main.OK;
    }
    Bench bench =
        new Bench(
            buildCommand(), java.util.Map.of("STEK_JAVA_OPTS", String.join(" ", jvm)), theme, out);
    Path site = keep.resolve("site");
    bench.report(bench.measure(dir, site, runs), site, n);
    return Main.OK;
  }

  /**
   * How a measured build starts: through the {@code stek} launcher a user runs (which runs
   * generator/target/stek.jar, picks the JIT and collector for the size of the content and takes
   * --jvm options from STEK_JAVA_OPTS), when this runs from a checkout's
   * bench/target/stek-bench.jar; otherwise this JVM's java and class path with --jvm options.
   */
  private List<String> buildCommand() {
    try {
      Path code =
          Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path launcher = code.getParent().getParent().getParent().resolve("stek");
      if (code.getFileName().toString().equals("stek-bench.jar") && Files.isExecutable(launcher))
        return List.of(launcher.toString());
    } catch (java.net.URISyntaxException | RuntimeException e) {
      // not run from a checkout's jar: fall through
    }
    List<String> java = new ArrayList<>();
    java.add(ProcessHandle.current().info().command().orElse("java"));
    java.addAll(jvm);
    java.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    return java;
  }
}
