package org.stek.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * What indexing a slice learns beside the postings, on the indexing thread: the stems of the
 * compound parts of the document being indexed, which go to the {@link SearchField#PARTS} field,
 * and how often each word occurs (before stemming, compound parts included), which the typo
 * suggestions choose from. The analysis chain's {@link WordCache} reaches the slice's sink through
 * {@link SearchAnalyzer}'s thread local, and counts by the ids of its table.
 */
final class IndexSink {
  private WordCache table;
  private int[] counts = new int[1024];
  private Forms[] written = new Forms[1024];
  private final List<char[]> parts = new ArrayList<>();

  /** One occurrence of word {@code id} of {@code table}, with its compound parts' ids or null. */
  void seen(WordCache table, int id, int[] split) {
    if (this.table != table) {
      // Lucene analyses on the thread that adds the document, and a slice is one thread's.
      if (this.table != null) throw new IllegalStateException("a sink filled on two threads");
      this.table = table;
    }
    if (id >= counts.length) counts = Arrays.copyOf(counts, Math.max(id + 1, counts.length * 2));
    counts[id]++;
    if (split != null) {
      parts.add(table.stem(split[0]));
      parts.add(table.stem(split[1]));
    }
  }

  /** One occurrence of word {@code id} written otherwise than as itself: {@code length} chars. */
  void written(int id, char[] chars, int length) {
    if (id >= written.length)
      written = Arrays.copyOf(written, Math.max(id + 1, written.length * 2));
    if (written[id] == null) written[id] = new Forms();
    written[id].add(chars, length);
  }

  /** The ways one word is written, counted (most words have one or two: no map). */
  private static final class Forms {
    private char[][] forms = new char[2][];
    private int[] counts = new int[2];
    private int size;

    void add(char[] chars, int length) {
      for (int i = 0; i < size; i++) {
        if (Arrays.equals(forms[i], 0, forms[i].length, chars, 0, length)) {
          counts[i]++;
          return;
        }
      }
      if (size == forms.length) {
        forms = Arrays.copyOf(forms, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      forms[size] = Arrays.copyOf(chars, length);
      counts[size++] = 1;
    }

    Map<String, Integer> counted() {
      Map<String, Integer> out = new HashMap<>();
      for (int i = 0; i < size; i++) out.put(new String(forms[i]), counts[i]);
      return out;
    }
  }

  /**
   * Each word with its number of occurrences and the ways it is written, a compound's parts counted
   * with each compound and written as in it.
   */
  IndexWords words() {
    if (table == null) return new IndexWords(new HashMap<>(), new HashMap<>());
    int n = table.size();
    int[] total = Arrays.copyOf(counts, n);
    for (int id = 0; id < Math.min(n, counts.length); id++) {
      if (counts[id] == 0) continue;
      int[] split = table.split(id);
      if (split == null) continue;
      total[split[0]] += counts[id];
      total[split[1]] += counts[id];
    }
    Map<String, Integer> out = new HashMap<>(n * 2);
    for (int id = 0; id < n; id++)
      if (total[id] > 0) out.put(new String(table.word(id)), total[id]);
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    for (int id = 0; id < written.length; id++) {
      if (written[id] == null) continue;
      Map<String, Integer> f = written[id].counted();
      Map<String, Integer> to =
          forms.computeIfAbsent(new String(table.word(id)), k -> new HashMap<>());
      f.forEach((form, c) -> to.merge(form, c, Integer::sum));
      int[] split = table.split(id);
      for (Map.Entry<String, Integer> e :
          split == null ? Set.<Map.Entry<String, Integer>>of() : f.entrySet())
        writtenParts(id, split, e.getKey(), e.getValue(), forms);
    }
    return new IndexWords(out, forms);
  }

  /** The parts of compound {@code id} as they stand in {@code form}, when they can be told. */
  private void writtenParts(
      int id, int[] split, String form, int count, Map<String, Map<String, Integer>> forms) {
    int length = table.word(id).length;
    if (form.length() != length) return; // folding changed the length: no telling where parts are
    String[] parts = {
      form.substring(0, table.word(split[0]).length),
      form.substring(length - table.word(split[1]).length)
    };
    for (int i = 0; i < 2; i++) {
      String word = new String(table.word(split[i]));
      if (!parts[i].equals(word) && Folding.fold(Folding.lower(parts[i])).equals(word)) {
        forms.computeIfAbsent(word, k -> new HashMap<>()).merge(parts[i], count, Integer::sum);
      }
    }
  }

  /** The parts collected since the last document (for {@code stek analyze}). */
  List<String> parts() {
    return parts.stream().map(String::new).toList();
  }

  /** The parts of the current document, handed to its parts field and forgotten. */
  TokenStream partsStream() {
    return new Replay();
  }

  /** The parts, one after the other. */
  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next >= parts.size()) return false;
      clearAttributes();
      char[] part = parts.get(next++);
      term.copyBuffer(part, 0, part.length);
      inc.setPositionIncrement(1);
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      parts.clear();
    }
  }
}
