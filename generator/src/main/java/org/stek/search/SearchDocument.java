package org.stek.search;

import java.util.List;
import java.util.Map;

/**
 * One searchable card: the text of each {@link SearchField}, and what a result shows.
 *
 * @param url root-relative page URL
 * @param kind {@code practice} or {@code recommendation}
 * @param ratings e.g. "Bereik: 2 op 4" texts with their level and scale maximum
 * @param themes theme labels
 */
public record SearchDocument(
    String url,
    String kind,
    Map<SearchField, String> fields,
    List<Rating> ratings,
    List<String> themes) {

  public String title() {
    return fields.getOrDefault(SearchField.TITLE, "");
  }

  public String summary() {
    return fields.getOrDefault(SearchField.SUMMARY, "");
  }

  public record Rating(String key, String label, int level, int max, String levelLabel) {}
}
