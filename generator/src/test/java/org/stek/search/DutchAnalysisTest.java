package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the Dutch and English chains make of a text ({@code stek analyze}): folded, stop words out,
 * stems, and the two parts each compound is indexed as as well.
 */
class DutchAnalysisTest {
  private static TextAnalysis nl(String text) {
    return TextAnalysis.of(text, "nl", SynonymGraph.NONE);
  }

  @Test
  void compoundsSplitIntoTheLongestFirstPartAndTheirHead() {
    TextAnalysis a = nl("Kansenongelijkheid in het stadsbestuur van de zorgcoördinatoren");
    assertEquals(List.of("kansenong", "stadsbestur", "zorgcoordinator"), a.terms());
    assertEquals(
        List.of(
            List.of("kans", "ongelijk"), List.of("stad", "bestur"), List.of("zorg", "coordinator")),
        a.parts());
    assertEquals(List.of(), a.synonyms());
  }

  @Test
  void shortWordsStopWordsAndUnknownPartsStayWhole() {
    TextAnalysis a = nl("daarover onderwerpen huiswerk xyzkwartier");
    assertEquals(List.of(List.of(), List.of(), List.of(), List.of()), a.parts());
  }

  @Test
  void overridesFoldingAndEnglish() {
    assertEquals(
        List.of("fiets", "kinder", "coordinator"), nl("fietsen kinderen coördinator").terms());
    assertEquals(
        List.of("teacher", "school"),
        TextAnalysis.of("The teachers of the schools", "en", SynonymGraph.NONE).terms());
    assertEquals(
        List.of(List.of(), List.of()),
        TextAnalysis.of("The teachers of the schools", "en", SynonymGraph.NONE).parts());
  }
}
