package org.stek.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * The Dutch words a compound may be split into: OpenTaal's word list (BSD, see {@code
 * nl-words.LICENSE.txt} beside it), lower case and folded, four letters or more, one a line. Read
 * once, when the first Dutch site is indexed, into one array of the file's bytes and a hash table
 * of where each word starts: no object per word.
 */
final class CompoundDictionary {
  private final byte[] text;
  // Open addressing: per slot, the word's start in text plus one (0: empty), and its hash.
  private final int[] starts;
  private final int[] hashes;
  private final int size;

  private CompoundDictionary(byte[] text) {
    this.text = text;
    int lines = 0;
    for (byte b : text) if (b == '\n') lines++;
    int capacity = Integer.highestOneBit(Math.max(4, lines) * 3 - 1) << 1; // load below 1/3
    starts = new int[capacity];
    hashes = new int[capacity];
    int mask = capacity - 1;
    int n = 0;
    for (int start = 0, end; start < text.length; start = end + 1) {
      end = start;
      int h = 0;
      while (end < text.length && text[end] != '\n') h = 31 * h + text[end++];
      if (end == start) continue;
      h = mix(h);
      int slot = h & mask;
      while (starts[slot] != 0) slot = (slot + 1) & mask;
      starts[slot] = start + 1;
      hashes[slot] = h;
      n++;
    }
    size = n;
  }

  private static final class Holder {
    static final CompoundDictionary DUTCH = read("nl-words.txt.gz");
  }

  static CompoundDictionary dutch() {
    return Holder.DUTCH;
  }

  /** How many words it holds. */
  int size() {
    return size;
  }

  /** Whether {@code length} chars of {@code word} from {@code start} are a word of the list. */
  boolean contains(char[] word, int start, int length) {
    int h = 0;
    for (int i = start; i < start + length; i++) {
      char c = word[i];
      if (c > 127) return false; // the list is ASCII
      h = 31 * h + c;
    }
    h = mix(h);
    int mask = starts.length - 1;
    for (int slot = h & mask; starts[slot] != 0; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && matches(starts[slot] - 1, word, start, length)) return true;
    }
    return false;
  }

  private boolean matches(int at, char[] word, int start, int length) {
    if (at + length > text.length || (at + length < text.length && text[at + length] != '\n'))
      return false;
    for (int i = 0; i < length; i++) if (text[at + i] != word[start + i]) return false;
    return true;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  private static CompoundDictionary read(String resource) {
    try (InputStream in =
        new GZIPInputStream(CompoundDictionary.class.getResourceAsStream(resource), 1 << 16)) {
      return new CompoundDictionary(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
