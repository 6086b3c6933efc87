package org.stek.search;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One searchable card: the text of each {@link SearchField}, and what a result shows.
 *
 * @param url root-relative page URL
 * @param kind {@code practice} or {@code recommendation}
 * @param fields the text of every field but the body
 * @param body the body text, asked for when it is indexed and excerpted: a site's bodies are kept
 *     compressed, and a large site's bodies would not all fit in the heap at once
 * @param ratings e.g. "Bereik: 2 op 4" texts with their level and scale maximum
 * @param themes theme labels
 */
public record SearchDocument(
    String url,
    String kind,
    Map<SearchField, String> fields,
    Supplier<String> body,
    List<Rating> ratings,
    List<String> themes) {

  /** The text of field {@code f}, "" when the card has none. */
  public String field(SearchField f) {
    return f == SearchField.BODY ? body.get() : fields.getOrDefault(f, "");
  }

  public String title() {
    return fields.getOrDefault(SearchField.TITLE, "");
  }

  public String summary() {
    return fields.getOrDefault(SearchField.SUMMARY, "");
  }

  public record Rating(String key, String label, int level, int max, String levelLabel) {}
}
