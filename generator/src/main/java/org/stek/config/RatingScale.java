package org.stek.config;

import java.util.List;

/** A 1..n scale a card is rated on, such as reach ("Bereik") or recurrence ("Terugkerend"). */
public record RatingScale(String key, Label label, String description, List<RatingLevel> levels) {
  public RatingScale {
    levels = List.copyOf(levels);
  }

  public int max() {
    return levels.size();
  }

  public RatingLevel level(int n) {
    return n >= 1 && n <= levels.size() ? levels.get(n - 1) : null;
  }
}
