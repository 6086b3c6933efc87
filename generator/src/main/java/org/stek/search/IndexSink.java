package org.stek.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** Each word with its number of occurrences, a compound's parts counted with each compound. */
  Map<String, Integer> words() {
    if (table == null) return new HashMap<>();
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
    return out;
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
