package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The score format: at most 6 significant digits, within half a unit of the 6th of the float. */
class IndexExportTest {
  @Test
  void numbersHaveSixSignificantDigits() {
    Random r = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      float f = (float) Math.exp(r.nextDouble() * 20 - 12);
      String s = IndexExport.number(f);
      double back = Double.parseDouble(s);
      assertTrue(Math.abs(back - f) <= 5.0001e-6 * f, f + " written as " + s);
      String digits = s.replace(".", "").replaceFirst("^0+", "");
      assertTrue(digits.length() <= 6, f + " written as " + s);
    }
    assertEquals("1.23457", IndexExport.number(1.234567f));
    assertEquals("0.001", IndexExport.number(0.001f));
    assertEquals("12", IndexExport.number(12f));
  }
}
