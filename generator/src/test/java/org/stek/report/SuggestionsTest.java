package org.stek.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** "Did you mean ...?": how close a known name must be, and when the hint lists them instead. */
class SuggestionsTest {
  @Test
  void theClosestNameWithinAThirdOfTheWordIsSuggested() {
    assertEquals(
        "did you mean 'tagline'?", Suggestions.didYouMean("taglin", List.of("title", "tagline")));
    // up to 9 letters a word may be 1..3 edits away, one edit per three letters, at least one
    assertEquals("onderwijs", Suggestions.closest("ondrewijs", List.of("onderwijs")));
    assertNull(Suggestions.closest("abc", List.of("axx")), "two edits in a word of three");
    assertEquals("axc", Suggestions.closest("abc", List.of("axx", "axc")));
    assertNull(Suggestions.closest("onderwerpen", List.of("onderwijs")), "five edits are too many");
    assertEquals("Themes", Suggestions.closest("THEME", List.of("Themes")), "case does not count");
  }

  @Test
  void ofTwoEquallyCloseNamesTheFirstIsSuggested() {
    assertEquals("bat", Suggestions.closest("cat", List.of("bat", "hat")));
    assertEquals("hat", Suggestions.closest("cat", List.of("hat", "bat")));
  }

  @Test
  void withoutACloseNameUpToTwelveAreListed() {
    List<String> twelve = IntStream.rangeClosed(1, 12).mapToObj(i -> "veld" + i).toList();
    assertEquals(
        "expected one of: " + String.join(", ", twelve),
        Suggestions.didYouMean("onbekend", twelve));
    List<String> thirteen = IntStream.rangeClosed(1, 13).mapToObj(i -> "veld" + i).toList();
    assertNull(Suggestions.didYouMean("onbekend", thirteen), "too many to list");
    assertNull(Suggestions.didYouMean("onbekend", List.of()), "nothing to list");
  }

  @Test
  void editDistance() {
    assertEquals(0, Suggestions.distance("", ""));
    assertEquals(3, Suggestions.distance("", "abc"));
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
    assertEquals(2, Suggestions.distance("lable", "label"), "a swap is two edits");
  }
}
