package org.stek.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stek.BuildOptions;
import org.stek.BuildResult;
import org.stek.Stek;
import org.stek.render.SiteRenderer;
import org.stek.report.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stek build}: checks every card, then writes the site atomically. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Builds the site. On any content error nothing is written and the previous site stays.")
final class BuildCommand implements Callable<Integer> {
  @Mixin ContentOptions content;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "The output folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "site")
  Path out;

  @Option(
      names = "--stats",
      paramLabel = "FILE",
      hidden = true,
      description = "Write CPU, memory and stage figures for stek bench.")
  Path stats;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    BuildOptions options =
        new BuildOptions(content.content, content.theme, out, content.drafts, content.today());
    BuildResult r;
    try {
      r = Stek.build(options);
    } catch (IOException e) {
      err.println("stek: " + e.getMessage());
      return Main.USAGE;
    } catch (SiteRenderer.ThemeException e) {
      err.println("stek: theme error: " + e.getMessage());
      if (content.verbose) e.printStackTrace(err);
      return Main.USAGE;
    } catch (RuntimeException e) {
      err.println(
          "stek: internal error: "
              + e
              + (content.verbose ? "" : " (run with --verbose for details)"));
      if (content.verbose) e.printStackTrace(err);
      return Main.USAGE;
    }
    report(r, err);
    if (r.hasErrors()) {
      err.printf(
          "stek: build failed: %d errors, %d warnings; %s was left unchanged%n",
          r.problems().size() - r.warnings(), r.warnings(), out);
      return Main.CONTENT_ERRORS;
    }
    stdout.printf(
        "Built %d pages from %s into %s in %.2f s (%d warnings)%n",
        r.pages(), CheckCommand.checked(r), out, r.totalMillis() / 1000.0, r.warnings());
    if (content.verbose) {
      printStages(r.stageMillis(), stdout);
      // What JvmChoice (or the user) gave this JVM: the place to see it took effect.
      stdout.printf(
          "  jvm       %s (max heap %d MiB)%n",
          String.join(
              " ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()),
          Runtime.getRuntime().maxMemory() >> 20);
    }
    if (stats != null) {
      try {
        BuildStats.of(r).write(stats);
      } catch (IOException e) {
        err.println("stek: cannot write " + stats + ": " + e.getMessage());
        return Main.USAGE;
      }
    }
    return Main.OK;
  }

  static void report(BuildResult r, PrintWriter err) {
    for (Problem p : r.problems()) err.println(p.format());
    err.flush();
  }

  static void printStages(Map<String, Long> stages, PrintWriter out) {
    stages.forEach((k, v) -> out.printf("  %-9s %6d ms%n", k, v));
  }
}
