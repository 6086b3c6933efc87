package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Without Chromium a browser test is skipped on a developer's machine and fails in CI. */
class ChromiumTest {
  @Test
  void aMissingBrowserFailsInCiAndSkipsElsewhere() {
    AssertionError inCi =
        assertThrows(AssertionError.class, () -> Chromium.assumeAvailable(false, "true"));
    assertTrue(inCi.getMessage().contains("CI=true"), inCi.getMessage());
    assertThrows(TestAbortedException.class, () -> Chromium.assumeAvailable(false, null));
    assertThrows(TestAbortedException.class, () -> Chromium.assumeAvailable(false, "false"));
    assertDoesNotThrow(() -> Chromium.assumeAvailable(true, "true"));
    assertDoesNotThrow(() -> Chromium.assumeAvailable(true, null));
  }
}
