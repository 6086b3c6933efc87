package org.stek.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.stek.BuildOptions;
import org.stek.BuildResult;
import org.stek.Stek;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stek check}: the build's checks, nothing written. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Checks every card with the same rules and messages as build; writes nothing.",
      "Exit codes: 0 clean (warnings allowed), 1 content errors, 2 usage or I/O errors."
    })
final class CheckCommand implements Callable<Integer> {
  /** The process environment and whether stdout is a terminal; tests replace them. */
  static Supplier<Map<String, String>> environment = System::getenv;

  static BooleanSupplier terminal = () -> System.console() != null;

  @Mixin ContentOptions content;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (coloured on a terminal unless NO_COLOR is set), json (a list of problems on"
              + " stdout), github (workflow annotations; the default when GITHUB_ACTIONS=true) or"
              + " gitlab (a code quality report on stdout, the text on stderr)."
              + " Default: text.")
  ReportFormat format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Map<String, String> env = environment.get();
    ReportFormat f = ReportFormat.choose(format, env);
    BuildResult r;
    try {
      r =
          Stek.check(
              new BuildOptions(
                  content.content, content.theme, null, content.drafts, content.today()));
    } catch (IOException e) {
      err.println("stek: " + e.getMessage());
      return Main.USAGE;
    }
    f.print(r.problems(), ReportFormat.colour(terminal.getAsBoolean(), env), out, err);
    if (f != ReportFormat.JSON) {
      // The summary goes where the problems do not, so JSON on stdout stays parseable.
      (f == ReportFormat.TEXT ? out : err)
          .printf(
              "%s checked: %d errors, %d warnings%n",
              checked(r), r.problems().size() - r.warnings(), r.warnings());
    }
    return r.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
  }

  /** "3 practices, 1 recommendations, 1 pages, 2 organisations, 0 events": every kind of card. */
  static String checked(BuildResult r) {
    List<String> kinds = new ArrayList<>();
    r.cards().forEach((type, n) -> kinds.add(n + " " + type.folder()));
    return String.join(", ", kinds);
  }
}
