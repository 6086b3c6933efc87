package org.stek.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Path;
import org.stek.BuildResult;
import org.stek.Stek;
import org.stek.TestSite;
import org.stek.report.Problem;

/**
 * Any bytes as a practice card: `stek check` reports problems (each with a line and a message) and
 * never throws. Runs on the saved inputs (CardFuzzTestInputs) in `./mvnw verify`.
 */
class CardFuzzTest {
  private static final Path DIR = TestSite.tempDir("stek-card-fuzz");

  @FuzzTest(maxDuration = "10m")
  void anyCardIsReportedNeverThrown(byte[] card) throws IOException {
    TestSite site = TestSite.in(DIR);
    site.bytes("practices/fuzz.md", card);
    BuildResult r = Stek.check(site.options());
    // Every line a problem names is in the card (line 0: the whole file), and every problem is
    // about this card, the only input that can be wrong.
    long lines = new String(card, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1).length;
    for (Problem p : r.problems()) {
      assertFalse(p.message() == null || p.message().isBlank(), p::toString);
      assertFalse(p.line() < 0 || p.column() < 0, p::toString);
      assertTrue(p.line() <= lines + 1, () -> p + " is beyond the card's " + lines + " lines");
      assertTrue(p.file().toString().endsWith("fuzz.md"), p::toString);
    }
    // A card without errors is published (or left out as a draft): never more than itself.
    if (!r.hasErrors()) assertTrue(r.practices() <= 1, r::toString);
  }
}
