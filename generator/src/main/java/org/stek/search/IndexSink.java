package org.stek.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * What indexing a slice learns beside the postings, on the indexing thread: the compound parts of
 * the document being indexed, which go to the {@link SearchField#PARTS} field instead of the field
 * they were found in, and how often each word occurs (before stemming), which the typo suggestions
 * choose from. The analysis chain reaches the slice's sink through {@link SearchAnalyzer}'s thread
 * local: Lucene makes the chain once per thread and reuses it for every field.
 */
final class IndexSink {
  private final CharArrayMap<int[]> words = new CharArrayMap<>(4096, false);
  private final List<String> parts = new ArrayList<>();

  /** Each word with its number of occurrences, sorted. */
  Map<String, Integer> words() {
    Map<String, Integer> out = new TreeMap<>();
    words.forEach((k, v) -> out.put(new String((char[]) k), v[0]));
    return out;
  }

  /** The parts collected since the last document (for {@code stek analyze}). */
  List<String> parts() {
    return List.copyOf(parts);
  }

  /** The parts of the current document, handed to its parts field and forgotten. */
  TokenStream partsStream() {
    return new Replay();
  }

  /** A filter of the index chain that writes to the sink of the thread it runs on. */
  private abstract static class SinkFilter extends TokenFilter {
    private final ThreadLocal<IndexSink> sinks;
    final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    IndexSink sink;

    SinkFilter(TokenStream in, ThreadLocal<IndexSink> sinks) {
      super(in);
      this.sinks = sinks;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      sink = sinks.get();
    }
  }

  /** Counts every word of a field and every compound part, before stemming. */
  static final class WordCounter extends SinkFilter {
    WordCounter(TokenStream in, ThreadLocal<IndexSink> sinks) {
      super(in, sinks);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      if (sink == null) return true;
      int[] n = sink.words.get(term.buffer(), 0, term.length());
      if (n != null) n[0]++;
      else sink.words.put(Arrays.copyOf(term.buffer(), term.length()), new int[] {1});
      return true;
    }
  }

  /**
   * Takes the compound parts (the tokens at the position of the word before them) out of the
   * stream, into the sink.
   */
  static final class PartsTee extends SinkFilter {
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);

    PartsTee(TokenStream in, ThreadLocal<IndexSink> sinks) {
      super(in, sinks);
    }

    @Override
    public boolean incrementToken() throws IOException {
      while (input.incrementToken()) {
        if (inc.getPositionIncrement() != 0) return true;
        if (sink != null) sink.parts.add(term.toString());
      }
      return false;
    }
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
      term.setEmpty().append(parts.get(next++));
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
