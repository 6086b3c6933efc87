package org.stek.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code stek}: the entry point. Exit codes: 0 done, 1 content errors, 2 usage or I/O errors. */
@Command(
    name = "stek",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Builds a static knowledge-base site from Markdown practice cards.",
    subcommands = {
      InitCommand.class,
      BuildCommand.class,
      CheckCommand.class,
      NewCommand.class,
      ImportCommand.class,
      ServeCommand.class,
      SearchCommand.class,
      SuggestCommand.class,
      AnalyzeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int CONTENT_ERRORS = 1;
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    java.util.List<String> child = Relaunch.command(args);
    if (child != null) System.exit(Relaunch.run(child));
    int code;
    try {
      code = run(args);
    } catch (OutOfMemoryError e) {
      // Not a content problem and not a bug: the site is bigger than the heap. The old site is
      // untouched (the build writes into a staging folder), so say how to give it more.
      long mib = Runtime.getRuntime().maxMemory() >> 20;
      System.err.println(
          "stek: out of memory with a heap of "
              + mib
              + " MiB; the previous site is untouched. Give Java more, e.g."
              + " STEK_JAVA_OPTS=-Xmx"
              + Math.max(2, 2 * mib / 1024)
              + "g ./stek "
              + String.join(" ", args));
      code = USAGE;
    }
    System.exit(code);
  }

  public static int run(String... args) {
    return runWith(null, null, args);
  }

  /** Runs a command with its output going to {@code out} and {@code err} (null: the console). */
  public static int runWith(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    if (out != null) cl.setOut(out);
    if (err != null) cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.getCommandSpec().exitCodeOnInvalidInput(USAGE);
    cl.getCommandSpec().exitCodeOnExecutionException(USAGE);
    return cl.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command, e.g. 'stek build'");
  }
}
