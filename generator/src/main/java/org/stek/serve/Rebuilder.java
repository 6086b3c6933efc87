package org.stek.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.stek.BuildOptions;
import org.stek.render.SiteRenderer;
import org.stek.report.Problem;
import org.stek.report.Severity;

/**
 * Builds the preview, one build at a time, incrementally where it can ({@link IncrementalBuild}). A
 * build with errors writes nothing (the previous pages stay served) and its problems become the
 * state the pages' overlay shows.
 *
 * <p>An edit of existing cards comes in two phases: the first writes the edited pages and tells the
 * pages to reload ({@link BuildState.Phase#VISIBLE}); the second runs on another thread and makes
 * the rest ({@link BuildState.Phase#COMPLETE}), a new generation only if it changed a file the
 * pages show beyond the first phase's. A newer change abandons a second phase still running (at its
 * next stage boundary, before it has written anything); the newer build's second phase then does
 * that work too.
 */
public final class Rebuilder implements AutoCloseable {
  private final BuildOptions options;
  private final List<Consumer<BuildState>> listeners = new CopyOnWriteArrayList<>();
  private volatile BuildState state =
      new BuildState(0, false, List.of(), 0, java.util.Map.of(), BuildState.Phase.WHOLE);

  private IncrementalBuild session;

  /** Counts rebuild requests: a second phase runs only while its request is the latest. */
  private final AtomicLong latest = new AtomicLong();

  private final ExecutorService second =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "stek-second-phase");
            t.setDaemon(true);
            return t;
          });

  public Rebuilder(BuildOptions options) {
    this.options = options;
    this.session = new IncrementalBuild(options);
  }

  public BuildOptions options() {
    return options;
  }

  public BuildState state() {
    return state;
  }

  public void onBuild(Consumer<BuildState> listener) {
    listeners.add(listener);
  }

  /** Builds everything now; returns the new state after telling every listener. */
  public BuildState build() {
    return rebuild(null);
  }

  /**
   * Builds after a change: only what the changed files touch when they are cards the last build
   * read, everything otherwise ({@code changed} null: anything may have changed). Returns the state
   * after the build, or after its first phase when a second one follows.
   */
  public BuildState rebuild(Set<Path> changed) {
    long request = latest.incrementAndGet();
    synchronized (this) {
      IncrementalBuild.Step step = attempt(() -> session.build(changed, today()));
      BuildState s =
          publish(step, true, step.pending() ? BuildState.Phase.VISIBLE : BuildState.Phase.WHOLE);
      if (step.pending()) second.execute(() -> complete(request));
      return s;
    }
  }

  /** The second phase of the build for {@code request}, unless a newer request came. */
  private synchronized void complete(long request) {
    if (latest.get() != request) return;
    IncrementalBuild.Step step = attempt(() -> session.complete(() -> latest.get() != request));
    if (step == null) return; // abandoned: the newer request's build owes the work
    boolean ok = step.result().written();
    publish(step, step.reload() || !ok, ok ? BuildState.Phase.COMPLETE : BuildState.Phase.WHOLE);
  }

  /** What the build needs, so that {@link #attempt} reports its failures the same way. */
  private interface Work {
    IncrementalBuild.Step run() throws IOException;
  }

  /** A step, or the failed step a theme error or a crash makes (the next build is full). */
  private IncrementalBuild.Step attempt(Work work) {
    long start = System.nanoTime();
    try {
      return work.run();
    } catch (SiteRenderer.ThemeException e) {
      return failed(start, problem(themeFile(), "theme error: " + e.getMessage()));
    } catch (IOException | RuntimeException e) {
      return failed(start, problem(options.content(), "build failed: " + e));
    }
  }

  private IncrementalBuild.Step failed(long start, Problem p) {
    closeSession();
    session = new IncrementalBuild(options);
    return new IncrementalBuild.Step(
        org.stek.BuildResult.of(
            List.of(p),
            null,
            0,
            java.util.Map.of(),
            (System.nanoTime() - start) / 1_000_000,
            false),
        false,
        true);
  }

  private BuildState publish(
      IncrementalBuild.Step step, boolean newGeneration, BuildState.Phase phase) {
    BuildState s =
        new BuildState(
            state.generation() + (newGeneration ? 1 : 0),
            step.result().written(),
            step.result().problems(),
            step.result().totalMillis(),
            step.result().stageMillis(),
            phase);
    state = s;
    listeners.forEach(l -> l.accept(s));
    return s;
  }

  private LocalDate today() {
    return options.today() == null ? LocalDate.now() : options.today();
  }

  private Path themeFile() {
    return options.theme() == null ? Path.of("themes", "default") : options.theme();
  }

  private static Problem problem(Path file, String message) {
    return new Problem(file, 0, 0, Severity.ERROR, message, null);
  }

  private void closeSession() {
    try {
      session.close();
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }

  /** Stops a second phase at its next stage boundary; no build starts after. */
  @Override
  public void close() {
    latest.incrementAndGet();
    second.shutdownNow();
    synchronized (this) {
      closeSession();
    }
  }
}
