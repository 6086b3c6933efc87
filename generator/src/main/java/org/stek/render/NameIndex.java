package org.stek.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.stek.content.Slugs;

/**
 * The pages of the names cards give as plain text (organisations, municipalities): one page per
 * name listing its practices, and an index with counts, shaped as a taxonomy so the taxonomy and
 * term templates render them. Names whose slugs are equal share a page, titled by the first in the
 * site language's order, so that "KU Leuven" and "KU-Leuven" are one organisation.
 */
final class NameIndex {
  final ViewModel.Taxonomy taxonomy;
  private final Map<String, List<ViewModel.Practice>> bySlug;

  /**
   * @param practices newest first: each page lists them in this order
   * @param names the names a practice gives (none, one or more)
   */
  NameIndex(
      String key,
      String indexUrl,
      Function<String, String> pageUrl,
      String label,
      String singular,
      String lang,
      List<ViewModel.Practice> practices,
      Function<ViewModel.Practice, List<String>> names) {
    Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
    Map<String, String> titles = new TreeMap<>();
    Map<String, List<ViewModel.Practice>> lists = new LinkedHashMap<>();
    for (ViewModel.Practice p : practices) {
      for (String name : new java.util.LinkedHashSet<>(names.apply(p))) {
        String slug = Slugs.of(name);
        titles.merge(slug, name, (a, b) -> collator.compare(a, b) <= 0 ? a : b);
        List<ViewModel.Practice> list = lists.computeIfAbsent(slug, s -> new ArrayList<>());
        if (!list.contains(p)) list.add(p);
      }
    }
    List<ViewModel.Term> terms = new ArrayList<>();
    titles.entrySet().stream()
        .sorted(
            java.util.Comparator.comparing((Map.Entry<String, String> e) -> e.getValue(), collator)
                .thenComparing(Map.Entry::getKey))
        .forEach(
            e ->
                terms.add(
                    new ViewModel.Term(
                        e.getKey(),
                        e.getValue(),
                        "",
                        pageUrl.apply(e.getValue()),
                        lists.get(e.getKey()).size())));
    this.taxonomy = new ViewModel.Taxonomy(key, label, singular, indexUrl, List.copyOf(terms));
    this.bySlug = lists;
  }

  List<ViewModel.Practice> practices(String slug) {
    return List.copyOf(bySlug.getOrDefault(slug, List.of()));
  }

  boolean isEmpty() {
    return taxonomy.values().isEmpty();
  }
}
