package org.stek.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command in a child JVM with the flags {@link JvmChoice} picks, because a JVM cannot change
 * its JIT, collector or heap once started. So {@code java -jar stek.jar build} on any system gets
 * the same choices as the launchers, which start it the same way. The child is told the choice is
 * made ({@code -Dstek.jvm=chosen}) and runs the command itself; {@code -Dstek.jvm=as-is} runs every
 * command in the JVM it was started in, with the options given.
 *
 * <p>The options this JVM was started with (say {@code -Xmx2g} in {@code STEK_JAVA_OPTS}, or a
 * class-data archive) are passed on after the chosen ones, so the user's win.
 */
final class Relaunch {
  static final String PROPERTY = "stek.jvm";

  private Relaunch() {}

  /** The command line of the child JVM, or null when the command runs in this one. */
  static List<String> command(String[] args) {
    if (System.getProperty(PROPERTY) != null) return null;
    JvmChoice choice = JvmChoice.of(args);
    if (choice.flags().isEmpty()) return null;
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    cmd.addAll(choice.flags());
    cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    cmd.add("-D" + PROPERTY + "=chosen");
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Runs the child with this process's console and returns its exit code. */
  static int run(List<String> command) {
    Process child;
    try {
      child = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException e) {
      System.err.println("stek: cannot start " + command.get(0) + ": " + e.getMessage());
      return Main.USAGE;
    }
    // Stopped from outside (not Ctrl-C, which reaches both): stop the child too.
    Thread stop = new Thread(child::destroy);
    Runtime.getRuntime().addShutdownHook(stop);
    while (true) {
      try {
        int code = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        return code;
      } catch (InterruptedException e) {
        // keep waiting: the child decides when it is done
      } catch (IllegalStateException e) {
        return Main.USAGE; // shutting down already
      }
    }
  }

  /** The java that runs this JVM. */
  private static String java() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
