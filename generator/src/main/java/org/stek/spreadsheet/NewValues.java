package org.stek.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stek.config.SiteConfig;
import org.stek.config.Taxonomy;
import org.stek.content.Slugs;

/**
 * Taxonomy values a sheet uses that {@code site.yaml} does not list and that are no near miss of a
 * value it does: most likely the organisation's own themes or regions, which a new knowledge base
 * has not declared yet. The import still refuses them, cell by cell; this gathers them into the
 * lines to paste under each taxonomy's {@code values:}, so a first import is one edit away.
 */
public final class NewValues {
  /** Per taxonomy key, each new label (as first written) and the rows that use it. */
  private final Map<String, Map<String, List<Integer>>> byTaxonomy = new LinkedHashMap<>();

  private final SiteConfig config;

  NewValues(SiteConfig config) {
    this.config = config;
  }

  void add(String field, String label, int row) {
    Taxonomy t =
        config.taxonomies().stream().filter(x -> x.field().equals(field)).findFirst().orElse(null);
    if (t == null) return;
    Map<String, List<Integer>> labels =
        byTaxonomy.computeIfAbsent(t.key(), k -> new LinkedHashMap<>());
    String known =
        labels.keySet().stream()
            .filter(l -> Names.normal(l).equals(Names.normal(label)))
            .findFirst()
            .orElse(label);
    List<Integer> rows = labels.computeIfAbsent(known, k -> new ArrayList<>());
    if (rows.isEmpty() || rows.get(rows.size() - 1) != row) rows.add(row);
  }

  public boolean isEmpty() {
    return byTaxonomy.isEmpty();
  }

  public int count() {
    return byTaxonomy.values().stream().mapToInt(Map::size).sum();
  }

  /**
   * The {@code site.yaml} lines that declare them: per taxonomy its key, then one value a line in
   * the flow style {@code stek init} writes, with the rows that use it as a comment.
   */
  public String yaml() {
    StringBuilder s = new StringBuilder();
    byTaxonomy.forEach(
        (taxonomy, labels) -> {
          s.append("  ").append(taxonomy).append(":\n    values:\n");
          labels.forEach(
              (label, rows) ->
                  s.append("      - {key: ")
                      .append(Slugs.of(label))
                      .append(", label: {")
                      .append(config.language())
                      .append(": ")
                      .append(CardText.quote(label))
                      .append("}}   # ")
                      .append(rows.size() == 1 ? "row " : "rows ")
                      .append(rowList(rows))
                      .append('\n'));
        });
    return s.toString();
  }

  private static String rowList(List<Integer> rows) {
    List<String> shown = rows.stream().limit(8).map(String::valueOf).toList();
    return String.join(", ", shown) + (rows.size() > 8 ? ", …" : "");
  }
}
