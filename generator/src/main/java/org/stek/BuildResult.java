package org.stek;

import java.util.List;
import java.util.Map;
import org.stek.report.Problem;

/**
 * The outcome of a build or check.
 *
 * @param stageMillis wall time per pipeline stage, in pipeline order
 * @param written whether a new site replaced the output folder
 */
public record BuildResult(
    List<Problem> problems,
    int pages,
    int practices,
    int recommendations,
    int contentPages,
    Map<String, Long> stageMillis,
    long totalMillis,
    boolean written) {

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public long warnings() {
    return problems.stream().filter(p -> !p.isError()).count();
  }
}
