package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenderedBodyTest {
  private static final String HTML =
      "<p>Grootouders lezen voor in de thuistaal – één keer per week.</p>";
  private static final String TEXT = "Grootouders lezen voor in de thuistaal – één keer per week.";

  @Test
  void deflatedAndPlainBodiesGiveBackTheSameTexts() {
    RenderedBody compact = new RenderedBody(HTML, TEXT, true);
    RenderedBody plain = new RenderedBody(HTML, TEXT, false);
    assertEquals(HTML, compact.html());
    assertEquals(TEXT, compact.text());
    assertEquals(HTML, plain.html());
    assertEquals(TEXT, plain.text());
    assertEquals(plain, compact);
    assertEquals(plain.hashCode(), compact.hashCode());
    assertNotEquals(plain, new RenderedBody(HTML, TEXT + " Anders.", true));
  }

  @Test
  void onlyBodiesThatWouldCrowdTheHeapAreDeflated() {
    long heap = 2L << 30;
    assertFalse(RenderedBody.compact(45_000_000, heap), "10,000 cards in 2 GB");
    assertTrue(RenderedBody.compact(450_000_000, heap), "100,000 cards in 2 GB");
    // The heaps JvmChoice picks: bodies of 10,000 cards are kept as they are, 100,000 deflated.
    assertFalse(RenderedBody.compact(46_000_000, 900L << 20), "10,000 cards in 900 MiB");
    assertTrue(RenderedBody.compact(460_000_000, 3900L << 20), "100,000 cards in 3.9 GiB");
  }

  @Test
  void theHeapLimitIsAQuarterOfTheHeapAtFourBytesAPerCharacter() {
    assertFalse(RenderedBody.compact(2_000, 32_000), "8,000 bytes in a quarter of 32,000: fits");
    assertTrue(RenderedBody.compact(2_001, 32_000), "one character more does not");
  }

  @Test
  void bodiesKeptDeflatedAreEqualOnlyWhenTheirTextsAre() {
    RenderedBody a = new RenderedBody(HTML, TEXT, true);
    assertEquals(a, new RenderedBody(HTML, TEXT, true));
    assertEquals(a.hashCode(), new RenderedBody(HTML, TEXT, true).hashCode());
    assertNotEquals(a, new RenderedBody(HTML + " ", TEXT, true), "other HTML");
    assertNotEquals(a, new RenderedBody(HTML, TEXT + " ", true), "other text");
    assertNotEquals(a, new RenderedBody(HTML, TEXT + " ", false), "other text, kept plain");
    assertNotEquals(a, HTML);
    assertNotEquals(a.hashCode(), new RenderedBody(TEXT, HTML, true).hashCode());
  }

  @Test
  void sectionsAndLinkedFilesAreKeptAndCompared() {
    List<BodySection> sections = List.of(new BodySection("wat", "Wat?", "wat", "Een café."));
    List<LinkedFile> files = List.of(new LinkedFile("practices/plan.pdf", "Plan"));
    RenderedBody body = new RenderedBody(HTML, TEXT, false, sections, files);
    assertEquals(sections, body.sections());
    assertEquals(files, body.files());
    assertEquals(body, new RenderedBody(HTML, TEXT, true, sections, files));
    assertNotEquals(body, new RenderedBody(HTML, TEXT, false, List.of(), files));
    assertNotEquals(body, new RenderedBody(HTML, TEXT, false, sections, List.of()));
    assertEquals("RenderedBody[" + HTML + "]", new RenderedBody(HTML, TEXT, true).toString());
  }
}
