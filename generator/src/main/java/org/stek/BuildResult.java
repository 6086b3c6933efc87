package org.stek;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.stek.config.CardType;
import org.stek.report.Problem;

/**
 * The outcome of a build or check.
 *
 * @param cards how many cards of each kind were read, every kind in {@link CardType}'s order
 * @param stageMillis wall time per pipeline stage, in pipeline order
 * @param written whether a new site replaced the output folder
 */
public record BuildResult(
    List<Problem> problems,
    int pages,
    int practices,
    int recommendations,
    int contentPages,
    Map<CardType, Integer> cards,
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
        counts(kb),
        stageMillis,
        totalMillis,
        written);
  }

  /** The cards of each kind in {@code kb}, zero for a kind it has none of. */
  private static Map<CardType, Integer> counts(org.stek.content.KnowledgeBase kb) {
    Map<CardType, Integer> n = new EnumMap<>(CardType.class);
    for (CardType t : CardType.values()) n.put(t, 0);
    if (kb != null) kb.cards().forEach(c -> n.merge(CardType.of(c.type()), 1, Integer::sum));
    return java.util.Collections.unmodifiableMap(n);
  }
}
