package org.stek.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.stek.BuildOptions;
import org.stek.BuildResult;
import org.stek.Stek;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stek check}: the build's checks, nothing written. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Checks every card with the same rules and messages as build; writes nothing.")
final class CheckCommand implements Callable<Integer> {
  @Mixin ContentOptions content;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    BuildResult r;
    try {
      r =
          Stek.check(
              new BuildOptions(
                  content.content, content.theme, null, content.drafts, LocalDate.now()));
    } catch (IOException e) {
      err.println("stek: " + e.getMessage());
      return Main.USAGE;
    }
    BuildCommand.report(r, err);
    spec.commandLine()
        .getOut()
        .printf(
            "%d practices, %d recommendations, %d pages checked: %d errors, %d warnings%n",
            r.practices(),
            r.recommendations(),
            r.contentPages(),
            r.problems().size() - r.warnings(),
            r.warnings());
    return r.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
  }
}
