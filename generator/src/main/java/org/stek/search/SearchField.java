package org.stek.search;

/**
 * The indexed fields, in the order the browser engine numbers them, with their boosts: a match in
 * the title counts most, then the summary, then the rest.
 */
public enum SearchField {
  TITLE("title", 3f),
  SUMMARY("summary", 2f),
  LABELS("labels", 1.5f),
  ORGANISATION("organisation", 1f),
  PLACE("place", 1f),
  BODY("body", 1f);

  public final String name;
  public final float boost;

  SearchField(String name, float boost) {
    this.name = name;
    this.boost = boost;
  }
}
