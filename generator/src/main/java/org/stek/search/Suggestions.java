package org.stek.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * "Did you mean …?": a query word that is not in the index is replaced by the closest word of the
 * site's vocabulary, at most {@link #maxEdits} edits away (Damerau: a swap of two neighbouring
 * letters is one edit), the fewest edits first, then the most frequent word. The browser engine
 * ({@code stek.suggest}) does the same with the vocabulary of {@code search/words.js}.
 */
public final class Suggestions {
  /** The vocabulary's words, separators included, fill at most this many bytes of words.js. */
  static final int VOCABULARY_BYTES = 180_000;

  /** Words shorter than this are never corrected. */
  static final int MIN_LENGTH = 4;

  private Suggestions() {}

  /** At most one edit in a word of up to 6 letters, two in a longer one. */
  static int maxEdits(String word) {
    int n = word.codePointCount(0, word.length());
    return n < MIN_LENGTH ? 0 : n <= 6 ? 1 : 2;
  }

  /**
   * The words suggestions are chosen from: the indexed words of at least {@link #MIN_LENGTH}
   * letters, the most frequent first (ties alphabetical), as many as fit {@link #VOCABULARY_BYTES}.
   */
  public static List<String> vocabulary(Map<String, Integer> words) {
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>();
    for (Map.Entry<String, Integer> e : words.entrySet()) {
      String w = e.getKey();
      if (w.codePointCount(0, w.length()) >= MIN_LENGTH && w.chars().allMatch(Character::isLetter))
        sorted.add(e);
    }
    sorted.sort(
        Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
            .thenComparing(Map.Entry::getKey));
    List<String> out = new ArrayList<>();
    long bytes = 0;
    for (Map.Entry<String, Integer> e : sorted) {
      bytes += e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
      if (bytes > VOCABULARY_BYTES) break;
      out.add(e.getKey());
    }
    return out;
  }

  /**
   * The query with each word that is not in the index replaced by its suggestion; null when no word
   * was replaced.
   *
   * @param known whether an analysed term finds something (in the index, or in a synonym group)
   * @param shown a vocabulary word as the cards write it most often
   */
  public static String suggest(
      String query,
      SearchAnalyzer analyzer,
      Predicate<String> known,
      List<String> vocabulary,
      UnaryOperator<String> shown) {
    Set<String> stop = Set.copyOf(analyzer.stopWords());
    StringBuilder out = new StringBuilder();
    int at = 0;
    boolean changed = false;
    for (Token w : Token.of(SearchAnalyzer.prefixOf(analyzer.language()), query)) {
      if (stop.contains(w.term())) continue;
      List<String> terms = Token.terms(analyzer, query.substring(w.start(), w.end()));
      if (terms.isEmpty() || known.test(terms.get(0))) continue;
      String best = closest(w.term(), vocabulary);
      if (best == null) continue;
      out.append(query, at, w.start()).append(shown.apply(best));
      at = w.end();
      changed = true;
    }
    return changed ? out.append(query.substring(at)).toString() : null;
  }

  /**
   * How words.js gives the vocabulary's words that the cards write otherwise (accents, capitals):
   * the distance from the previous such word in the list (from the start for the first) and the
   * word as written, all separated by spaces ({@code "3 coördinator 9 Gent"}).
   */
  static String shownForms(List<String> vocabulary, UnaryOperator<String> shown) {
    StringBuilder b = new StringBuilder();
    int previous = 0;
    for (int i = 0; i < vocabulary.size(); i++) {
      String as = shown.apply(vocabulary.get(i));
      if (as.equals(vocabulary.get(i))) continue;
      if (b.length() > 0) b.append(' ');
      b.append(i - previous).append(' ').append(as);
      previous = i;
    }
    return b.toString();
  }

  /** The first word of {@code vocabulary} with the fewest edits from {@code word} (none: null). */
  static String closest(String word, List<String> vocabulary) {
    int max = maxEdits(word);
    if (max == 0) return null;
    LevenshteinAutomata lev = new LevenshteinAutomata(word, true);
    String best = null;
    for (int edits = 1; edits <= max && best == null; edits++) {
      CharacterRunAutomaton within = new CharacterRunAutomaton(lev.toAutomaton(edits));
      for (String v : vocabulary) {
        if (!v.equals(word) && within.run(v)) {
          best = v;
          break;
        }
      }
    }
    return best;
  }
}
