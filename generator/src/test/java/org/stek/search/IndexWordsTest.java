package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The words the suggestions choose from: the slices' counts added up, and the way the cards write a
 * word most often chosen (lower case unless the word is never written so, ties to the word itself,
 * then to the first form in string order).
 */
class IndexWordsTest {
  private static IndexWords words(
      Map<String, Integer> counts, Map<String, Map<String, Integer>> f) {
    return new IndexWords(counts, f);
  }

  @Test
  void slicesAddUpTheirCountsAndForms() {
    IndexWords a =
        words(
            Map.of("school", 2, "coordinator", 3), Map.of("coordinator", Map.of("coördinator", 3)));
    IndexWords b =
        words(
            Map.of("school", 5, "gent", 1),
            Map.of("coordinator", Map.of("coördinator", 1), "gent", Map.of("Gent", 1)));
    IndexWords c = words(Map.of("school", 1), Map.of("coordinator", Map.of("Coördinator", 2)));
    IndexWords all = IndexWords.merge(List.of(a, b, c));
    assertEquals(Map.of("school", 8, "coordinator", 3, "gent", 1), all.counts());
    assertEquals(
        Map.of(
            "coordinator", Map.of("coördinator", 4, "Coördinator", 2), "gent", Map.of("Gent", 1)),
        all.forms());
    assertSame(a, IndexWords.merge(List.of(a)), "one slice is its own words");
  }

  @Test
  void aWordIsShownAsTheCardsWriteItMostOftenInLowerCase() {
    IndexWords w =
        words(
            Map.of("coordinator", 6, "brussel", 3, "school", 10, "ouders", 7),
            Map.of(
                // never plain: the most frequent lower-case form, capitals left out
                "coordinator", Map.of("coördinator", 2, "Coördinator", 4),
                // never written in lower case: its capitals
                "brussel", Map.of("Brussel", 3),
                // written plain six times: capitals at sentence starts do not count
                "school", Map.of("School", 4),
                // a form more frequent than the plain word wins
                "ouders", Map.of("oüders", 5)));
    assertEquals(
        Map.of("coordinator", "coördinator", "brussel", "Brussel", "ouders", "oüders"), w.shown());
  }

  @Test
  void tiesGoToTheWordThenToTheFirstFormInStringOrder() {
    IndexWords w =
        words(
            Map.of("cafe", 4, "ecole", 4, "idee", 2),
            Map.of(
                "cafe", Map.of("café", 2),
                "ecole", Map.of("école", 2, "ècole", 2),
                "idee", Map.of("IDEE", 1, "Idee", 1)));
    // "ècole" (U+00E8) sorts before "école" (U+00E9); "IDEE" before "Idee"
    assertEquals(Map.of("ecole", "ècole", "idee", "IDEE"), w.shown());
  }
}
