package org.stek.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * What {@link SnowballFilter} does, with each word's stem remembered: a site's texts repeat the
 * same words over and over, and Snowball would stem every occurrence anew, a large part of
 * indexing. A stem depends on the word alone, so the tokens are the same. One a token stream (one a
 * thread); the cache stops growing at {@link #MAX} words.
 */
final class StemCache extends TokenFilter {
  static final int MAX = 200_000;

  private final SnowballStemmer stemmer;
  // Open addressing with each word's hash kept: a lookup compares hashes before words.
  private int[] hashes = new int[1024];
  private char[][] words = new char[1024][];
  private char[][] stems = new char[1024][];
  private int size;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  StemCache(TokenStream in, SnowballStemmer stemmer) {
    super(in);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    if (keyword.isKeyword()) return true;
    char[] buffer = term.buffer();
    int length = term.length();
    int hash = hash(buffer, length);
    int mask = words.length - 1;
    int slot = hash & mask;
    while (words[slot] != null) {
      char[] w = words[slot];
      if (hashes[slot] == hash && Arrays.equals(w, 0, w.length, buffer, 0, length)) {
        char[] stem = stems[slot];
        term.copyBuffer(stem, 0, stem.length);
        return true;
      }
      slot = (slot + 1) & mask;
    }
    char[] word = Arrays.copyOf(buffer, length);
    // As SnowballFilter: the stemmer works in the term's own buffer.
    stemmer.setCurrent(buffer, length);
    stemmer.stem();
    char[] stem = Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
    term.copyBuffer(stem, 0, stem.length);
    if (size < MAX) {
      hashes[slot] = hash;
      words[slot] = word;
      stems[slot] = stem;
      if (++size * 2 > words.length) grow();
    }
    return true;
  }

  private static int hash(char[] text, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) h = 31 * h + text[i];
    return h ^ (h >>> 16);
  }

  private void grow() {
    int[] oldHashes = hashes;
    char[][] oldWords = words;
    char[][] oldStems = stems;
    hashes = new int[oldWords.length * 2];
    words = new char[oldWords.length * 2][];
    stems = new char[oldWords.length * 2][];
    int mask = words.length - 1;
    for (int i = 0; i < oldWords.length; i++) {
      if (oldWords[i] == null) continue;
      int slot = oldHashes[i] & mask;
      while (words[slot] != null) slot = (slot + 1) & mask;
      hashes[slot] = oldHashes[i];
      words[slot] = oldWords[i];
      stems[slot] = oldStems[i];
    }
  }
}
