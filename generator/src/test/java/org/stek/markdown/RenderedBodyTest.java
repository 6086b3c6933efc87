package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
