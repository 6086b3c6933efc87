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
  BODY("body", 1f),
  /**
   * The parts of the compound words of every other field ({@code kansenongelijkheid}: {@code kans},
   * {@code ongelijk}), at half weight: a whole word counts more than a part. Indexed without
   * positions, so a phrase never matches in it.
   */
  PARTS("parts", 0.5f);

  public final String name;
  public final float boost;

  SearchField(String name, float boost) {
    this.name = name;
    this.boost = boost;
  }

  /** Whether phrases are matched in this field (it has positions). */
  public boolean phrased() {
    return this != PARTS;
  }
}
