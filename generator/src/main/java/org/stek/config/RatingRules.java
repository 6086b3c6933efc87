package org.stek.config;

import java.util.List;

/**
 * What site.yaml asks of a rating's provenance ({@code rating_provenance:}): whether every rating
 * must say who gave it, when and why, and who may rate (empty: anyone).
 */
public record RatingRules(boolean provenanceRequired, List<String> raters) {
  public static final RatingRules NONE = new RatingRules(false, List.of());

  public RatingRules {
    raters = List.copyOf(raters);
  }
}
