package org.stek.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The pages of the names cards give as plain text (organisations, municipalities): one page per
 * name listing its practices, and an index with counts, shaped as a taxonomy so the taxonomy and
 * term templates render them. A name is a link: names whose pages are the same (equal slugs, or a
 * profile's slug and its name) share a page, titled by the first in the site language's order.
 */
final class NameIndex {
  final ViewModel.Taxonomy taxonomy;
  private final Map<String, List<ViewModel.Practice>> byUrl;

  /**
   * @param practices newest first: each page lists them in this order
   * @param names the names a practice gives (none, one or more), each with its page
   * @param always names that have a page even without practices (profiles)
   */
  NameIndex(
      String key,
      String indexUrl,
      String label,
      String singular,
      String lang,
      List<ViewModel.Practice> practices,
      Function<ViewModel.Practice, List<ViewModel.Link>> names,
      List<ViewModel.Link> always) {
    Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, List<ViewModel.Practice>> lists = new LinkedHashMap<>();
    for (ViewModel.Link name : always) {
      titles.put(name.url(), name.title());
      lists.put(name.url(), new ArrayList<>());
    }
    for (ViewModel.Practice p : practices) {
      // Each practice is seen once, so it is listed once per page when its own names are told
      // apart by page (two names with one slug): no search of a long list (a municipality's).
      Set<String> pages = new HashSet<>();
      for (ViewModel.Link name : names.apply(p)) {
        titles.merge(name.url(), name.title(), (a, b) -> collator.compare(a, b) <= 0 ? a : b);
        List<ViewModel.Practice> list = lists.computeIfAbsent(name.url(), s -> new ArrayList<>());
        if (pages.add(name.url())) list.add(p);
      }
    }
    List<ViewModel.Term> terms = new ArrayList<>();
    titles.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, String> e) -> e.getValue(), collator)
                .thenComparing(Map.Entry::getKey))
        .forEach(
            e ->
                terms.add(
                    new ViewModel.Term(
                        slug(e.getKey()),
                        e.getValue(),
                        "",
                        e.getKey(),
                        lists.get(e.getKey()).size())));
    this.taxonomy = new ViewModel.Taxonomy(key, label, singular, indexUrl, List.copyOf(terms));
    this.byUrl = lists;
  }

  private static String slug(String url) {
    return url.substring(url.lastIndexOf('/') + 1, url.length() - ".html".length());
  }

  List<ViewModel.Practice> practices(ViewModel.Term term) {
    return List.copyOf(byUrl.getOrDefault(term.url(), List.of()));
  }

  boolean isEmpty() {
    return taxonomy.values().isEmpty();
  }
}
