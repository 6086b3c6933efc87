package org.stek.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * The last step of the analysis chain: each word becomes its stem (the stemmer's overrides first,
 * then Snowball), and when indexing, the sink of the thread counts it and takes the stems of its
 * compound parts. A site's texts repeat the same words over and over, so what a word becomes is
 * worked out once, when the word is first seen, and looked up in one hash table for every other
 * occurrence. One table per token stream (Lucene keeps one per thread); it keeps every word seen,
 * since the sink's counts are by the table's ids.
 */
final class WordCache extends TokenFilter {
  /** A split not worked out yet: the word has been seen as a compound's part only. */
  private static final int[] UNSPLIT = new int[0];

  private final SnowballStemmer stemmer;
  private final Map<String, String> overrides;
  private final DutchCompounds compounds;
  private final ThreadLocal<IndexSink> sinks;
  private final Written written;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private IndexSink sink;

  // Open addressing with each word's hash kept: a lookup compares hashes before words.
  private int[] slots = new int[1024]; // id + 1, 0 for an empty slot
  private int[] hashes = new int[1024];
  private char[][] words = new char[512][];
  private char[][] stems = new char[512][];
  private int[][] splits = new int[512][]; // the parts' ids, null for a word that is not split
  private int size;

  /**
   * @param compounds null: words are not split
   * @param sinks null: nothing is counted (queries)
   * @param written the words as written, when counted
   */
  WordCache(
      TokenStream in,
      SnowballStemmer stemmer,
      Map<String, String> overrides,
      DutchCompounds compounds,
      ThreadLocal<IndexSink> sinks,
      Written written) {
    super(in);
    this.stemmer = stemmer;
    this.overrides = overrides;
    this.compounds = compounds;
    this.sinks = sinks;
    this.written = written;
  }

  /**
   * Right after the tokenizer: keeps each word as written in the text (before lower case and
   * folding), so that the sink learns how the cards write a word ("coördinator").
   */
  static final class Written extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] chars = new char[64];
    private int length;

    Written(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      length = term.length();
      if (length > chars.length) chars = new char[Math.max(length, chars.length * 2)];
      System.arraycopy(term.buffer(), 0, chars, 0, length);
      return true;
    }

    /** Whether the current word is written otherwise than as {@code folded}. */
    boolean unlike(char[] folded, int length) {
      return !Arrays.equals(chars, 0, this.length, folded, 0, length);
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    sink = sinks == null ? null : sinks.get();
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    int id = id(term.buffer(), 0, term.length());
    if (sink != null) {
      sink.seen(this, id, split(id));
      if (written.unlike(term.buffer(), term.length()))
        sink.written(id, written.chars, written.length);
    }
    char[] stem = stems[id];
    term.copyBuffer(stem, 0, stem.length);
    return true;
  }

  /** How many words the table holds; ids run from 0 to this. */
  int size() {
    return size;
  }

  char[] word(int id) {
    return words[id];
  }

  char[] stem(int id) {
    return stems[id];
  }

  /** The ids of the word's compound parts, or null; worked out when first asked. */
  int[] split(int id) {
    int[] split = splits[id];
    if (split != UNSPLIT) return split;
    char[] w = words[id];
    int[] at = compounds.split(w, w.length);
    split = at == null ? null : new int[] {id(w, 0, at[0]), id(w, at[1], w.length - at[1])};
    splits[id] = split;
    return split;
  }

  /** The word's id, the word added first when it is new. */
  private int id(char[] text, int start, int length) {
    int h = 0;
    for (int i = start; i < start + length; i++) h = 31 * h + text[i];
    h ^= h >>> 16;
    int mask = slots.length - 1;
    int slot = h & mask;
    for (int s; (s = slots[slot]) != 0; slot = (slot + 1) & mask) {
      char[] w = words[s - 1];
      if (hashes[slot] == h && Arrays.equals(w, 0, w.length, text, start, start + length))
        return s - 1;
    }
    int id = size++;
    if (id == words.length) {
      words = Arrays.copyOf(words, id * 2);
      stems = Arrays.copyOf(stems, id * 2);
      splits = Arrays.copyOf(splits, id * 2);
    }
    words[id] = Arrays.copyOfRange(text, start, start + length);
    stems[id] = stemOf(words[id]);
    splits[id] = compounds == null ? null : UNSPLIT;
    slots[slot] = id + 1;
    hashes[slot] = h;
    if (size * 2 > slots.length) grow();
    return id;
  }

  private char[] stemOf(char[] word) {
    String override = overrides.get(new String(word));
    if (override != null) return override.toCharArray();
    // As SnowballFilter: the stemmer works in a buffer of its own.
    stemmer.setCurrent(Arrays.copyOf(word, word.length), word.length);
    stemmer.stem();
    return Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
  }

  private void grow() {
    int[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new int[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] == 0) continue;
      int slot = oldHashes[i] & mask;
      while (slots[slot] != 0) slot = (slot + 1) & mask;
      slots[slot] = oldSlots[i];
      hashes[slot] = oldHashes[i];
    }
  }
}
