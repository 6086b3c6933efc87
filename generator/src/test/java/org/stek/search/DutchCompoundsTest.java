package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

/**
 * Where a Dutch compound splits, on OpenTaal's word list: the longest first part that leaves a head
 * of five letters or more, with or without a linking sound; never at a stop word, never a short
 * word.
 */
class DutchCompoundsTest {
  static final CompoundDictionary WORDS = CompoundDictionary.dutch();
  static final DutchCompounds NL =
      new DutchCompounds(
          WORDS, new CharArraySet(SearchAnalyzer.forLanguage("nl").stopWords(), false));

  private static int[] split(String word) {
    // a word inside a longer buffer, as the analysis chain hands it over
    char[] buffer = (word + "xyz").toCharArray();
    return NL.split(buffer, word.length());
  }

  @Test
  void theDictionaryHoldsWholeLinesOnly() {
    assertTrue(WORDS.size() > 100_000, "words: " + WORDS.size());
    assertTrue(WORDS.contains("ongelijkheid".toCharArray(), 0, 12));
    assertTrue(WORDS.contains("xxongelijkheidxx".toCharArray(), 2, 12), "from an offset");
    assertFalse(WORDS.contains("ongelijkhei".toCharArray(), 0, 11), "a line's start only");
    assertFalse(WORDS.contains("ngelijkheid".toCharArray(), 0, 11), "a line's end only");
    assertFalse(WORDS.contains("coördinator".toCharArray(), 0, 11), "the list is folded ASCII");
    assertTrue(WORDS.contains("coordinator".toCharArray(), 0, 11));
  }

  @Test
  void theLongestFirstPartWithOrWithoutALink() {
    assertArrayEquals(new int[] {6, 6}, split("kansenongelijkheid"), "kansen|ongelijkheid");
    assertArrayEquals(new int[] {6, 7}, split("arbeidsmarkt"), "arbeid -s- markt");
    assertArrayEquals(new int[] {5, 5}, split("stadsbestuur"), "stads is a word: the longer part");
    assertArrayEquals(new int[] {4, 4}, split("zorgcoordinator"), "zorg|coordinator");
  }

  @Test
  void shortWordsShortHeadsAndStopWordsStayWhole() {
    assertNull(split("huiswerk"), "a head of four letters");
    assertNull(split("daarover"), "daar is a stop word");
    assertNull(split("onderwerpen"), "onder is a stop word");
    assertNull(split("xyzkwartier"));
    assertNull(split("zorgsom"), "seven letters");
  }
}
