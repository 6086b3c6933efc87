package org.stek.search;

import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Lucene's compound-word filter with a split a Dutch reader would make: a word is its first part
 * and its head, both words of the dictionary, perhaps joined by a linking sound ({@code -s-},
 * {@code -en-}, {@code -e-}): {@code kansenongelijkheid} is {@code kansen} and {@code
 * ongelijkheid}, {@code stadsbestuur} is {@code stad} and {@code bestuur}. Lucene's own dictionary
 * filter emits every dictionary word inside the compound ({@code gelijk}, {@code lijk}, {@code
 * heid}, …), which would make a part match of nearly any word. The longest first part wins; a stop
 * word is never a part ({@code daarover}, {@code onderwerpen} stay whole). Each word's split is
 * remembered: a site repeats its words.
 */
final class DutchCompounds extends CompoundWordTokenFilterBase {
  /** Shorter words are not split. */
  static final int MIN_WORD = 8;

  /** The first part has at least this many letters, the head one more. */
  static final int MIN_PART = 4;

  private static final String[] LINKS = {"", "s", "en", "e"};
  private static final int[] NONE = new int[0];
  private static final int CACHE_MAX = 100_000;

  private final CharArraySet stopWords;
  private final CharArrayMap<int[]> splits = new CharArrayMap<>(1024, false);

  DutchCompounds(TokenStream input, CharArraySet dictionary, CharArraySet stopWords) {
    super(input, dictionary, MIN_WORD, MIN_PART, Integer.MAX_VALUE, false);
    this.stopWords = stopWords;
  }

  @Override
  protected void decompose() {
    char[] word = termAtt.buffer();
    int length = termAtt.length();
    int[] split = splits.get(word, 0, length);
    if (split == null) {
      split = split(word, length);
      if (splits.size() < CACHE_MAX) splits.put(Arrays.copyOf(word, length), split);
    }
    if (split.length == 0) return;
    tokens.add(new CompoundToken(0, split[0]));
    tokens.add(new CompoundToken(split[1], length - split[1]));
  }

  /** {end of the first part, start of the head}, or none. */
  private int[] split(char[] word, int length) {
    for (int end = length - MIN_PART - 1; end >= MIN_PART; end--) {
      if (!isPart(word, 0, end)) continue;
      for (String link : LINKS) {
        int head = end + link.length();
        if (length - head > MIN_PART
            && startsWith(word, end, link)
            && isPart(word, head, length - head)) {
          return new int[] {end, head};
        }
      }
    }
    return NONE;
  }

  private boolean isPart(char[] word, int start, int length) {
    return dictionary.contains(word, start, length) && !stopWords.contains(word, start, length);
  }

  private static boolean startsWith(char[] word, int at, String link) {
    for (int i = 0; i < link.length(); i++) if (word[at + i] != link.charAt(i)) return false;
    return true;
  }
}
