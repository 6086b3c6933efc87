package org.stek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.TestSite;

/** The build's date: --date, else SOURCE_DATE_EPOCH's day in UTC, else the clock's. */
class BuildDateTest {
  static final LocalDate CLOCK = LocalDate.of(2026, 12, 6);

  @Test
  void theOptionWinsThenTheEpochThenTheClock() {
    LocalDate given = LocalDate.of(2025, 1, 2);
    assertEquals(given, BuildDate.of(given, "1700000000", CLOCK));
    // 1700000000 s is 2023-11-14T22:13:20Z; 1699999999 + 2h is still the 14th in UTC.
    assertEquals(LocalDate.of(2023, 11, 14), BuildDate.of(null, "1700000000", CLOCK));
    assertEquals(LocalDate.of(2023, 11, 15), BuildDate.of(null, "1700010000", CLOCK));
    assertEquals(CLOCK, BuildDate.of(null, null, CLOCK));
    assertEquals(CLOCK, BuildDate.of(null, "", CLOCK));
    assertThrows(IllegalArgumentException.class, () -> BuildDate.of(null, "gisteren", CLOCK));
  }

  @Test
  void checkTakesTheDateOfTheOption(@TempDir Path dir) {
    TestSite site = TestSite.in(dir);
    site.practice("a", "A", "onderwijs", "Tekst."); // published 2025-03-12
    assertFalse(check(site, "2025-06-01").contains("in the future"));
    assertTrue(check(site, "2025-03-11").contains("'published' is in the future (2025-03-12)"));
  }

  private static String check(TestSite site, String date) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main.runWith(
        new PrintWriter(out),
        new PrintWriter(err),
        "check",
        "--content",
        site.content().toString(),
        "--date",
        date);
    return out.toString() + err;
  }
}
