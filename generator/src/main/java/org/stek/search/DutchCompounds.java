package org.stek.search;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The split a Dutch reader would make of a compound: a word is its first part and its head, both
 * words of the dictionary, perhaps joined by a linking sound ({@code -s-}, {@code -en-}, {@code
 * -e-}): {@code kansenongelijkheid} is {@code kansen} and {@code ongelijkheid}, {@code
 * stadsbestuur} is {@code stad} and {@code bestuur}. Lucene's dictionary compound filter emits
 * every dictionary word inside the compound ({@code gelijk}, {@code lijk}, {@code heid}, …), which
 * would make a part match of nearly any word. The longest first part wins; a stop word is never a
 * part ({@code daarover}, {@code onderwerpen} stay whole). {@link WordCache} splits each distinct
 * word once.
 */
final class DutchCompounds {
  /** Shorter words are not split. */
  static final int MIN_WORD = 8;

  /** The first part has at least this many letters, the head one more. */
  static final int MIN_PART = 4;

  private static final String[] LINKS = {"", "s", "en", "e"};

  private final CompoundDictionary dictionary;
  private final CharArraySet stopWords;

  DutchCompounds(CompoundDictionary dictionary, CharArraySet stopWords) {
    this.dictionary = dictionary;
    this.stopWords = stopWords;
  }

  /** {end of the first part, start of the head}, or null when the word is not split. */
  int[] split(char[] word, int length) {
    if (length < MIN_WORD) return null;
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
    return null;
  }

  private boolean isPart(char[] word, int start, int length) {
    return dictionary.contains(word, start, length) && !stopWords.contains(word, start, length);
  }

  private static boolean startsWith(char[] word, int at, String link) {
    for (int i = 0; i < link.length(); i++) if (word[at + i] != link.charAt(i)) return false;
    return true;
  }
}
