package org.stek.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.stek.BuildOptions;
import org.stek.report.Problem;
import org.stek.serve.BuildState;
import org.stek.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stek serve}: a live preview on http://127.0.0.1:8080/. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Builds the site, serves it, and rebuilds and reloads open pages on every change to the"
          + " content folder, site.yaml or the theme. A content error does not stop the preview:"
          + " pages show the problems until the file is fixed.",
      "Stop with Ctrl+C."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin ContentOptions content;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description =
          "The address to listen on (default: ${DEFAULT-VALUE}, this computer only). Another"
              + " address makes the preview visible to your network.")
  String host;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where the preview is built (default: a temporary folder, removed on exit; site/ stays"
              + " untouched).")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path temp = null;
    Path target = out;
    if (target == null) {
      temp = Files.createTempDirectory("stek-preview-");
      target = temp.resolve("site");
    }
    BuildOptions options =
        new BuildOptions(
            content.content, content.theme, target, content.drafts, content.givenDate());
    PreviewServer server;
    try {
      server = new PreviewServer(options, host, port);
    } catch (IOException e) {
      err.println("stek: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      return Main.USAGE;
    }
    server
        .rebuilder()
        .onBuild(
            s -> {
              report(s, stdout, err);
            });
    BuildState first = server.start();
    if (!InetAddress.getByName(host).isLoopbackAddress()) {
      err.println("stek: warning: listening on " + host + ": other computers can see the preview");
    }
    stdout.printf(
        "Serving http://%s:%d/ from %s (%s); watching %s. Ctrl+C stops.%n",
        host.contains(":") ? "[" + host + "]" : host,
        server.port(),
        target,
        first.ok() ? "built" : "not built yet: fix the errors above",
        content.content);
    stdout.flush();
    CountDownLatch stop = new CountDownLatch(1);
    Path tempDir = temp;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                    if (tempDir != null) delete(tempDir);
                  } catch (IOException e) {
                    // exiting anyway
                  }
                  stop.countDown();
                }));
    stop.await();
    return Main.OK;
  }

  private static void report(BuildState s, PrintWriter out, PrintWriter err) {
    if (s.phase() == BuildState.Phase.COMPLETE) {
      // the first phase printed the problems
      out.printf("Completed: build %d, the rest in %d ms%n", s.generation(), s.millis());
      out.flush();
      return;
    }
    for (Problem p : s.problems()) err.println(p.format());
    err.flush();
    long errors = s.problems().stream().filter(Problem::isError).count();
    out.printf(
        "%s build %d in %d ms%s%n",
        s.ok() ? "Rebuilt:" : "Not rebuilt:",
        s.generation(),
        s.millis(),
        s.ok()
            ? s.phase() == BuildState.Phase.VISIBLE ? " (the edited pages; the rest follows)" : ""
            : " (" + errors + " errors; pages show them)");
    out.flush();
  }

  private static void delete(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
