package org.stek.serve;

import java.util.List;
import org.stek.report.Problem;

/**
 * The outcome of the preview's latest build, or of a phase of it.
 *
 * @param generation counts what the served folder showed; pages reload when it changes and the
 *     build succeeded (a second phase that changed nothing the pages show keeps the generation)
 * @param ok whether the output folder holds this build (no content or theme error)
 * @param problems every problem, as {@code stek check} reports them
 * @param millis how long this build, or this phase of it, took
 * @param stages milliseconds per pipeline stage of the build (of the phase)
 * @param phase which part of a build this is
 */
public record BuildState(
    long generation,
    boolean ok,
    List<Problem> problems,
    long millis,
    java.util.Map<String, Long> stages,
    Phase phase) {
  public BuildState {
    problems = List.copyOf(problems);
    stages = java.util.Map.copyOf(stages);
  }

  /** How much of a build is done. */
  public enum Phase {
    /** The whole build, in one go (a full build, an edit without a first phase, an error). */
    WHOLE,
    /** The edited pages are served; the rest (related, search, listings, archive) still runs. */
    VISIBLE,
    /** The rest after {@link #VISIBLE}: the served folder equals a full build. */
    COMPLETE
  }

  /** Whether the served folder is all this build makes (nothing of it still runs). */
  public boolean complete() {
    return phase != Phase.VISIBLE;
  }
}
