package org.stek.serve;

import java.util.List;
import org.stek.report.Problem;

/**
 * The outcome of the preview's latest build.
 *
 * @param generation counts builds; pages reload when it changes and the build succeeded
 * @param ok whether the output folder holds this build (no content or theme error)
 * @param problems every problem, as {@code stek check} reports them
 * @param stages milliseconds per pipeline stage of the build
 */
public record BuildState(
    long generation,
    boolean ok,
    List<Problem> problems,
    long millis,
    java.util.Map<String, Long> stages) {
  public BuildState {
    problems = List.copyOf(problems);
    stages = java.util.Map.copyOf(stages);
  }
}
