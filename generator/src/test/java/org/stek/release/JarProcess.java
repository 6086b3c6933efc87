package org.stek.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a user does, in a new process (the packaged stek.jar, bash), and keeps what it
 * printed.
 */
record JarProcess(int exit, String out, String err) {
  /** The jar Maven just packaged (these tests run after the package phase). */
  static final Path JAR =
      Path.of(System.getProperty("stek.repo", ".."))
          .resolve("generator/target/stek.jar")
          .toAbsolutePath()
          .normalize();

  static JarProcess java(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(javaCommand()));
    cmd.addAll(List.of(args));
    return run(dir, Map.of(), cmd);
  }

  static JarProcess bash(Path dir, Map<String, String> env, String script)
      throws IOException, InterruptedException {
    return run(dir, env, List.of("bash", "-euo", "pipefail", "-c", script));
  }

  static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static JarProcess run(Path dir, Map<String, String> env, List<String> cmd)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("stek-out", ".txt");
    Path err = Files.createTempFile("stek-err", ".txt");
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
      pb.environment().remove("GITHUB_ACTIONS");
      pb.environment().putAll(env);
      // the tests' java first on the PATH, as setup-java or the CI image puts theirs
      pb.environment()
          .put(
              "PATH",
              Path.of(javaCommand()).getParent()
                  + java.io.File.pathSeparator
                  + System.getenv("PATH"));
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IOException("timed out: " + cmd);
      }
      return new JarProcess(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Override
  public String toString() {
    return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
  }
}
