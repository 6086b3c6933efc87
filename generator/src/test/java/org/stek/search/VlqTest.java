package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The base-64 VLQ digits search.js decodes: five bits a digit, least significant first. */
class VlqTest {
  private static String vlq(int... numbers) {
    StringBuilder b = new StringBuilder();
    for (int n : numbers) Vlq.append(b, n);
    return b.toString();
  }

  @Test
  void smallNumbersAreOneDigitLargerOnesCarryOn() {
    assertEquals("A", vlq(0));
    assertEquals("f", vlq(31));
    assertEquals("gB", vlq(32), "32: digit 0 with the carry bit, then 1");
    assertEquals("_f", vlq(1023));
    assertEquals("ggB", vlq(1024));
    assertEquals(
        List.of(0, 31, 32, 1023, 1024, Integer.MAX_VALUE),
        IndexExportTest.vlq(vlq(0, 31, 32, 1023, 1024, Integer.MAX_VALUE)));
  }

  @Test
  void aNegativeNumberIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> vlq(-1));
  }
}
