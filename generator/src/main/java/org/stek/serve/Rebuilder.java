package org.stek.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.stek.BuildOptions;
import org.stek.BuildResult;
import org.stek.render.SiteRenderer;
import org.stek.report.Problem;
import org.stek.report.Severity;

/**
 * Builds the preview, one build at a time, incrementally where it can ({@link IncrementalBuild}). A
 * build with errors writes nothing (the previous pages stay served) and its problems become the
 * state the pages' overlay shows.
 */
public final class Rebuilder {
  private final BuildOptions options;
  private final List<Consumer<BuildState>> listeners = new CopyOnWriteArrayList<>();
  private volatile BuildState state = new BuildState(0, false, List.of(), 0, java.util.Map.of());

  private IncrementalBuild session;

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
   * read, everything otherwise ({@code changed} null: anything may have changed).
   */
  public synchronized BuildState rebuild(Set<Path> changed) {
    long start = System.nanoTime();
    List<Problem> problems = new ArrayList<>();
    boolean ok;
    java.util.Map<String, Long> stages = java.util.Map.of();
    try {
      BuildResult r = session.build(changed, today());
      problems.addAll(r.problems());
      ok = r.written();
      stages = r.stageMillis();
    } catch (SiteRenderer.ThemeException e) {
      session = new IncrementalBuild(options);
      problems.add(problem(themeFile(), "theme error: " + e.getMessage()));
      ok = false;
    } catch (IOException | RuntimeException e) {
      session = new IncrementalBuild(options);
      problems.add(problem(options.content(), "build failed: " + e));
      ok = false;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    BuildState s = new BuildState(state.generation() + 1, ok, problems, millis, stages);
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
}
