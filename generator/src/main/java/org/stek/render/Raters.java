package org.stek.render;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stek.content.KnowledgeBase;
import org.stek.content.Practice;

/**
 * Who rated the practices, for the overview page: how many practices say for at least one rating
 * who gave it, when and why, how many give levels alone, and per rater how many practices they
 * rated (by name).
 *
 * @param rated practices with provenance for at least one rating
 * @param unrated the others
 */
public record Raters(int rated, int unrated, List<Rater> raters) {

  public record Rater(String name, int count) {}

  /** The numbers, or null when no card gives provenance and site.yaml asks for none. */
  static Raters of(KnowledgeBase kb) {
    var rules = kb.config().ratingRules();
    Map<String, Integer> by = new TreeMap<>();
    int rated = 0;
    for (Practice p : kb.practices()) {
      if (p.provenance().isEmpty()) continue;
      rated++;
      p.provenance().values().stream()
          .map(Practice.Provenance::by)
          .filter(b -> b != null)
          .distinct()
          .forEach(b -> by.merge(b, 1, Integer::sum));
    }
    if (rated == 0 && !rules.provenanceRequired() && rules.raters().isEmpty()) return null;
    return new Raters(
        rated,
        kb.practices().size() - rated,
        by.entrySet().stream().map(e -> new Rater(e.getKey(), e.getValue())).toList());
  }
}
