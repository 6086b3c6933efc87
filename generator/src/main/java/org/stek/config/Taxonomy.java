package org.stek.config;

import java.util.List;

/**
 * A way of classifying cards, such as themes or regions. The card field is {@code field} (usually
 * the key itself); {@code multiple} says whether a card gives a list or a single value.
 */
public record Taxonomy(
    String key,
    Label label,
    Label singular,
    String field,
    boolean multiple,
    List<TaxonomyValue> values) {

  public Taxonomy {
    values = List.copyOf(values);
  }

  /** The value with this key, or null. A scan: lists are short, and a map per call was garbage. */
  public TaxonomyValue value(String valueKey) {
    for (TaxonomyValue v : values) if (v.key().equals(valueKey)) return v;
    return null;
  }

  public List<String> keys() {
    return values.stream().map(TaxonomyValue::key).toList();
  }
}
