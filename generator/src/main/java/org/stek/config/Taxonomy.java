package org.stek.config;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

  public TaxonomyValue value(String valueKey) {
    return byKey().get(valueKey);
  }

  public List<String> keys() {
    return values.stream().map(TaxonomyValue::key).toList();
  }

  private Map<String, TaxonomyValue> byKey() {
    return values.stream().collect(Collectors.toMap(TaxonomyValue::key, Function.identity()));
  }
}
