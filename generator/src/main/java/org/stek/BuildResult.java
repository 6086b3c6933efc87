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

  /** The result of a build that read {@code kb} (null when the configuration failed). */
  public static BuildResult of(
      List<Problem> problems,
      org.stek.content.KnowledgeBase kb,
      int pages,
      Map<String, Long> stageMillis,
      long totalMillis,
      boolean written) {
    return new BuildResult(
        problems,
        pages,
        kb == null ? 0 : kb.practices().size(),
        kb == null ? 0 : kb.recommendations().size(),
        kb == null ? 0 : kb.pages().size(),
        stageMillis,
        totalMillis,
        written);
  }
}
