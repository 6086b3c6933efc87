package org.stek.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words an index saw before stemming, from which typos are corrected: how often each occurs
 * (lower case, folded, compound parts included) and the other ways the cards write it, counted
 * ({@code coordinator}: {@code coördinator} 5, {@code Coördinator} 1).
 *
 * @param counts each word with its number of occurrences
 * @param forms per word, each way of writing it other than the word itself, with its occurrences
 */
record IndexWords(Map<String, Integer> counts, Map<String, Map<String, Integer>> forms) {

  /** The words of the slices, each with its occurrences in all of them. */
  static IndexWords merge(List<IndexWords> slices) {
    if (slices.size() == 1) return slices.get(0);
    Map<String, Integer> counts = new HashMap<>(slices.get(0).counts());
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    for (int i = 0; i < slices.size(); i++) {
      IndexWords s = slices.get(i);
      if (i > 0) s.counts().forEach((w, n) -> counts.merge(w, n, Integer::sum));
      s.forms()
          .forEach(
              (w, f) -> {
                Map<String, Integer> to = forms.computeIfAbsent(w, k -> new HashMap<>());
                f.forEach((form, n) -> to.merge(form, n, Integer::sum));
              });
    }
    return new IndexWords(counts, forms);
  }

  /**
   * Each word that the cards write otherwise than as itself, with the way they write it most often
   * ({@code coördinator}). Capitals count only for a word never written without them ({@code
   * Brussel}, {@code FHKE}): a word that starts sentences, titles and labels is still shown in
   * lower case. Ties: the word itself, then the first in Java's string order.
   */
  Map<String, String> shown() {
    Map<String, String> out = new HashMap<>();
    forms.forEach(
        (word, f) -> {
          int plain = counts.getOrDefault(word, 0);
          for (int n : f.values()) plain -= n;
          boolean lower = plain > 0 || f.keySet().stream().anyMatch(IndexWords::lowerCase);
          String best = plain > 0 ? word : null;
          int most = plain;
          for (Map.Entry<String, Integer> e : f.entrySet()) {
            String form = e.getKey();
            int n = e.getValue();
            if (lower && !lowerCase(form)) continue;
            if (best == null
                || n > most
                || (n == most && !best.equals(word) && form.compareTo(best) < 0)) {
              best = form;
              most = n;
            }
          }
          if (!best.equals(word)) out.put(word, best);
        });
    return out;
  }

  private static boolean lowerCase(String form) {
    return form.equals(Folding.lower(form));
  }
}
