package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * "Did you mean …?": the vocabulary a site offers, and the closest word of it for a query word the
 * index does not have (fewest edits, a swap of neighbours one edit, then the most frequent word).
 */
class SuggestionsTest {
  static final SearchAnalyzer NL = SearchAnalyzer.forLanguage("nl");

  @Test
  void editsAllowedGrowWithTheWord() {
    assertEquals(0, Suggestions.maxEdits("kat"));
    assertEquals(1, Suggestions.maxEdits("taal"));
    assertEquals(1, Suggestions.maxEdits("school"));
    assertEquals(2, Suggestions.maxEdits("scholen"));
    assertEquals(1, Suggestions.maxEdits("\uD835\uDC9C\uD835\uDC9C\uD835\uDC9Cab"), "code points");
  }

  @Test
  void theVocabularyIsWordsOfFourLettersMostFrequentFirst() {
    Map<String, Integer> words = new HashMap<>();
    words.put("kat", 50);
    words.put("ouder", 3);
    words.put("ouders", 7);
    words.put("taal", 3);
    words.put("2024", 9);
    words.put("co2uitstoot", 9);
    words.put("école", 1);
    assertEquals(List.of("ouders", "ouder", "taal", "école"), Suggestions.vocabulary(words));
  }

  @Test
  void theVocabularyFitsItsBytes() {
    Map<String, Integer> words = new HashMap<>();
    // 9 bytes and a separator each: exactly VOCABULARY_BYTES / 10 fit
    for (int i = 0; i < Suggestions.VOCABULARY_BYTES / 10 + 5; i++) {
      StringBuilder w = new StringBuilder("woord");
      for (int n = i, k = 0; k < 4; k++, n /= 26) w.append((char) ('a' + n % 26));
      words.put(w.toString(), 1_000_000 - i);
    }
    List<String> v = Suggestions.vocabulary(words);
    assertEquals(Suggestions.VOCABULARY_BYTES / 10, v.size());
    assertEquals("woordaaaa", v.get(0));
  }

  @Test
  void theClosestWordHasTheFewestEditsThenComesFirst() {
    List<String> vocabulary = List.of("leerkrachten", "leerkracht", "ouders", "ouder", "oudste");
    assertEquals("ouders", Suggestions.closest("oudres", vocabulary), "a swap is one edit");
    assertEquals("ouder", Suggestions.closest("oudr", vocabulary));
    assertEquals("leerkracht", Suggestions.closest("lerkracht", vocabulary));
    assertEquals("leerkrachten", Suggestions.closest("lerkrachtn", vocabulary), "two edits");
    assertNull(Suggestions.closest("oud", vocabulary), "too short to correct");
    assertNull(Suggestions.closest("xyzzy", vocabulary));
    assertNull(Suggestions.closest("ouders", List.of("ouders")), "not itself");
  }

  @Test
  void aQueryHasEachUnknownWordReplacedAsTheCardsWriteIt() {
    List<String> vocabulary = List.of("ouderbetrokkenheid", "leerkracht", "school");
    Set<String> index = Set.of("schol", "leerkracht", "ouderbetrokk");
    UnaryOperator<String> shown = w -> w.equals("leerkracht") ? "Leerkracht" : w;
    assertEquals(
        "De leerkracht en ouderbetrokkenheid!",
        Suggestions.suggest(
            "De Lerkracht en ouderbetrokkenhied!", NL, index::contains, vocabulary, w -> w));
    assertEquals(
        "De Leerkracht en ouderbetrokkenheid!",
        Suggestions.suggest(
            "De Lerkracht en ouderbetrokkenhied!", NL, index::contains, vocabulary, shown),
        "the word as the cards write it");
    assertNull(
        Suggestions.suggest("de school", NL, index::contains, vocabulary, w -> w), "all known");
    assertNull(
        Suggestions.suggest("qqqqqq", NL, index::contains, vocabulary, w -> w), "nothing close");
    assertNull(
        Suggestions.suggest("de het", NL, index::contains, vocabulary, w -> w), "stop words");
  }

  @Test
  void wordsJsGivesTheWordsWrittenOtherwiseByTheirDistance() {
    List<String> vocabulary = List.of("brussel", "school", "coordinator", "taal", "gent");
    Map<String, String> shown =
        Map.of("brussel", "Brussel", "coordinator", "coördinator", "gent", "Gent");
    assertEquals(
        "0 Brussel 2 coördinator 2 Gent",
        Suggestions.shownForms(vocabulary, w -> shown.getOrDefault(w, w)));
    assertEquals("", Suggestions.shownForms(vocabulary, w -> w));
  }
}
